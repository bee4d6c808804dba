import { useState, type FormEvent } from 'react';
import { requestAskLabels, requestAsks, type RequestAsk } from '../../../shared/agency-returns';
import { dayProblem } from '../../../shared/dates/day-input';
import type { ReviewDetail } from '../../../shared/reviews/types';
import { DateInput } from '../../components/DateInput';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { TextInput } from '../../components/TextInput';
import { formatDay } from '../reviews/deadline-text';
import { selectBusy, useAgencyReturns } from './store';

const ids = { agency: 'request-agency', asks: 'request-ask-chronology', sent: 'request-sent', contact: 'request-contact', due: 'request-due' };

/** Asks one agency for its return. The due date is worked out by the core unless one is typed. */
export function AskAgency({ review, onAdded }: { review: ReviewDetail; onAdded: (message: string) => void }) {
  const add = useAgencyReturns((state) => state.add);
  const busy = useAgencyReturns(selectBusy);
  const [agency, setAgency] = useState('');
  const [asks, setAsks] = useState<RequestAsk[]>(review.type === 'rapid-review' ? ['summary'] : ['chronology', 'report']);
  const [sent, setSent] = useState('');
  const [contact, setContact] = useState('');
  const [due, setDue] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);

  function toggle(ask: RequestAsk, on: boolean) {
    setAsks((current) => (on ? [...current, ask] : current.filter((each) => each !== ask)));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FormError[] = [];
    if (!agency.trim()) found.push({ fieldId: ids.agency, message: 'Enter the agency you are asking.' });
    if (asks.length === 0) found.push({ fieldId: ids.asks, message: 'Tick what the agency is asked for.' });
    for (const [id, value, label] of [
      [ids.sent, sent, 'The date the request was sent'],
      [ids.due, due, 'The due date'],
    ] as const) {
      const problem = dayProblem(value, label);
      if (problem) found.push({ fieldId: id, message: problem });
    }
    if (found.length > 0) return setErrors(found);
    const outcome = await add({
      reviewId: review.id,
      agency: agency.trim(),
      asks,
      ...(sent ? { sent } : {}),
      ...(contact.trim() ? { contact: contact.trim() } : {}),
      ...(due ? { due } : {}),
    });
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    setErrors([]);
    setAgency('');
    setContact('');
    setDue('');
    const request = outcome.value;
    onAdded(`Asked ${request.agency}. ${request.due ? `Due ${formatDay(request.due)}.` : 'No due date yet: the review’s rules give none, so type one with Record.'}`);
  }

  return (
    <section aria-labelledby="ask-agency-heading" className="section">
      <h2 id="ask-agency-heading">Ask an agency</h2>
      <form onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
        <ErrorSummary errors={errors} />
        <TextInput id={ids.agency} label="Agency" list="request-agency-options" width="medium" value={agency} onChange={setAgency} error={errorFor(errors, ids.agency)} autoComplete="off" />
        <datalist id="request-agency-options">
          {review.agencies.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <fieldset className={errorFor(errors, ids.asks) ? 'fieldset form-group form-group-error' : 'fieldset form-group'}>
          <legend className="legend">Asked for</legend>
          {errorFor(errors, ids.asks) && (
            <p className="error-message">
              <span className="visually-hidden">Error: </span>
              {errorFor(errors, ids.asks)}
            </p>
          )}
          {requestAsks.map((ask) => (
            <div className="checkbox" key={ask}>
              <input id={`request-ask-${ask}`} type="checkbox" checked={asks.includes(ask)} onChange={(event) => toggle(ask, event.target.checked)} />
              <label htmlFor={`request-ask-${ask}`}>{requestAskLabels[ask]}</label>
            </div>
          ))}
        </fieldset>
        <DateInput id={ids.sent} label="Date sent (optional)" hint="Day first, for example 03/11/2026. Leave empty while the request is being prepared." value={sent} onChange={setSent} error={errorFor(errors, ids.sent)} />
        <TextInput id={ids.contact} label="Sent to (optional)" hint="A role and team, for example “Safeguarding lead, Community Health”." value={contact} onChange={setContact} />
        <DateInput
          id={ids.due}
          label="Due date (optional)"
          hint={review.type === 'rapid-review' ? 'Leave empty to use the review’s rules: 10 working days after the notification.' : 'Leave empty to use the terms of reference’s milestone for agency reports.'}
          value={due}
          onChange={setDue}
          error={errorFor(errors, ids.due)}
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Saving…' : 'Ask the agency'}
        </button>
      </form>
    </section>
  );
}
