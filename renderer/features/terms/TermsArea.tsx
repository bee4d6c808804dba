import { useEffect } from 'react';
import { PageHeading } from '../../components/PageHeading';
import { useShell } from '../shell/store';
import { ReviewPicker } from './ReviewPicker';
import { StartFromTemplate } from './StartFromTemplate';
import { selectOverview, selectReviewId, selectReviews, selectSession, useTerms } from './store';
import { TermsWorkspace } from './TermsWorkspace';
import { VerifyPdf } from './VerifyPdf';
import '../documents/documents.css';
import './terms.css';

/**
 * The Terms of reference area: a review's terms — started from a template, edited field by field
 * and in rich-text sections, submitted and signed off by the chair in numbered versions — and a
 * check that a PDF someone holds is exactly what was signed.
 */
export function TermsArea() {
  const reviews = useTerms(selectReviews);
  const reviewId = useTerms(selectReviewId);
  const overview = useTerms(selectOverview);
  const session = useTerms(selectSession);
  const loadReviews = useTerms((state) => state.loadReviews);
  const showArea = useShell((state) => state.show);

  useEffect(() => {
    void loadReviews();
  }, [loadReviews]);

  const review = reviews?.find((candidate) => candidate.id === reviewId) ?? null;
  return (
    <section aria-labelledby="area-heading" className="tor-area">
      <PageHeading id="area-heading" caption={review?.title}>
        Terms of reference
      </PageHeading>
      <p className="lead">What the review will look at and how, in versions the independent chair signs off.</p>
      {reviews === null ? (
        <p role="status">Loading reviews…</p>
      ) : reviews.length === 0 || !review ? (
        <>
          <p>There are no reviews in this workspace yet. Terms of reference belong to a review: add one first.</p>
          <button type="button" className="button button-secondary" onClick={() => showArea('reviews')}>
            Go to Reviews
          </button>
        </>
      ) : (
        <>
          <ReviewPicker reviews={reviews} />
          {overview === null ? (
            <p role="status">Loading the terms of reference…</p>
          ) : overview.current === null ? (
            <StartFromTemplate />
          ) : (
            // Keyed by load: another review, or coming back to the area, starts a fresh editor on the stored sections.
            <TermsWorkspace key={`${review.id}:${session}`} overview={overview} current={overview.current} reviewTitle={review.title} />
          )}
        </>
      )}
      <VerifyPdf />
    </section>
  );
}
