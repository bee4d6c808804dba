import { useState, type FormEvent } from 'react';
import { decisionOutcomeLabels, decisionOutcomes, type DecisionOutcome } from '../../../shared/reviews/catalogue';
import { statusLabels } from '../../../shared/reviews/lifecycle';
import type { ReviewDetail } from '../../../shared/reviews/types';
import { BackLink } from '../../components/BackLink';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { PageHeading } from '../../components/PageHeading';
import { TextArea } from '../../components/TextArea';
import { TextInput } from '../../components/TextInput';
import { CopiesLog } from './CopiesLog';
import { formatDay } from './deadline-text';
import { selectBusy, useReviews } from './store';
import { DateInput } from '../../components/DateInput';
import { dayProblem } from '../../../shared/dates/day-input';

const ids = {
  outcome: 'decision-outcome-a',
  rationale: 'decision-rationale',
  name: 'decision-agreed-name',
  role: 'decision-agreed-role',
  on: 'decision-agreed-on',
  methodology: 'decision-methodology',
  terms: 'decision-terms',
};

/** The rapid review decision as Wiltshire’s safeguarding plan (2019) defines it, then the log of copies sent. */
export function DecisionForm({ review }: { review: ReviewDetail }) {
  const recordDecision = useReviews((state) => state.recordDecision);
  const show = useReviews((state) => state.show);
  const busy = useReviews(selectBusy);
  const existing = review.decision;
  const [outcome, setOutcome] = useState<DecisionOutcome | ''>(existing?.outcome ?? '');
  const [rationale, setRationale] = useState(existing?.rationale ?? '');
  const [name, setName] = useState(existing?.agreedBy.name ?? '');
  const [role, setRole] = useState(existing?.agreedBy.role ?? '');
  const [agreedOn, setAgreedOn] = useState(existing?.agreedOn ?? '');
  const [methodology, setMethodology] = useState(existing?.methodology ?? '');
  const [terms, setTerms] = useState(existing?.indicativeTermsOfReference ?? '');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [saved, setSaved] = useState(false);
  // A recorded decision reads as a record; correcting it is a choice, not a stray keystroke.
  const [editing, setEditing] = useState(!existing);
  const correctable = review.status === 'decision' || review.status === 'notified' || review.status === 'rapid-review';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const found: FormError[] = [];
    if (!outcome) found.push({ fieldId: ids.outcome, message: 'Select the outcome of the rapid review.' });
    if (!rationale.trim()) found.push({ fieldId: ids.rationale, message: 'Enter the rationale for the decision.' });
    if (!name.trim()) found.push({ fieldId: ids.name, message: 'Enter the name of the person who agreed the decision.' });
    if (!role.trim()) found.push({ fieldId: ids.role, message: 'Enter their role, for example Independent Chair, SVPP.' });
    const agreedProblem = agreedOn ? dayProblem(agreedOn, 'The date the decision was agreed') : 'Enter the date the decision was agreed.';
    if (agreedProblem) found.push({ fieldId: ids.on, message: agreedProblem });
    if (outcome === 'c' && !methodology.trim()) found.push({ fieldId: ids.methodology, message: 'Enter the methodology of the local review.' });
    if (outcome === 'c' && !terms.trim()) found.push({ fieldId: ids.terms, message: 'Enter the indicative terms of reference.' });
    if (found.length > 0 || !outcome) return setErrors(found);
    const base = { rationale: rationale.trim(), agreedBy: { name: name.trim(), role: role.trim() }, agreedOn };
    const result = await recordDecision(
      outcome === 'c' ? { ...base, outcome, methodology: methodology.trim(), indicativeTermsOfReference: terms.trim() } : { ...base, outcome },
    );
    if (!result.ok) return setErrors([{ message: result.error.message }]);
    setErrors([]);
    setSaved(true);
    setEditing(false);
  }

  if (existing && !editing) {
    return (
      <section aria-labelledby="decision-heading">
        <BackLink onClick={() => show('overview')}>Back to the review</BackLink>
        <PageHeading id="decision-heading" caption={review.title}>
          Rapid review decision
        </PageHeading>
        <div role="status">
          {saved && (
            <p className="confirmation-text">
              The decision has been recorded. The review is at “{statusLabels[review.status]}”.
            </p>
          )}
        </div>
        <dl className="summary-list">
          <dt>Outcome</dt>
          <dd>{decisionOutcomeLabels[existing.outcome]}</dd>
          <dt>Rationale</dt>
          <dd className="preserve-lines">{existing.rationale}</dd>
          <dt>Agreed by</dt>
          <dd>
            {existing.agreedBy.name}, {existing.agreedBy.role}, on {formatDay(existing.agreedOn)}
          </dd>
          {existing.methodology && (
            <>
              <dt>Methodology</dt>
              <dd>{existing.methodology}</dd>
            </>
          )}
          {existing.indicativeTermsOfReference && (
            <>
              <dt>Indicative terms of reference</dt>
              <dd className="preserve-lines">{existing.indicativeTermsOfReference}</dd>
            </>
          )}
        </dl>
        {correctable ? (
          <button type="button" className="button button-secondary" onClick={() => (setSaved(false), setEditing(true))}>
            Correct the decision
          </button>
        ) : (
          <p className="hint">The review has moved on from “Decision”: to correct the decision, move the review back to “Decision” first, saying why.</p>
        )}
        <CopiesLog review={review} />
      </section>
    );
  }

  const outcomeError = errorFor(errors, ids.outcome);
  return (
    <section aria-labelledby="decision-heading">
      <BackLink onClick={() => show('overview')}>Back to the review</BackLink>
      <PageHeading id="decision-heading" caption={review.title}>
        Rapid review decision
      </PageHeading>
      {existing && <p className="inset-text">You are correcting the decision recorded on {formatDay(existing.agreedOn)}. Cancel keeps it as it was.</p>}
      <form onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
        <ErrorSummary errors={errors} />
        <fieldset className={outcomeError ? 'fieldset form-group form-group-error' : 'fieldset form-group'} aria-describedby={outcomeError ? 'decision-outcome-error' : undefined}>
          <legend className="legend">Outcome</legend>
          {outcomeError && (
            <p id="decision-outcome-error" className="error-message">
              <span className="visually-hidden">Error: </span>
              {outcomeError}
            </p>
          )}
          {decisionOutcomes.map((value) => (
            <div className="radio" key={value}>
              <input id={`decision-outcome-${value}`} type="radio" name="decision-outcome" value={value} checked={outcome === value} onChange={() => setOutcome(value)} />
              <label htmlFor={`decision-outcome-${value}`}>{decisionOutcomeLabels[value]}</label>
            </div>
          ))}
        </fieldset>
        <TextArea id={ids.rationale} label="Rationale" value={rationale} onChange={setRationale} error={errorFor(errors, ids.rationale)} />
        <fieldset className="fieldset">
          <legend className="legend">Agreed by</legend>
          <TextInput id={ids.name} label="Name" width="medium" value={name} onChange={setName} error={errorFor(errors, ids.name)} />
          <TextInput
            id={ids.role}
            label="Role"
            hint="For example, Independent Chair, SVPP."
            width="medium"
            value={role}
            onChange={setRole}
            error={errorFor(errors, ids.role)}
          />
        </fieldset>
        <DateInput id={ids.on} label="Agreed on" value={agreedOn} onChange={setAgreedOn} error={errorFor(errors, ids.on)} />
        {outcome === 'c' && (
          <>
            <TextInput
              id={ids.methodology}
              label="Methodology"
              hint="For example, appreciative inquiry or the SCIE Learning Together systems approach."
              value={methodology}
              onChange={setMethodology}
              error={errorFor(errors, ids.methodology)}
            />
            <TextArea id={ids.terms} label="Indicative terms of reference" value={terms} onChange={setTerms} rows={8} error={errorFor(errors, ids.terms)} />
          </>
        )}
        <FormActions
          submitLabel={busy ? 'Recording…' : existing ? 'Record the corrected decision' : 'Record decision'}
          onCancel={() => (existing ? setEditing(false) : show('overview'))}
          disabled={busy}
        />
      </form>
      <CopiesLog review={review} />
    </section>
  );
}
