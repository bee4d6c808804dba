/**
 * The composite chronology as a PDF table for reading and printing: the columns a PRG reads in a
 * meeting (every column stays in CSV and XLSX). Entries arrive already anonymised when asked, so
 * the engine draws them as they are; the marking and "Page X of Y" come from the engine.
 */
import { dateInWords } from '../../../shared/chronology/date-words';
import { formatCount, importLimits } from '../../../shared/chronology/limits';
import type { ChronologyEntry } from '../../../shared/chronology/views';
import { defaultMarking } from '../../../shared/documents/model';
import { renderPdf, type PdfTable } from '../pdf';
import { fontsDir } from '../resources';
import type { RenderOptions } from '../exports';

// The date read one way whoever wrote it, as the composite shows it; the agency's text is in CSV and XLSX.
const columns: Array<[header: string, width: number, value: (entry: ChronologyEntry) => string]> = [
  ['Date', 1.3, (entry) => dateInWords(entry.date)],
  ['Agency', 1.1, (entry) => entry.agency],
  ['Event', 2.8, (entry) => entry.event ?? ''],
  ['Action and outcome', 2, (entry) => [entry.action, entry.outcome].filter(Boolean).join('\n')],
  // Wide enough for its header on one line.
  ['Significance', 1.3, (entry) => entry.significance ?? ''],
  ["Reviewer's analysis", 2, (entry) => entry.analysis ?? ''],
];

/**
 * Ends a cell the PDF draws only the start of. Excel keeps at most 32,767 characters in a cell
 * (the same number the import accepts), so a longer one is whole only in the CSV.
 */
export function shortenedEntryNote(characters: number): string {
  const where = characters > importLimits.cellCharacters ? 'the CSV export' : 'the Excel and CSV exports';
  return `[Shortened here: this entry is ${formatCount(characters)} characters long. The full text is in the workspace and in ${where}.]`;
}

export function chronologyTable(entries: readonly ChronologyEntry[], anonymised: boolean): PdfTable {
  return {
    title: anonymised ? 'Multi-agency chronology (anonymised)' : 'Multi-agency chronology',
    columns: columns.map(([header, width]) => ({ header, width })),
    rows: entries.map((entry) => columns.map(([, , value]) => value(entry))),
    shortenedNote: shortenedEntryNote,
    // The table is what the PDF is for: it starts under the summary, not after a near-empty page.
    newPage: false,
  };
}

/** `about` says the table is a filtered view, when it is. */
export async function toPdf(
  entries: readonly ChronologyEntry[],
  options: { reviewTitle: string; anonymised: boolean; date: string; about?: string | null },
  render: RenderOptions = {},
): Promise<Uint8Array> {
  const agencies = new Set(entries.map((entry) => entry.agency)).size;
  const summary = `${entries.length.toLocaleString('en-GB')} ${entries.length === 1 ? 'entry' : 'entries'} from ${agencies} ${agencies === 1 ? 'agency' : 'agencies'}, in date order${options.anonymised ? '; people are shown by their pseudonyms' : '; this copy contains real names'}.`;
  return renderPdf({
    title: options.anonymised ? 'Multi-agency chronology (anonymised)' : 'Multi-agency chronology',
    reviewTitle: options.reviewTitle,
    marking: defaultMarking,
    versionLabel: 'Composite of every agency’s submission',
    date: options.date,
    draft: false,
    // Six columns of running text: across the long side of the page each gets about half as much
    // room again, so rows wrap to fewer lines and the table runs to fewer pages.
    orientation: 'landscape',
    content: { type: 'doc', content: [summary, options.about].filter((text): text is string => !!text).map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) },
    tables: [chronologyTable(entries, options.anonymised)],
    language: 'en-GB',
    subject: options.anonymised ? 'Anonymised' : 'Contains real names',
    referenceText: (attrs) => attrs.label,
    fontsDir,
    // The job's progress and cancel reach the layout, which yields between table rows.
    ...render,
  });
}
