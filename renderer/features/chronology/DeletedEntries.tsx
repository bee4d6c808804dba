import { useEffect, useState } from 'react';
import { onDay } from './change-words';
import { selectDeleted, useChronologyChanges } from './changes-store';
import { entryLabel } from './entry-words';
import { selectAnonymised, selectReviewId, useChronology } from './store';

/** Entries taken out of the composite, with who deleted them, when and why; each can be restored. */
export function DeletedEntries() {
  const reviewId = useChronology(selectReviewId);
  const anonymised = useChronology(selectAnonymised);
  const deleted = useChronologyChanges(selectDeleted);
  const load = useChronologyChanges((state) => state.loadDeleted);
  const restore = useChronologyChanges((state) => state.restoreEntry);
  const [message, setMessage] = useState('');

  useEffect(() => {
    if (reviewId) void load(reviewId);
  }, [load, reviewId]);

  if (!reviewId || !deleted || deleted.length === 0) {
    return (
      <p role="status" className="confirmation-text">
        {message}
      </p>
    );
  }
  return (
    <details className="chron-deleted">
      <summary>Deleted entries ({deleted.length.toLocaleString('en-GB')})</summary>
      <p role="status" className="confirmation-text">
        {message}
      </p>
      {anonymised ? (
        // Kept as written, names and all: shown in the named view only.
        <p>Switch to Named to see the deleted entries and restore them.</p>
      ) : (
      <ul className="plain-list" aria-label="Deleted entries">
        {deleted.map(({ entry, deleted: done }) => (
          <li key={entry.id}>
            {entryLabel(entry, 60)} — deleted on {onDay(done.at)} by {done.by}: {done.reason}{' '}
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() =>
                void restore(entry.id).then((outcome) => setMessage(outcome.ok ? `Restored: ${entryLabel(entry, 60)}.` : outcome.error.message))
              }
            >
              Restore<span className="visually-hidden"> {entryLabel(entry, 60)}</span>
            </button>
          </li>
        ))}
      </ul>
      )}
    </details>
  );
}
