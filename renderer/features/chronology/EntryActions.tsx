import { AddEntry } from './AddEntry';
import { DeletedEntries } from './DeletedEntries';
import './entry-changes.css';

/** Entries by hand, above the tabs: "Add an entry", and the entries deleted so far to restore. */
export function EntryActions() {
  return (
    <div className="chron-entry-actions">
      <AddEntry />
      <DeletedEntries />
    </div>
  );
}
