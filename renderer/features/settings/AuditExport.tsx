import { useState } from 'react';
import { useSettings } from './store';

/** Saves the entries the filters show — every page of them — as a spreadsheet (CSV) or a PDF to print or send. */
export function AuditExport({ count }: { count: number }) {
  const exportEntries = useSettings((state) => state.exportEntries);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function save(format: 'csv' | 'pdf') {
    setBusy(true);
    setMessage(null);
    setError(null);
    const outcome = await exportEntries(format);
    setBusy(false);
    if (!outcome.ok) return setError(outcome.error.message);
    if (outcome.value) setMessage(outcome.value.summary);
  }

  return (
    <div role="group" aria-labelledby="audit-export-heading" className="audit-export">
      <h4 id="audit-export-heading">Save these entries</h4>
      <p className="hint">
        {count === 1 ? 'The entry' : `All ${count.toLocaleString('en-GB')} entries`} the filters show, on every page, in the same words as above. The
        file is not encrypted: keep it somewhere safe.
      </p>
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
      <div className="button-group">
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => void save('csv')}>
          Save as a spreadsheet (CSV)
        </button>
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => void save('pdf')}>
          Save as a PDF
        </button>
      </div>
      <p role="status" className="confirmation-text">
        {message}
      </p>
    </div>
  );
}
