import { useEffect, useState, type FormEvent } from 'react';
import { decidedOnProblem, decisionMethodLabels, decisionMethods, evidenceTooLargeMessage, largestEvidenceBytes, type DecisionMethod } from '../../../shared/terms/decision';
import { readDay } from '../../../shared/dates/day-input';
import type { TermsVersion } from '../../../shared/terms/types';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { TextArea } from '../../components/TextArea';
import { TextInput } from '../../components/TextInput';
import { selectSettings, useSettings } from '../settings/store';
import { EvidenceField } from './EvidenceField';
import { selectBusy, useTerms } from './store';
import { fingerprintGroups } from './words';

type Decision = 'approved' | 'returned';

export const signOffIds = {
  by: 'tor-signatory',
  role: 'tor-role',
  approved: 'tor-decision-approved',
  returned: 'tor-decision-returned',
  decidedOn: 'tor-decided-on',
  how: 'tor-how-meeting',
  comment: 'tor-comments',
  evidence: 'tor-evidence',
} as const;
const ids = signOffIds;

/** Today on this computer's calendar, as the core checks it. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

interface Draft {
  by: string;
  role: string;
  decision: Decision;
  decidedOn: string;
  how: DecisionMethod | null;
  comment: string;
  evidence: File | null;
}

function check(draft: Draft): { errors: FormError[]; decidedOn: string | null } {
  const errors: FormError[] = [];
  if (!draft.by.trim()) errors.push({ fieldId: ids.by, message: 'Give the name of the person who decided.' });
  if (!draft.role.trim()) errors.push({ fieldId: ids.role, message: 'Give the role of the person who decided, for example Independent Chair, SVPP.' });
  const reading = readDay(draft.decidedOn, 'The date of the decision', today());
  const decidedOn = reading.ok ? reading.day : null;
  const dateProblem = reading.ok ? decidedOnProblem(reading.day, today()) : reading.message;
  if (dateProblem) errors.push({ fieldId: ids.decidedOn, message: dateProblem });
  if (!draft.how) errors.push({ fieldId: ids.how, message: 'Say how the decision was made: at a meeting, by email, in person or by letter.' });
  if (draft.decision === 'returned' && !draft.comment.trim()) errors.push({ fieldId: ids.comment, message: 'Say why the terms of reference are returned, in a comment.' });
  if (draft.evidence && draft.evidence.size > largestEvidenceBytes) errors.push({ fieldId: ids.evidence, message: evidenceTooLargeMessage(draft.evidence.name, draft.evidence.size) });
  return { errors, decidedOn };
}

const blank: Draft = { by: '', role: '', decision: 'approved', decidedOn: '', how: null, comment: '', evidence: null };

/**
 * Recording the chair's decision on the submitted version: who decided, the day (often days
 * before it is recorded), how, and the evidence. The person recording is this app's user, shown
 * and not typed. The fingerprint shown is the one sent: if the text changes between reading and
 * recording, the core refuses and says so.
 */
export function SignOffForm({ version, onDecided }: { version: TermsVersion; onDecided: () => void }) {
  const signOff = useTerms((state) => state.signOff);
  const busy = useTerms(selectBusy);
  const settings = useSettings(selectSettings);
  const loadSettings = useSettings((state) => state.load);
  const [draft, setDraft] = useState<Draft>(blank);
  const [errors, setErrors] = useState<FormError[]>([]);
  // A refusal was about the text as then submitted: submitted again, it no longer applies (what was typed stays).
  const [errorsFor, setErrorsFor] = useState(version.submittedSha256);
  if (errorsFor !== version.submittedSha256) {
    setErrorsFor(version.submittedSha256);
    setErrors([]);
  }
  useEffect(() => {
    if (!settings) void loadSettings();
  }, [settings, loadSettings]);
  const edit = <K extends keyof Draft>(key: K) => (value: Draft[K]) => setDraft((previous) => ({ ...previous, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { errors: problems, decidedOn } = check(draft);
    if (problems.length > 0 || !decidedOn || !draft.how) return setErrors(problems);
    const outcome = await signOff({
      by: draft.by.trim(),
      role: draft.role.trim(),
      decision: draft.decision,
      decidedOn,
      how: draft.how,
      comment: draft.comment.trim(),
      evidence: draft.evidence,
      sha256: version.sha256,
    });
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    setErrors([]);
    onDecided();
  }

  return (
    <form className="tor-signoff-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="tor-decide-heading" aria-busy={busy}>
      <h3 id="tor-decide-heading">Record the chair’s decision</h3>
      <ErrorSummary errors={errors} />
      <p>
        Deciding on <strong>version {version.number}</strong>, fingerprint <code className="tor-fingerprint">{fingerprintGroups(version.sha256)}</code>. Read the terms above before recording the decision: if they change before you record it, it will be refused.
      </p>
      <TextInput id={ids.by} label="Name of the person who decided" value={draft.by} onChange={edit('by')} error={errorFor(errors, ids.by)} autoComplete="off" />
      <TextInput id={ids.role} label="Role" hint="For example, Independent Chair, SVPP." value={draft.role} onChange={edit('role')} error={errorFor(errors, ids.role)} autoComplete="off" />
      <fieldset className="fieldset">
        <legend className="legend">Decision</legend>
        <div className="radio">
          <input id={ids.approved} type="radio" name="tor-decision" checked={draft.decision === 'approved'} onChange={() => edit('decision')('approved')} />
          <label htmlFor={ids.approved}>Approve and sign off</label>
        </div>
        <div className="radio">
          <input id={ids.returned} type="radio" name="tor-decision" checked={draft.decision === 'returned'} onChange={() => edit('decision')('returned')} />
          <label htmlFor={ids.returned}>Return with comments</label>
        </div>
      </fieldset>
      <TextInput
        id={ids.decidedOn}
        label="Date of the decision"
        hint="The day the chair decided, today or earlier. Day first, for example 4 12 2026 or 4 December 2026."
        value={draft.decidedOn}
        onChange={edit('decidedOn')}
        error={errorFor(errors, ids.decidedOn)}
        width="medium"
        autoComplete="off"
        inputMode="text"
      />
      <HowDecided how={draft.how} onChange={edit('how')} error={errorFor(errors, ids.how)} />
      <TextArea id={ids.comment} label="Comments" hint="Needed when returning: what should change." value={draft.comment} onChange={edit('comment')} error={errorFor(errors, ids.comment)} rows={3} />
      <EvidenceField id={ids.evidence} file={draft.evidence} onChange={edit('evidence')} error={errorFor(errors, ids.evidence)} />
      <p className="tor-recorded-by">
        Recorded by <strong>{settings?.displayName ?? 'you'}</strong> (your name in Settings), today.
      </p>
      <button type="submit" className="button" disabled={busy}>
        Record the decision
      </button>
    </form>
  );
}

function HowDecided({ how, onChange, error }: { how: DecisionMethod | null; onChange: (how: DecisionMethod) => void; error: string | undefined }) {
  return (
    <fieldset className={error ? 'fieldset form-group-error' : 'fieldset'} aria-describedby={error ? 'tor-how-error' : undefined}>
      <legend className="legend">How was it decided?</legend>
      {error ? (
        <p id="tor-how-error" className="error-message">
          <span className="visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      {decisionMethods.map((method) => (
        <div className="radio" key={method}>
          <input id={`tor-how-${method}`} type="radio" name="tor-how" checked={how === method} onChange={() => onChange(method)} />
          <label htmlFor={`tor-how-${method}`}>{decisionMethodLabels[method]}</label>
        </div>
      ))}
    </fieldset>
  );
}
