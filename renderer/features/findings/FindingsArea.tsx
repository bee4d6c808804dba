import { useEffect, useMemo } from 'react';
import { PageHeading } from '../../components/PageHeading';
import { SelectInput } from '../../components/SelectInput';
import { useShell } from '../shell/store';
import { FindingsWorkspace } from './FindingsWorkspace';
import { selectReviewId, selectReviews, useFindings } from './store';

export { FindingsWorkspace } from './FindingsWorkspace';

/** The Findings area: the chosen review's findings, recommendations, actions and briefings. */
export function FindingsArea() {
  const reviews = useFindings(selectReviews);
  const reviewId = useFindings(selectReviewId);
  const loadReviews = useFindings((state) => state.loadReviews);
  const chooseReview = useFindings((state) => state.chooseReview);
  const showArea = useShell((state) => state.show);

  useEffect(() => {
    void loadReviews();
  }, [loadReviews]);

  const review = reviews?.find((candidate) => candidate.id === reviewId) ?? null;
  const source = useMemo(() => (review ? { kind: 'review' as const, reviewId: review.id } : null), [review]);

  if (review && source) {
    const picker = (
      <SelectInput id="findings-review" label="Review" value={review.id} options={(reviews ?? []).map((each) => ({ value: each.id, label: each.title }))} onChange={chooseReview} />
    );
    return <FindingsWorkspace source={source} title={review.title} picker={picker} />;
  }

  return (
    <section aria-labelledby="area-heading" className="fd-area">
      <PageHeading id="area-heading">Findings</PageHeading>
      {reviews === null ? (
        <p role="status">Loading reviews…</p>
      ) : (
        <>
          <p>There are no reviews in this workspace yet. Findings belong to a review: add one first.</p>
          <button type="button" className="button button-secondary" onClick={() => showArea('reviews')}>
            Go to Reviews
          </button>
        </>
      )}
    </section>
  );
}
