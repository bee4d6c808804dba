import { useState } from 'react';
import type { ReviewDetail } from '../../../shared/reviews/types';
import { selectBusy, useReviews } from './store';

/**
 * Whether the child was looked after. Under Working Together 2023 that adds a notice to the
 * Secretary of State and Ofsted; the deadline list shows it as soon as the box is ticked.
 */
export function LookedAfter({ review }: { review: ReviewDetail }) {
  const update = useReviews((state) => state.update);
  const busy = useReviews(selectBusy);
  const [problem, setProblem] = useState<string | null>(null);

  async function change(lookedAfter: boolean) {
    const outcome = await update({ lookedAfter });
    setProblem(outcome.ok ? null : outcome.error.message);
  }

  return (
    <div className="checkbox">
      <input id="review-looked-after" type="checkbox" checked={review.lookedAfter} disabled={busy} onChange={(event) => void change(event.target.checked)} aria-describedby="review-looked-after-hint" />
      <label htmlFor="review-looked-after">The child was looked after</label>
      <p id="review-looked-after-hint" className="hint radio-hint">
        Under Working Together 2023 the local authority also notifies the Secretary of State and Ofsted.
      </p>
      {problem && (
        <p className="error-message" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
