import { reviewTypeLabels, ruleSetLabels } from '../../../shared/reviews/catalogue';
import { statusLabel } from '../../../shared/reviews/lifecycle';
import type { ReviewDetail } from '../../../shared/reviews/types';
import { BackLink } from '../../components/BackLink';
import { PageHeading } from '../../components/PageHeading';
import { DeadlineList } from './DeadlineList';
import { formatDay } from './deadline-text';
import { InvolvedSection } from './InvolvedSection';
import { KeyDatesForm } from './KeyDatesForm';
import { LookedAfter } from './LookedAfter';
import { Milestones } from './Milestones';
import { StatusActions } from './StatusActions';
import { useReviews } from './store';

export function ReviewOverview({ review }: { review: ReviewDetail }) {
  const showList = useReviews((state) => state.showList);
  const show = useReviews((state) => state.show);

  return (
    <section aria-labelledby="review-heading">
      <BackLink onClick={showList}>All reviews</BackLink>
      <PageHeading id="review-heading" caption={reviewTypeLabels[review.type]}>
        {review.title}
      </PageHeading>
      <dl className="summary-list">
        <dt>Subject</dt>
        <dd>{review.subject ?? 'Not set'}</dd>
        <dt>Status</dt>
        <dd>{statusLabel(review.status)}</dd>
        <dt>Rule set</dt>
        <dd>{ruleSetLabels[review.rules]}</dd>
        {review.type === 'rapid-review' && (
          <>
            <dt>Decision</dt>
            <dd>{review.decision ? `Outcome (${review.decision.outcome}), agreed ${formatDay(review.decision.agreedOn)}` : 'Not recorded yet'}</dd>
          </>
        )}
      </dl>
      <div className="button-group">
        {review.type === 'rapid-review' && (
          <button type="button" className="button button-secondary" onClick={() => show('decision')}>
            {review.decision ? 'Rapid review decision and copies sent' : 'Record the rapid review decision'}
          </button>
        )}
        <button type="button" className="button button-secondary" onClick={() => show('people')}>
          People and pseudonyms
        </button>
        <button type="button" className="button button-secondary" onClick={() => show('requests')}>
          Agency requests
        </button>
        <button type="button" className="button button-secondary" onClick={() => show('escalations')}>
          Escalations
        </button>
      </div>
      {(review.type === 'rapid-review' || review.type === 'lcspr') && <LookedAfter review={review} />}
      <StatusActions review={review} />
      <DeadlineList review={review} />
      <Milestones review={review} />
      <KeyDatesForm review={review} />
      <InvolvedSection review={review} />
    </section>
  );
}
