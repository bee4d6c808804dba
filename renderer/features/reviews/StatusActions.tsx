import { useRef, useState, type FormEvent } from 'react';
import { statusLabel, type Transition } from '../../../shared/reviews/lifecycle';
import type { ReviewDetail } from '../../../shared/reviews/types';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { TextArea } from '../../components/TextArea';
import { selectBusy, useReviews } from './store';

const reasonId = 'status-reason';

/** Moves along the review's lifecycle: forward in one click, back only with a reason. */
export function StatusActions({ review }: { review: ReviewDetail }) {
  const setStatus = useReviews((state) => state.setStatus);
  const busy = useReviews(selectBusy);
  const [goingBack, setGoingBack] = useState<Transition | null>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [moved, setMoved] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  async function move(transition: Transition, why?: string) {
    const outcome = await setStatus(transition.to, why);
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    setErrors([]);
    setGoingBack(null);
    setReason('');
    setMoved(true);
    // The button pressed is gone (the next step's replaced it): land on the section's heading.
    heading.current?.focus();
  }

  function submitBack(event: FormEvent) {
    event.preventDefault();
    if (!goingBack) return;
    if (!reason.trim()) return setErrors([{ fieldId: reasonId, message: 'Enter why the review is going back a step.' }]);
    void move(goingBack, reason.trim());
  }

  const ahead = review.transitions.filter((transition) => transition.kind !== 'back');
  const back = review.transitions.filter((transition) => transition.kind === 'back');

  return (
    <section aria-labelledby="status-heading" className="section">
      <h2 id="status-heading" ref={heading} tabIndex={-1}>
        Status
      </h2>
      <p>
        Now: <strong>{statusLabel(review.status)}</strong>
      </p>
      <p role="status" className="confirmation-text">
        {moved && `The status is now ${statusLabel(review.status)}.`}
      </p>
      <ErrorSummary errors={goingBack ? [] : errors} />
      {ahead.length === 0 && back.length === 0 && <p>This review has reached the end of its lifecycle.</p>}
      <ul className="plain-list">
        {ahead.map((transition) => (
          <li key={transition.to}>
            <button type="button" className="button button-secondary" disabled={busy || Boolean(transition.blockedBy)} onClick={() => void move(transition)}>
              Move to {transition.label}
            </button>
            {transition.blockedBy && <p className="hint">{transition.blockedBy}</p>}
          </li>
        ))}
        {back.map((transition) => (
          <li key={transition.to}>
            <button type="button" className="link-button" aria-expanded={goingBack?.to === transition.to} onClick={() => setGoingBack(transition)}>
              Back to {transition.label}
            </button>
          </li>
        ))}
      </ul>
      {goingBack && (
        <form onSubmit={submitBack} noValidate aria-busy={busy}>
          <ErrorSummary errors={errors} />
          <TextArea id={reasonId} label={`Why is the review going back to ${goingBack.label}?`} value={reason} onChange={setReason} rows={3} error={errorFor(errors, reasonId)} />
          <FormActions
            submitLabel="Go back a step"
            disabled={busy}
            onCancel={() => {
              setGoingBack(null);
              setErrors([]);
            }}
          />
        </form>
      )}
    </section>
  );
}
