import type { ChronoDate } from '../../../shared/chronology/types';
import type { PreviewRow } from '../../../shared/chronology/views';
import { ErrorSummary, type FormError } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import type { AppError } from '../../../shared/errors';
import { dateInWords, flagsInWords } from '../../../shared/chronology/date-words';
import { previewCounts, truncate } from './import-words';
import { selectBusy, selectDraft, selectInspection, selectPreview, selectSameFile, useChronologyImport } from './store';

interface PreviewStepProps {
  caption: string;
  /** Why the last import attempt failed, when it did. */
  problems: readonly FormError[];
  /** The import finished, was cancelled (null) or failed (its error). */
  onImported: (error: AppError | null) => void;
  onCancel: () => void;
}

/** Step 3: what the import would make, row by row; nothing is written yet. */
export function PreviewStep({ caption, problems, onImported, onCancel }: PreviewStepProps) {
  const preview = useChronologyImport(selectPreview);
  const inspection = useChronologyImport(selectInspection);
  const draft = useChronologyImport(selectDraft);
  const busy = useChronologyImport(selectBusy);
  const runImport = useChronologyImport((state) => state.runImport);
  const backToCheck = useChronologyImport((state) => state.backToCheck);
  // The review already has this very file: importing it again is allowed, but only on purpose.
  const sameFile = useChronologyImport(selectSameFile);
  if (!preview || !inspection || !draft) return null;

  async function start(again = false) {
    const outcome = await runImport(again);
    onImported(outcome.ok || outcome.error.code === 'cancelled' ? null : outcome.error);
  }

  const total = preview.entries + preview.rejected;
  return (
    <section aria-labelledby="import-preview-heading">
      <PageHeading id="import-preview-heading" caption={caption}>
        Preview {inspection.fileName}
      </PageHeading>
      <ErrorSummary errors={problems}>
        {sameFile && problems.length > 0 && (
          <>
            <p>Only import it again if the earlier import is to stay and this copy is meant to be a second submission.</p>
            <button type="button" className="button button-warning" disabled={busy} onClick={() => void start(true)}>
              Import it again
            </button>
          </>
        )}
      </ErrorSummary>
      <p className="lead">{previewCounts(preview)}</p>
      <p className="inset-text">
        Nothing has been added yet. Check the rows, then import the file as {draft.agency.trim()}’s submission — or go back to change the header row or the
        columns.
      </p>
      <div className="button-group">
        <button type="button" className="button" disabled={busy} onClick={() => void start()}>
          Import file
        </button>
        <button type="button" className="button button-secondary" onClick={backToCheck}>
          Back to check
        </button>
        <button type="button" className="link-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {preview.rows.length < total && (
        <p id="import-preview-shown" className="hint">
          Showing {preview.rows.length.toLocaleString('en-GB')} of {total.toLocaleString('en-GB')} rows: every rejected or flagged row, then the first of
          the others.
        </p>
      )}
      <table className="table table-wide" aria-describedby={preview.rows.length < total ? 'import-preview-shown' : undefined}>
        <caption className="table-caption">Rows of {inspection.fileName}</caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Date</th>
            <th scope="col">Event</th>
            <th scope="col">Flags</th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => (
            <PreviewLine key={row.rowNumber} row={row} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function PreviewLine({ row }: { row: PreviewRow }) {
  return (
    <tr>
      <th scope="row">{row.rowNumber}</th>
      <td>{row.date ? <DateRead date={row.date} /> : '—'}</td>
      <td>{row.event ? truncate(row.event, 90) : '—'}</td>
      <td>{row.reason === undefined ? flagsInWords(row.flags) : '—'}</td>
      <td>
        {row.reason === undefined ? (
          'Entry'
        ) : (
          <>
            <strong>Rejected:</strong> {row.reason}
          </>
        )}
      </td>
    </tr>
  );
}

/** The date as read, with what the file said beneath it so a misreading stands out. */
function DateRead({ date }: { date: ChronoDate }) {
  return (
    <>
      {dateInWords(date)}
      <span className="ci-written">Written: {date.text}</span>
    </>
  );
}
