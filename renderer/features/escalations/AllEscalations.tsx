import { useMemo } from 'react';
import { BackLink } from '../../components/BackLink';
import { PageHeading } from '../../components/PageHeading';
import { selectReviews, useReviews } from '../reviews/store';
import { EscalationRegister } from './EscalationRegister';

/** Every escalation in the workspace, whichever review it belongs to (or none). */
export function AllEscalations() {
  const showList = useReviews((state) => state.showList);
  const reviews = useReviews(selectReviews);
  const titles = useMemo(() => new Map((reviews ?? []).map((review) => [review.id, review.title])), [reviews]);

  return (
    <section aria-labelledby="all-escalations-heading">
      <BackLink onClick={showList}>All reviews</BackLink>
      <PageHeading id="all-escalations-heading">Escalations across all reviews</PageHeading>
      <p className="lead">Disagreements between agencies raised under the case resolution protocol, in every review in this workspace.</p>
      <EscalationRegister reviewId={null} caption="Escalations in this workspace" empty="No escalations have been raised in this workspace." reviewTitles={titles} />
    </section>
  );
}
