import { useRef, useState } from 'react';
import { useChronologyChanges } from './changes-store';
import { EntryForm } from './EntryForm';
import { entryLabel } from './entry-words';
import { selectReviewId, useChronology } from './store';

/** "Add an entry": the reviewer's own note of an event, read with the same dates as an import. */
export function AddEntry() {
  const reviewId = useChronology(selectReviewId);
  const openEntry = useChronology((state) => state.openEntry);
  const addEntry = useChronologyChanges((state) => state.addEntry);
  const [open, setOpen] = useState(false);
  const [added, setAdded] = useState('');
  const toggle = useRef<HTMLButtonElement>(null);
  if (!reviewId) return null;

  function close() {
    setOpen(false);
    toggle.current?.focus();
  }

  return (
    <div className="chron-add-entry">
      <button
        ref={toggle}
        type="button"
        className="button button-secondary"
        aria-expanded={open}
        aria-controls={open ? 'add-entry-form' : undefined}
        onClick={() => (setAdded(''), setOpen(!open))}
      >
        Add an entry
      </button>
      <p role="status" className="confirmation-text">
        {added}
      </p>
      {open ? (
        <div id="add-entry-form">
          <EntryForm
            idPrefix="add-entry"
            heading="Add an entry"
            headingLevel={2}
            submitLabel="Add entry"
            onSubmit={(fields) =>
              addEntry({
                reviewId,
                date: fields.date,
                agency: fields.agency,
                event: fields.event,
                ...(fields.action.trim() ? { action: fields.action } : {}),
                ...(fields.source.trim() ? { source: fields.source } : {}),
              })
            }
            onDone={(entry) => {
              setAdded(`Entry added: ${entryLabel(entry, 60)}.`);
              close();
              openEntry(entry.id);
            }}
            onCancel={close}
          />
        </div>
      ) : null}
    </div>
  );
}
