import type { ReviewDetail } from '../../../shared/reviews/types';
import { ruleSetLabels } from '../../../shared/reviews/catalogue';
import { DeadlineTag } from './DeadlineTag';
import { byDueDate, countedAs, formatDay, timeLeftText } from './deadline-text';

/** Every deadline in date order, each naming the rule and the source it came from. */
export function DeadlineList({ review }: { review: ReviewDetail }) {
  const deadlines = byDueDate(review.deadlines);
  return (
    <section aria-labelledby="deadlines-heading" className="section">
      <h2 id="deadlines-heading">Deadlines</h2>
      {review.deadlineProblem && <p className="warning-text">{review.deadlineProblem}</p>}
      {deadlines.length === 0 ? (
        <p>No deadlines yet: add the key dates below and the statutory deadlines will appear.</p>
      ) : (
        <ol className="deadline-list">
          {deadlines.map((deadline) => (
            <li key={deadline.id} className="deadline">
              <h3 className="deadline-title">
                {deadline.label}: due {formatDay(deadline.due)}
              </h3>
              <p>
                <DeadlineTag deadline={deadline} /> {timeLeftText(deadline)}
              </p>
              <p className="hint">
                Counted as {countedAs(deadline.rule)}, under {ruleSetLabels[review.rules].replace(/^The /, 'the ')}.
                <br />
                Source: {deadline.source}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
