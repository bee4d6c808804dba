import { useState } from 'react';
import type { ExportResult } from '../../../shared/exports/types';
import { notifyError } from '../../lib/notify';
import { SavedSummary } from '../exports/SavedSummary';
import { selectAnonymised, selectExporting, useChronology, type ExportFormat } from './store';

const formatNames: Record<ExportFormat, string> = { csv: 'CSV', xlsx: 'Excel', pdf: 'PDF' };

interface ExportButtonsProps {
  total: number;
  /** How many entries the filters show. */
  shown: number;
  filtered: boolean;
}

type Said = { kind: 'saved'; result: ExportResult } | { kind: 'cancelled'; message: string } | null;

/**
 * Writes what the composite shows — every entry, or the filtered view — named or anonymised as
 * on screen. An anonymised export first checks for names the people register does not know.
 */
export function ExportButtons({ total, shown, filtered }: ExportButtonsProps) {
  const anonymised = useChronology(selectAnonymised);
  const exporting = useChronology(selectExporting);
  const exportChronology = useChronology((state) => state.exportChronology);
  const [said, setSaid] = useState<Said>(null);

  async function run(format: ExportFormat) {
    setSaid(null);
    const outcome = await exportChronology(format);
    // Cancelled from the jobs panel: the core says what was (not) written.
    if (!outcome.ok && outcome.error.code === 'cancelled') return setSaid({ kind: 'cancelled', message: outcome.error.message });
    if (!outcome.ok) return notifyError(outcome.error);
    setSaid(outcome.value ? { kind: 'saved', result: outcome.value } : { kind: 'cancelled', message: 'Export cancelled: nothing was saved.' });
  }

  const entries = filtered ? `the ${entryWord(shown)} shown` : `all ${entryWord(total)}`;
  return (
    <section aria-labelledby="export-heading" className="chron-export">
      <h3 id="export-heading" className="visually-hidden">
        Export
      </h3>
      <div className="chron-inline">
        <p className="hint" id="export-hint">
          Export {entries}, {anonymised ? 'anonymised (pseudonyms in place of names)' : 'with real names'}:
        </p>
        {(['csv', 'xlsx', 'pdf'] as const).map((format) => (
          <button key={format} type="button" className="button button-secondary button-small" disabled={exporting} aria-describedby="export-hint" onClick={() => void run(format)}>
            Export {formatNames[format]}
          </button>
        ))}
      </div>
      <p role="status" className="confirmation-text">
        {said?.kind === 'cancelled' ? said.message : null}
        {said?.kind === 'saved' ? <SavedSummary result={said.result} /> : null}
      </p>
    </section>
  );
}

function entryWord(count: number): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? 'entry' : 'entries'}`;
}

