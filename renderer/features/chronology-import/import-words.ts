/** The import wizard's sentences: a file's format, what a preview or an import made, in plain words. */
import { assertNever } from '../../../shared/errors';
import type { ImportPreview, ImportResult, SourceFormat } from '../../../shared/chronology/views';
import type { JobPhase } from '../../../shared/jobs';

function formatWords(format: SourceFormat): string {
  switch (format) {
    case 'csv':
      return 'CSV';
    case 'semicolon':
      return 'CSV (semicolon-separated)';
    case 'tsv':
      return 'Tab-separated text';
    case 'xlsx':
      return 'Excel workbook';
    case 'docx':
      return 'Word document (tables)';
    default:
      return assertNever(format);
  }
}

const encodingNames: Record<string, string> = {
  'utf-8': 'UTF-8',
  utf8: 'UTF-8',
  'utf-8-bom': 'UTF-8 with byte-order mark',
  'utf-16': 'UTF-16',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252',
  'cp1252': 'Windows-1252',
  latin1: 'Latin-1',
};

/** "CSV, Windows-1252"; a workbook has no text encoding to speak of. */
export function sourceInWords(format: SourceFormat, encoding: string | null): string {
  if (encoding === null) return formatWords(format);
  return `${formatWords(format)}, ${encodingNames[encoding.toLowerCase()] ?? encoding}`;
}

const count = (n: number) => n.toLocaleString('en-GB');

/** "8 rows will become entries, 1 will be rejected, 2 flagged." */
export function previewCounts(preview: Pick<ImportPreview, 'entries' | 'rejected' | 'flagged'>): string {
  const entries = preview.entries === 1 ? '1 row will become an entry' : `${count(preview.entries)} rows will become entries`;
  return `${entries}, ${count(preview.rejected)} will be rejected, ${count(preview.flagged)} flagged.`;
}

/** "3 empty table rows were left out." — a Word document's rows with nothing in them. */
export function blankRowsInWords(blankRows: number | undefined): string | null {
  if (!blankRows) return null;
  return blankRows === 1 ? '1 empty table row was left out.' : `${count(blankRows)} empty table rows were left out.`;
}

/** "Imported 8 entries from Police; 1 row rejected — see Rejected rows." */
export function resultInWords(result: Pick<ImportResult, 'agency' | 'imported' | 'rejected' | 'replaced' | 'blankRows' | 'answered'>): string {
  const imported = `Imported ${count(result.imported)} ${result.imported === 1 ? 'entry' : 'entries'} from ${result.agency}`;
  const rejected = result.rejected.length;
  const blank = blankRowsInWords(result.blankRows);
  const counted = rejected === 0 ? `${imported}; no rows rejected.` : `${imported}; ${count(rejected)} ${rejected === 1 ? 'row' : 'rows'} rejected — see Rejected rows.`;
  const counts = blank === null ? counted : `${counted} ${blank}`;
  // The agency's chronology request in Agency requests, marked received by this import.
  const said = result.answered ? `${counts} ${result.agency}’s chronology request is marked received.` : counts;
  if (!result.replaced) return said;
  return `${said} It replaces ${result.replaced.fileName}, whose entries are out of the chronology: Undo removal in Submissions brings them back until the next import.`;
}

/** What the progress bar is doing, for those who cannot see it move. */
export function progressInWords(progress: { phase: JobPhase; done: number; total: number } | null): string {
  if (progress === null) return 'Starting the import…';
  switch (progress.phase) {
    case 'reading':
      return 'Reading the file…';
    case 'checking':
      return `Checking rows: ${count(progress.done)} of ${count(progress.total)}`;
    case 'saving':
      return progress.done >= progress.total ? 'Saved.' : `Saving ${count(progress.total)} ${progress.total === 1 ? 'entry' : 'entries'}…`;
    default:
      // An import has no other phases.
      return 'Importing…';
  }
}

/** One line of a cell, cut to `max` characters, for tables that must stay scannable. */
export function truncate(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}
