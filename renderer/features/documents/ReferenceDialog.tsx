import { useEffect, useRef, useState } from 'react';
import type { ChronologyEntry } from '../../../shared/chronology/views';
import type { ReferenceAttrs } from '../../../shared/documents/model';
import { personRoleLabels } from '../../../shared/reviews/catalogue';
import { TextInput } from '../../components/TextInput';
import { shortText } from '../chronology/entry-words';
import { entriesShown, selectEntrySearch, selectPeople, useDocuments } from './store';

interface ReferenceDialogProps {
  /** Called after the dialog has closed (so focus is back where it was), with the choice or null. */
  onClose: (choice: ReferenceAttrs | null) => void;
}

/**
 * The chip's text for an entry: its citation, when and which agency. Not the first words of the
 * event: a cut-off excerpt read as a quotation, and the PDF prints the entry's full citation itself.
 */
export function entryReferenceLabel(entry: ChronologyEntry): string {
  return `${entry.date.text}, ${entry.agency}`;
}

function entryWhat(entry: ChronologyEntry): string {
  return shortText(entry.event ?? entry.eventType ?? entry.action, 60);
}

/** Minimum typed before the chronology is searched: a review can hold 50,000 entries. */
const minimumSearch = 2;

/**
 * Picks what a reference points at: someone in the review's people register, or a chronology
 * entry found by its words. A native modal dialog: focus stays inside, Escape closes it, and
 * focus returns to the button that opened it.
 */
export function ReferenceDialog({ onClose }: ReferenceDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const chosen = useRef<ReferenceAttrs | null>(null);
  const people = useDocuments(selectPeople);
  const search = useDocuments(selectEntrySearch);
  const loadPeople = useDocuments((state) => state.loadPeople);
  const searchEntries = useDocuments((state) => state.searchEntries);
  const [words, setWords] = useState('');

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
    void loadPeople();
  }, [loadPeople]);

  useEffect(() => {
    if (words.trim().length < minimumSearch) return;
    // Searched once typing pauses, not on every letter.
    const timer = setTimeout(() => void searchEntries(words), 250);
    return () => clearTimeout(timer);
  }, [words, searchEntries]);

  function choose(attrs: ReferenceAttrs) {
    chosen.current = attrs;
    dialog.current?.close();
  }

  const searched = words.trim().length >= minimumSearch && search?.text === words.trim() ? search : null;
  return (
    <dialog ref={dialog} className="doc-dialog" aria-labelledby="reference-heading" onClose={() => onClose(chosen.current)}>
      <h2 id="reference-heading">Insert a reference</h2>
      <p className="hint">A reference to a person prints their name, or their pseudonym in an anonymised export.</p>
      <section aria-labelledby="reference-people-heading">
        <h3 id="reference-people-heading">People</h3>
        {people === null ? (
          <p role="status">Loading the people register…</p>
        ) : people.length === 0 ? (
          <p>There is no one in this review’s people register yet. Add people in the Reviews area.</p>
        ) : (
          <ul className="plain-list doc-choices">
            {people.map((person) => (
              <li key={person.id}>
                <button type="button" className="link-button" onClick={() => choose({ kind: 'person', id: person.id, label: person.name })}>
                  {person.name} — {person.pseudonym}
                </button>{' '}
                <span className="hint">({personRoleLabels[person.role]})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="reference-entries-heading">
        <h3 id="reference-entries-heading">Chronology entries</h3>
        <TextInput id="reference-search" label="Find entries" hint="Words from the event, the action or the agency." type="search" value={words} onChange={setWords} width="medium" />
        <p role="status" className="hint">
          {words.trim().length < minimumSearch
            ? 'Type at least two letters to search the chronology.'
            : !searched
              ? 'Searching…'
              : searched.total === 0
                ? 'No entries match.'
                : searched.total > entriesShown
                  ? `Showing the first ${entriesShown} of ${searched.total} matching entries: add words to narrow them.`
                  : `${searched.total} matching ${searched.total === 1 ? 'entry' : 'entries'}.`}
        </p>
        {searched && searched.entries.length > 0 ? (
          <ul className="plain-list doc-choices">
            {searched.entries.map((entry) => (
              <li key={entry.id}>
                {/* The choice shows what happened, to tell apart entries of one day and agency; the chip shows the citation. */}
                <button type="button" className="link-button" onClick={() => choose({ kind: 'entry', id: entry.id, label: entryReferenceLabel(entry) })}>
                  {entryReferenceLabel(entry)}
                  {entryWhat(entry) ? `: ${entryWhat(entry)}` : ''}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <div className="button-group">
        <button type="button" className="button button-secondary" onClick={() => dialog.current?.close()}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
