import { useState } from 'react';
import { notifyError } from '../../lib/notify';
import { selectAnonymised, useChronology, type ExportFormat } from './store';

const formatNames: Record<ExportFormat, string> = { csv: 'CSV', xlsx: 'Excel', pdf: 'PDF' };

/** Writes the whole composite (not only the entries the filters show), named or anonymised as on screen. */
export function ExportButtons({ total }: { total: number }) {
  const anonymised = useChronology(selectAnonymised);
  const exportChronology = useChronology((state) => state.exportChronology);
  const [message, setMessage] = useState({ text: '', path: '' });
  const [busy, setBusy] = useState(false);
  const view = anonymised ? 'anonymised' : 'named';

  async function run(format: ExportFormat) {
    setMessage({ text: '', path: '' });
    setBusy(true);
    const outcome = await exportChronology(format);
    setBusy(false);
    if (!outcome.ok) return notifyError(outcome.error);
    setMessage(outcome.value ? { text: `Saved the ${view} chronology (${formatNames[format]}) to `, path: outcome.value.path } : { text: 'Export cancelled: nothing was saved.', path: '' });
  }

  return (
    <section aria-labelledby="export-heading" className="chron-export">
      <h3 id="export-heading">Export</h3>
      <p className="hint" id="export-hint">
        All {total.toLocaleString('en-GB')} entries, {anonymised ? 'anonymised (pseudonyms in place of names)' : 'with real names'}.
      </p>
      <div className="chron-inline">
        {(['csv', 'xlsx', 'pdf'] as const).map((format) => (
          <button key={format} type="button" className="button button-secondary button-small" disabled={busy} aria-describedby="export-hint" onClick={() => void run(format)}>
            Export {formatNames[format]}
          </button>
        ))}
      </div>
      <p role="status" className="confirmation-text">
        {message.text}
        {message.path ? <span className="path">{message.path}</span> : null}
      </p>
    </section>
  );
}
