import type { ReviewDetail } from '../../../shared/reviews/types';
import { BackLink } from '../../components/BackLink';
import { PageHeading } from '../../components/PageHeading';
import { useReviews } from '../reviews/store';
import { AddEscalation } from './AddEscalation';
import { EscalationRegister } from './EscalationRegister';

export function EscalationsScreen({ review }: { review: ReviewDetail }) {
  const show = useReviews((state) => state.show);

  return (
    <section aria-labelledby="escalations-heading">
      <BackLink onClick={() => show('overview')}>Back to the review</BackLink>
      <PageHeading id="escalations-heading" caption={review.title}>
        Escalations
      </PageHeading>
      <p className="lead">Disagreements between agencies raised under the case resolution protocol.</p>
      <EscalationRegister reviewId={review.id} caption="Escalations for this review" empty="No escalations raised for this review.">
        <AddEscalation reviewId={review.id} />
      </EscalationRegister>
    </section>
  );
}
