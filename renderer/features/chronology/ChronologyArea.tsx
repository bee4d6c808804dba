import { useEffect } from 'react';
import { PageHeading } from '../../components/PageHeading';
import { ImportWizard } from '../chronology-import/ImportWizard';
import { useShell } from '../shell/store';
import { ChronologyTabs } from './ChronologyTabs';
import { EntryActions } from './EntryActions';
import { NamesSwitch } from './NamesSwitch';
import { ReviewPicker } from './ReviewPicker';
import { selectAnonymised, selectImporting, selectReviewId, selectReviews, selectTab, useChronology } from './store';
import './chronology.css';

/**
 * The Chronology area: one review's multi-agency chronology, chosen from the reviews register.
 * The import wizard is a screen of its own, shown in place of the area while it is open.
 */
export function ChronologyArea() {
  const reviews = useChronology(selectReviews);
  const reviewId = useChronology(selectReviewId);
  const importing = useChronology(selectImporting);
  const tab = useChronology(selectTab);
  const replacing = useChronology((state) => state.replacing);
  const answering = useChronology((state) => state.answering);
  const loadReviews = useChronology((state) => state.loadReviews);
  const openImport = useChronology((state) => state.openImport);
  const closeImport = useChronology((state) => state.closeImport);
  const showArea = useShell((state) => state.show);

  useEffect(() => {
    void loadReviews();
  }, [loadReviews]);

  if (importing && reviewId) return <ImportWizard reviewId={reviewId} replacing={replacing} answering={answering} onClose={closeImport} />;

  const review = reviews?.find((candidate) => candidate.id === reviewId) ?? null;
  // The composite fills the window (chronology.css): the review picker names the review, so no caption or lead above it.
  const working = review !== null && tab === 'composite';
  return (
    <section aria-labelledby="area-heading" className={working ? 'chron-area chron-working' : 'chron-area'}>
      <div className="chron-head">
        <div>
          <PageHeading id="area-heading" caption={working ? undefined : review?.title}>
            Chronology
          </PageHeading>
        </div>
        {review ? (
          <div className="chron-head-actions">
            <EntryActions />
            <ImportButton onClick={() => openImport()} />
          </div>
        ) : null}
      </div>
      {working ? null : <p className="lead">The multi-agency chronology merged from every agency’s submission.</p>}
      {reviews === null ? (
        <p role="status">Loading reviews…</p>
      ) : reviews.length === 0 || !review ? (
        <>
          <p>There are no reviews in this workspace yet. A chronology belongs to a review: add one first.</p>
          <button type="button" className="button button-secondary" onClick={() => showArea('reviews')}>
            Go to Reviews
          </button>
        </>
      ) : (
        <>
          <div className="chron-controls">
            <ReviewPicker reviews={reviews} />
            <NamesSwitch />
          </div>
          <ChronologyTabs reviewId={review.id} />
        </>
      )}
    </section>
  );
}

/** Importing shows each file as the agency sent it, names and all: only from the named view. */
function ImportButton({ onClick }: { onClick: () => void }) {
  const anonymised = useChronology(selectAnonymised);
  return (
    <div className="chron-import">
      <button type="button" className="button" onClick={onClick} disabled={anonymised} aria-describedby={anonymised ? 'chronology-import-hint' : undefined}>
        Import agency submission
      </button>
      {anonymised ? (
        <p id="chronology-import-hint" className="hint">
          Switch to Named to import: files are shown as the agency sent them.
        </p>
      ) : null}
    </div>
  );
}
