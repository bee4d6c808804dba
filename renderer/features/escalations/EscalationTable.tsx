import { escalationStageLabels } from '../../../shared/reviews/catalogue';
import type { Escalation } from '../../../shared/reviews/types';
import { formatDay } from '../reviews/deadline-text';

export const updateButtonId = (escalation: Escalation) => `escalation-update-${escalation.id}`;

interface EscalationTableProps {
  caption: string;
  escalations: Escalation[];
  /** Given when escalations from more than one review are shown: each review's title by id. */
  reviewTitles?: ReadonlyMap<string, string>;
  onUpdate: (escalation: Escalation) => void;
}

export function EscalationTable({ caption, escalations, reviewTitles, onUpdate }: EscalationTableProps) {
  return (
    <table className="table table-wide">
      <caption className="table-caption">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Issue</th>
          {reviewTitles && <th scope="col">Review</th>}
          <th scope="col">Stage</th>
          <th scope="col">Raised by</th>
          <th scope="col">Agencies</th>
          <th scope="col">Raised on</th>
          <th scope="col">Stage due</th>
          <th scope="col">Outcome</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {escalations.map((escalation) => (
          <tr key={escalation.id}>
            <th scope="row">{escalation.issue}</th>
            {reviewTitles && <td>{escalation.reviewId ? (reviewTitles.get(escalation.reviewId) ?? 'A review not in the list') : 'Not linked to a review'}</td>}
            <td>
              {escalationStageLabels[escalation.stage]}
              <div className="hint">Since {formatDay(escalation.stageStartedOn)}</div>
            </td>
            <td>{escalation.raisedBy}</td>
            <td>{escalation.agencies.join(', ')}</td>
            <td>{formatDay(escalation.raisedOn)}</td>
            <td>
              {escalation.stageDue ? formatDay(escalation.stageDue) : 'No due date'}
              {escalation.stageDueRule && <div className="hint">{escalation.stageDueRule}</div>}
            </td>
            <td>
              {escalation.resolvedOn ? <strong>Resolved {formatDay(escalation.resolvedOn)}</strong> : <strong>Open</strong>}
              {escalation.outcome && <div>{escalation.outcome}</div>}
            </td>
            <td>
              <button id={updateButtonId(escalation)} type="button" className="link-button" onClick={() => onUpdate(escalation)}>
                Update<span className="visually-hidden"> the escalation: {escalation.issue}</span>
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
