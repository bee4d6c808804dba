import { useState, type FormEvent } from 'react';
import type { TermsVersion } from '../../../shared/terms/types';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { TextArea } from '../../components/TextArea';
import { TextInput } from '../../components/TextInput';
import { selectBusy, useTerms } from './store';
import { fingerprintGroups } from './words';

type Decision = 'approved' | 'returned';

const ids = { by: 'tor-signatory', role: 'tor-role', approved: 'tor-decision-approved', returned: 'tor-decision-returned', comment: 'tor-comments' } as const;

function check(by: string, role: string, decision: Decision, comment: string): FormError[] {
  const errors: FormError[] = [];
  if (!by.trim()) errors.push({ fieldId: ids.by, message: 'Give the name of the person signing.' });
  if (!role.trim()) errors.push({ fieldId: ids.role, message: 'Give the role of the person signing, for example Independent Chair, SVPP.' });
  if (decision === 'returned' && !comment.trim()) errors.push({ fieldId: ids.comment, message: 'Say why the terms of reference are returned, in a comment.' });
  return errors;
}

/**
 * The chair's decision on the submitted version. The fingerprint shown is the one sent: if the
 * text changes between reading and signing, the core refuses and says so.
 */
export function SignOffForm({ version, onDecided }: { version: TermsVersion; onDecided: () => void }) {
  const signOff = useTerms((state) => state.signOff);
  const busy = useTerms(selectBusy);
  const [by, setBy] = useState('');
  const [role, setRole] = useState('');
  const [decision, setDecision] = useState<Decision>('approved');
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  // A refusal was about the text as then submitted: submitted again, it no longer applies (the name and role typed stay).
  const [errorsFor, setErrorsFor] = useState(version.submittedSha256);
  if (errorsFor !== version.submittedSha256) {
    setErrorsFor(version.submittedSha256);
    setErrors([]);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = check(by, role, decision, comment);
    if (problems.length > 0) return setErrors(problems);
    const outcome = await signOff({ by: by.trim(), role: role.trim(), decision, comment: comment.trim(), sha256: version.sha256 });
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    setErrors([]);
    onDecided();
  }

  return (
    <form className="tor-signoff-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="tor-decide-heading" aria-busy={busy}>
      <h3 id="tor-decide-heading">Record the chair’s decision</h3>
      <ErrorSummary errors={errors} />
      <p>
        Deciding on <strong>version {version.number}</strong>, fingerprint <code className="tor-fingerprint">{fingerprintGroups(version.sha256)}</code>. Read the terms above before deciding: if they change before you record the decision, it will be refused.
      </p>
      <TextInput id={ids.by} label="Name of the person signing" value={by} onChange={setBy} error={errorFor(errors, ids.by)} autoComplete="off" />
      <TextInput id={ids.role} label="Role" hint="For example, Independent Chair, SVPP." value={role} onChange={setRole} error={errorFor(errors, ids.role)} autoComplete="off" />
      <fieldset className="fieldset">
        <legend className="legend">Decision</legend>
        <div className="radio">
          <input id={ids.approved} type="radio" name="tor-decision" checked={decision === 'approved'} onChange={() => setDecision('approved')} />
          <label htmlFor={ids.approved}>Approve and sign off</label>
        </div>
        <div className="radio">
          <input id={ids.returned} type="radio" name="tor-decision" checked={decision === 'returned'} onChange={() => setDecision('returned')} />
          <label htmlFor={ids.returned}>Return with comments</label>
        </div>
      </fieldset>
      <TextArea id={ids.comment} label="Comments" hint="Needed when returning: what should change." value={comment} onChange={setComment} error={errorFor(errors, ids.comment)} rows={3} />
      <button type="submit" className="button" disabled={busy}>
        Record the decision
      </button>
    </form>
  );
}
