import type { ReviewSummary } from '../../../shared/reviews/types';
import { SelectInput } from '../../components/SelectInput';
import { selectReviewId, useChronology } from './store';

/** Which review's chronology is shown; the choice is kept while the workspace is open. */
export function ReviewPicker({ reviews }: { reviews: readonly ReviewSummary[] }) {
  const reviewId = useChronology(selectReviewId);
  const chooseReview = useChronology((state) => state.chooseReview);
  return (
    <SelectInput
      id="chronology-review"
      label="Review"
      value={reviewId ?? ''}
      options={reviews.map((review) => ({ value: review.id, label: review.title }))}
      onChange={chooseReview}
    />
  );
}
