import { useState } from 'react';
import type { ExportResult } from '../../../shared/exports/types';
import type { Outcome } from '../../lib/outcome';
import { SavedSummary } from '../exports/SavedSummary';
import { selectBusy, usePlan, type ExportFormat } from './store';

interface ExportPanelProps {
  /** Keeps the ids of two panels apart. */
  prefix: string;
  buttons: ReadonlyArray<{ format: ExportFormat; label: string }>;
  run: (format: ExportFormat, named: boolean) => Promise<Outcome<ExportResult | null>>;
}

/** Anonymised unless the user opts in to real names, through the names check every export passes; then the core's summary of what was written. */
export function ExportPanel({ prefix, buttons, run }: ExportPanelProps) {
  const busy = usePlan(selectBusy);
  const [named, setNamed] = useState(false);
  const [done, setDone] = useState<ExportResult | null>(null);
  const [said, setSaid] = useState('');

  async function exportAs(format: ExportFormat) {
    setDone(null);
    setSaid('');
    const outcome = await run(format, named);
    if (!outcome.ok) return setSaid(outcome.error.message);
    // Null: the names check or the save dialog was cancelled, nothing was written.
    if (outcome.value) setDone(outcome.value);
    else setSaid('Nothing was saved.');
  }

  return (
    <div aria-busy={busy}>
      <div className="checkbox">
        <input id={`${prefix}-named`} type="checkbox" checked={named} onChange={(event) => setNamed(event.target.checked)} aria-describedby={`${prefix}-named-hint`} />
        <label htmlFor={`${prefix}-named`}>Include real names</label>
        <p id={`${prefix}-named-hint`} className="hint radio-hint">
          Unticked, every person appears by the pseudonym their review’s people register gives them.
        </p>
      </div>
      <div className="button-group">
        {buttons.map((button) => (
          <button key={button.format} type="button" className="button button-secondary" disabled={busy} onClick={() => void exportAs(button.format)}>
            {button.label}
          </button>
        ))}
      </div>
      <p role="status" className="confirmation-text">
        {done ? <SavedSummary result={done} /> : said}
      </p>
    </div>
  );
}
