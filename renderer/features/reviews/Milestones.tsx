import { keyDateFields, keyDateLabels } from '../../../shared/reviews/catalogue';
import { statusLabel } from '../../../shared/reviews/lifecycle';
import { capitalise } from '../../../shared/reviews/text';
import type { ReviewDetail } from '../../../shared/reviews/types';
import { formatDay } from './deadline-text';

interface Milestone {
  key: string;
  day: string;
  text: string;
}

/** What has happened so far — key dates and status changes — as an ordered, dated list. */
export function Milestones({ review }: { review: ReviewDetail }) {
  const milestones: Milestone[] = [
    ...keyDateFields.flatMap((field) => {
      const day = review.dates[field];
      return day ? [{ key: field, day, text: capitalise(keyDateLabels[field]) }] : [];
    }),
    ...review.statusHistory.map((change, index) => ({
      key: `status-${index}`,
      day: change.at.slice(0, 10),
      text: `Status moved from ${statusLabel(change.from)} to ${statusLabel(change.to)}${change.reason ? ` (reason: ${change.reason})` : ''}`,
    })),
  ].sort((a, b) => a.day.localeCompare(b.day));

  return (
    <section aria-labelledby="milestones-heading" className="section">
      <h2 id="milestones-heading">Milestones</h2>
      {milestones.length === 0 ? (
        <p>No milestones recorded yet.</p>
      ) : (
        <ol className="timeline">
          {milestones.map((milestone) => (
            <li key={milestone.key} className="timeline-item">
              <span className="timeline-date">{formatDay(milestone.day)}</span>
              <span>{milestone.text}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
