import type { ReviewSummary } from '../../../shared/reviews/types';
import { SelectInput } from '../../components/SelectInput';
import { selectReviewId, useDocuments } from './store';

/** Whose documents are listed; the choice is kept while the workspace is open. */
export function ReviewPicker({ reviews }: { reviews: readonly ReviewSummary[] }) {
  const reviewId = useDocuments(selectReviewId);
  const chooseReview = useDocuments((state) => state.chooseReview);
  return (
    <SelectInput
      id="documents-review"
      label="Review"
      value={reviewId ?? ''}
      options={reviews.map((review) => ({ value: review.id, label: review.title }))}
      onChange={chooseReview}
    />
  );
}
