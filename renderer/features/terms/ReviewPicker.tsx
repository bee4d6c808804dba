import type { ReviewSummary } from '../../../shared/reviews/types';
import { SelectInput } from '../../components/SelectInput';
import { selectReviewId, useTerms } from './store';

/** Whose terms of reference are shown; the choice is kept while the workspace is open. */
export function ReviewPicker({ reviews }: { reviews: readonly ReviewSummary[] }) {
  const reviewId = useTerms(selectReviewId);
  const chooseReview = useTerms((state) => state.chooseReview);
  return (
    <SelectInput
      id="terms-review"
      label="Review"
      value={reviewId ?? ''}
      options={reviews.map((review) => ({ value: review.id, label: review.title }))}
      onChange={chooseReview}
    />
  );
}
