import { useEffect } from 'react';
import { areas } from '../../../shared/product';
import { PageHeading } from '../../components/PageHeading';
import { useShell } from '../shell/store';
import { ArchivedDocuments, ArchiveNotice } from './ArchivedDocuments';
import { DocumentEditor } from './DocumentEditor';
import { DocumentList } from './DocumentList';
import { NewDocumentForm } from './NewDocumentForm';
import { ReviewPicker } from './ReviewPicker';
import { selectOpen, selectReviewId, selectReviews, useDocuments } from './store';
import './documents.css';

const areaLabel = areas.find((area) => area.id === 'report')?.label ?? 'Report';

/**
 * The Report area: a review's documents — the report and anything else the review writes — and,
 * when one is open, the editor in place of the list. The open document is kept while the
 * workspace is open, so leaving the area and coming back returns to it.
 */
export function DocumentsArea() {
  const reviews = useDocuments(selectReviews);
  const reviewId = useDocuments(selectReviewId);
  const open = useDocuments(selectOpen);
  const loadReviews = useDocuments((state) => state.loadReviews);
  const showArea = useShell((state) => state.show);

  useEffect(() => {
    void loadReviews();
  }, [loadReviews]);

  const review = reviews?.find((candidate) => candidate.id === reviewId) ?? null;
  // Keyed by load: reloading after a conflict starts a fresh editor on the stored text.
  if (open) return <DocumentEditor key={`${open.id}:${open.session}`} document={open} reviewTitle={review?.title ?? ''} />;

  return (
    <section aria-labelledby="area-heading" className="doc-area">
      <PageHeading id="area-heading" caption={review?.title}>
        {areaLabel}
      </PageHeading>
      <p className="lead">The review’s documents: the report and anything else the review writes, with saved versions to compare and export to PDF.</p>
      {reviews === null ? (
        <p role="status">Loading reviews…</p>
      ) : reviews.length === 0 || !review ? (
        <>
          <p>There are no reviews in this workspace yet. A document belongs to a review: add one first.</p>
          <button type="button" className="button button-secondary" onClick={() => showArea('reviews')}>
            Go to Reviews
          </button>
        </>
      ) : (
        <>
          <ReviewPicker reviews={reviews} />
          <h2>Documents</h2>
          <ArchiveNotice />
          <DocumentList />
          <NewDocumentForm />
          <ArchivedDocuments reviewId={review.id} />
        </>
      )}
    </section>
  );
}
