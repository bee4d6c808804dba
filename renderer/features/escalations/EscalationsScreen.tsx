import { useEffect } from 'react';
import { escalationStageLabels } from '../../../shared/reviews/catalogue';
import type { ReviewDetail } from '../../../shared/reviews/types';
import { BackLink } from '../../components/BackLink';
import { PageHeading } from '../../components/PageHeading';
import { formatDay } from '../reviews/deadline-text';
import { useReviews } from '../reviews/store';
import { AddEscalation } from './AddEscalation';
import { selectEscalations, useEscalations } from './store';

export function EscalationsScreen({ review }: { review: ReviewDetail }) {
  const show = useReviews((state) => state.show);
  const escalations = useEscalations(selectEscalations);
  const load = useEscalations((state) => state.load);

  useEffect(() => {
    void load(review.id);
  }, [load, review.id]);

  return (
    <section aria-labelledby="escalations-heading">
      <BackLink onClick={() => show('overview')}>Back to the review</BackLink>
      <PageHeading id="escalations-heading" caption={review.title}>
        Escalations
      </PageHeading>
      <p className="lead">Disagreements between agencies raised under the case resolution protocol.</p>
      {escalations === null ? (
        <p role="status">Loading escalations…</p>
      ) : escalations.length === 0 ? (
        <p>No escalations raised for this review.</p>
      ) : (
        <table className="table table-wide">
          <caption className="table-caption">Escalations for this review</caption>
          <thead>
            <tr>
              <th scope="col">Issue</th>
              <th scope="col">Stage</th>
              <th scope="col">Raised by</th>
              <th scope="col">Agencies</th>
              <th scope="col">Raised on</th>
              <th scope="col">Stage due</th>
            </tr>
          </thead>
          <tbody>
            {escalations.map((escalation) => (
              <tr key={escalation.id}>
                <th scope="row">{escalation.issue}</th>
                <td>{escalationStageLabels[escalation.stage]}</td>
                <td>{escalation.raisedBy}</td>
                <td>{escalation.agencies.join(', ')}</td>
                <td>{formatDay(escalation.raisedOn)}</td>
                <td>
                  {escalation.stageDue ? formatDay(escalation.stageDue) : 'No due date'}
                  {escalation.stageDueRule && <div className="hint">{escalation.stageDueRule}</div>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AddEscalation reviewId={review.id} />
    </section>
  );
}
