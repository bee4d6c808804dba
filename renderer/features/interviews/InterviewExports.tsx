import { useState } from 'react';
import type { ExportResult } from '../../../shared/exports/types';
import { SavedSummary } from '../exports/SavedSummary';
import { exportButtons, exportKinds, type InterviewExportKind } from './export-words';
import { selectBusy, useInterviews } from './store';

/**
 * The review's coding, out of the app: the theme report (PDF), the whole coded project and the
 * codebook in the REFI-QDA formats other analysis tools read, and the excerpts as CSV.
 * Anonymised unless the user opts in to real names, through the names check the other areas use;
 * and a codebook imported to start a tree.
 */
export function InterviewExports() {
  const exportAs = useInterviews((state) => state.exportAs);
  const importCodebook = useInterviews((state) => state.importCodebook);
  const busy = useInterviews(selectBusy);
  const [named, setNamed] = useState(false);
  const [done, setDone] = useState<ExportResult | null>(null);
  const [said, setSaid] = useState('');

  async function run(kind: InterviewExportKind) {
    setDone(null);
    setSaid('');
    const outcome = await exportAs(kind, named);
    if (!outcome.ok) return setSaid(outcome.error.message);
    // Null: the names check or the save dialog was cancelled, nothing was written.
    if (outcome.value) setDone(outcome.value);
  }

  async function importQdc() {
    setDone(null);
    const outcome = await importCodebook();
    if (!outcome.ok) return setSaid(outcome.error.message);
    if (outcome.value) setSaid(outcome.value.added === 1 ? 'Added 1 theme from the codebook.' : `Added ${outcome.value.added} themes from the codebook.`);
  }

  return (
    <section aria-labelledby="iv-exports-heading" aria-busy={busy}>
      <h2 id="iv-exports-heading">Exports</h2>
      <div className="checkbox">
        <input id="iv-export-named" type="checkbox" checked={named} onChange={(event) => setNamed(event.target.checked)} aria-describedby="iv-export-named-hint" />
        <label htmlFor="iv-export-named">Use real names</label>
        <p id="iv-export-named-hint" className="hint radio-hint">
          Unticked, every person appears by their pseudonym from the people register and participants by role and agency.
        </p>
      </div>
      <div className="iv-export-buttons">
        {exportKinds.map((kind) => (
          <button key={kind} type="button" className="button button-secondary" disabled={busy} onClick={() => void run(kind)}>
            {exportButtons[kind]}
          </button>
        ))}
      </div>
      <p role="status" className="confirmation-text">
        {done ? <SavedSummary result={done} /> : said}
      </p>
      <h3>Import a codebook</h3>
      <p>A REFI-QDA codebook (.qdc) from another project or tool adds its codes to this review’s themes.</p>
      <button type="button" className="button button-secondary" disabled={busy} onClick={() => void importQdc()}>
        Import a codebook (.qdc)
      </button>
    </section>
  );
}
