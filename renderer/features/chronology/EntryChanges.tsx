import { Fragment, useEffect, useRef, useState, type FormEvent } from 'react';
import type { EntryVersion } from '../../../shared/chronology/changes';
import type { ChronologyEntry } from '../../../shared/chronology/views';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { TextArea } from '../../components/TextArea';
import { correctionInWords, enteredInWords } from './change-words';
import { useChronologyChanges } from './changes-store';
import { EntryForm, type EntryFormFields } from './EntryForm';
import { dateAsWritten } from './entry-words';

interface EntryChangesProps {
  entry: ChronologyEntry;
  /** The anonymised view: its text must never be saved over the real text. */
  anonymised: boolean;
}

type Open = 'correct' | 'delete' | null;

/** Who wrote or corrected the entry, every earlier version, and "Correct this entry" / "Delete this entry". */
export function EntryChanges({ entry, anonymised }: EntryChangesProps) {
  const history = useChronologyChanges((state) => state.histories[entry.id]);
  const loadHistory = useChronologyChanges((state) => state.loadHistory);
  const correctEntry = useChronologyChanges((state) => state.correctEntry);
  const [open, setOpen] = useState<Open>(null);
  const [message, setMessage] = useState('');
  const correctButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    void loadHistory(entry.id);
  }, [loadHistory, entry.id]);

  const initial: EntryFormFields = {
    date: entry.date.text,
    agency: entry.agency,
    event: entry.event ?? '',
    action: entry.action ?? '',
    source: entry.source ?? '',
    reason: '',
  };

  return (
    <>
      <h3>Changes</h3>
      {history === undefined ? (
        <p role="status">Loading the entry’s history…</p>
      ) : history.entered === null && history.corrections.length === 0 ? (
        <p>Not changed since it was imported.</p>
      ) : anonymised && history.corrections.length > 0 ? (
        // Earlier versions and reasons are the reviewer's words and the agency's, as written: named only.
        <p>
          {history.entered ? `${enteredInWords(history.entered)}. ` : ''}
          Corrected {history.corrections.length === 1 ? 'once' : `${history.corrections.length} times`}: switch to Named to see why and the earlier versions.
        </p>
      ) : (
        <ul className="plain-list" aria-label="Changes to this entry">
          {history.entered ? <li>{enteredInWords(history.entered)}</li> : null}
          {history.corrections.map((correction) => (
            <li key={correction.version}>
              {correctionInWords(correction)}
              <details>
                <summary>The entry before this correction</summary>
                <VersionList version={correction.before} />
              </details>
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="confirmation-text">
        {message}
      </p>
      <div className="button-group">
        <button
          ref={correctButton}
          type="button"
          className="button button-secondary"
          aria-expanded={open === 'correct'}
          aria-controls={open === 'correct' ? 'correct-entry-form' : undefined}
          disabled={anonymised}
          aria-describedby={anonymised ? 'entry-changes-hint' : undefined}
          onClick={() => (setMessage(''), setOpen(open === 'correct' ? null : 'correct'))}
        >
          Correct this entry
        </button>
        <button
          type="button"
          className="button button-warning"
          aria-expanded={open === 'delete'}
          aria-controls={open === 'delete' ? 'delete-entry-form' : undefined}
          onClick={() => (setMessage(''), setOpen(open === 'delete' ? null : 'delete'))}
        >
          Delete this entry
        </button>
      </div>
      {anonymised ? (
        <p id="entry-changes-hint" className="hint">
          Switch to Named to correct an entry: the anonymised text must not be saved over what the agency wrote.
        </p>
      ) : null}
      {open === 'correct' && !anonymised ? (
        <div id="correct-entry-form">
          <EntryForm
            key={entry.id}
            idPrefix="correct-entry"
            heading="Correct this entry"
            submitLabel="Save correction"
            initial={initial}
            withReason
            onSubmit={(fields) =>
              correctEntry({
                id: entry.id,
                reason: fields.reason,
                date: fields.date,
                agency: fields.agency,
                event: fields.event,
                action: fields.action,
                source: fields.source,
              })
            }
            onDone={() => {
              setOpen(null);
              setMessage('Correction saved. The earlier version is kept in the entry’s history.');
              correctButton.current?.focus();
            }}
            onCancel={() => {
              setOpen(null);
              correctButton.current?.focus();
            }}
          />
        </div>
      ) : null}
      {open === 'delete' ? <DeleteEntryForm entry={entry} onCancel={() => setOpen(null)} /> : null}
    </>
  );
}

function VersionList({ version }: { version: EntryVersion }) {
  const rows: Array<[string, string | undefined]> = [
    ['Date', dateAsWritten(version.date)],
    ['Agency', version.agency],
    ['Event', version.event],
    ['Action taken', version.action],
    ['Source of information', version.source],
    ['Outcome', version.outcome],
  ];
  return (
    <dl className="summary-list chron-detail-list">
      {rows.map(([label, value]) =>
        value ? (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd className="chron-pre">{value}</dd>
          </Fragment>
        ) : null,
      )}
    </dl>
  );
}

/** The reason is required: a deleted entry is kept, out of the composite, with why. */
function DeleteEntryForm({ entry, onCancel }: { entry: ChronologyEntry; onCancel: () => void }) {
  const deleteEntry = useChronologyChanges((state) => state.deleteEntry);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [busy, setBusy] = useState(false);
  const reasonId = 'delete-entry-reason';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) return setErrors([{ fieldId: reasonId, message: 'Give a reason for deleting the entry.' }]);
    setBusy(true);
    const outcome = await deleteEntry(entry.id, reason);
    setBusy(false);
    if (!outcome.ok) setErrors([{ message: outcome.error.message }]);
  }

  return (
    <form id="delete-entry-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="delete-entry-heading" aria-busy={busy} className="chron-entry-form">
      <h3 id="delete-entry-heading">Delete this entry</h3>
      <ErrorSummary errors={errors} />
      <p>The entry leaves the chronology but is kept in the workspace with your reason, and can be restored from Deleted entries.</p>
      <TextArea id={reasonId} label="Reason for deleting it" rows={2} value={reason} onChange={setReason} error={errorFor(errors, reasonId)} />
      <div className="button-group">
        <button type="submit" className="button button-warning" disabled={busy}>
          Delete entry
        </button>
        <button type="button" className="link-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
