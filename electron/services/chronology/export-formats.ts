/**
 * The composite chronology as CSV or XLSX, named or anonymised. A cell that a spreadsheet
 * application would run as a formula (starting with = + - @, a tab or a carriage return) is
 * written so it reads as text: in CSV with a leading apostrophe (the OWASP advice), in XLSX as a
 * string cell, which Excel and LibreOffice never evaluate.
 */
import { once } from 'node:events';
import { PassThrough, Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify as stringifyStream, type Options as CsvOptions } from 'csv-stringify';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { formatCount, importLimits } from '../../../shared/chronology/limits';
import type { ChronologyEntry } from '../../../shared/chronology/views';

const columns: Array<[string, (entry: ChronologyEntry) => string]> = [
  ['Date (as written)', (entry) => entry.date.text],
  ['From', (entry) => entry.date.start],
  ['To', (entry) => entry.date.end],
  ['Precision', (entry) => entry.date.precision + (entry.date.approximate ? ', approximate' : '')],
  ['Time', (entry) => entry.date.time ?? ''],
  ['Agency', (entry) => entry.agency],
  ['Source', (entry) => entry.source ?? ''],
  ['Author role', (entry) => entry.authorRole ?? ''],
  ['Event type', (entry) => entry.eventType ?? ''],
  ['Event', (entry) => entry.event ?? ''],
  ['Action taken', (entry) => entry.action ?? ''],
  ['Outcome', (entry) => entry.outcome ?? ''],
  ['Significance', (entry) => entry.significance ?? ''],
  ["Reviewer's analysis", (entry) => entry.analysis ?? ''],
  ['Flags', (entry) => entry.flags.join(', ')],
  ['Other columns', (entry) => Object.entries(entry.extra).map(([header, value]) => `${header}: ${value}`).join('\n')],
  // An entry a reviewer wrote by hand has no file or row: it says so (who wrote it stays in the
  // workspace: an anonymised copy names no one, reviewers included).
  ['File', (entry) => (entry.provenance.enteredBy ? "Entered by hand (the reviewer's own entry)" : entry.provenance.file)],
  ['Row', (entry) => (entry.provenance.rowNumber === null ? '' : String(entry.provenance.rowNumber))],
];

export const exportHeaders = columns.map(([header]) => header);

const formulaStart = /^[=+\-@\t\r]/;

/** Text a spreadsheet will not run: a leading apostrophe before a formula-like start. */
export function neutralise(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

// A BOM so Excel reads the file as UTF-8 (curly quotes, £ signs); CRLF as Excel writes it.
const csvOptions: CsvOptions = { bom: true, record_delimiter: 'windows' };

/** The header, then each entry's cells, made one row at a time as the writer asks for them. */
function* csvRows(entries: readonly ChronologyEntry[]): Generator<string[]> {
  yield exportHeaders;
  for (const entry of entries) yield columns.map(([, value]) => neutralise(value(entry)));
}

/** The CSV in memory (a test's copy); the export path streams it with writeCsv. */
export function toCsv(entries: readonly ChronologyEntry[]): Uint8Array {
  return new TextEncoder().encode(stringify([...csvRows(entries)], csvOptions));
}

/**
 * The CSV streamed into `output`, which it ends: rows are made only as fast as the file takes
 * them, so the whole text is never in memory. Stops (and fails) when `signal` is aborted.
 */
export async function writeCsv(entries: readonly ChronologyEntry[], output: Writable, signal?: AbortSignal): Promise<void> {
  await pipeline(Readable.from(csvRows(entries)), stringifyStream(csvOptions), output, signal ? { signal } : {});
}

/**
 * Excel opens no file with a cell over 32,767 characters (it calls the file damaged), and the
 * import accepts no more; an older workspace may still hold one. Such a cell keeps its start and
 * says where the whole text is.
 */
export function fitCell(value: string): string {
  const limit = importLimits.cellCharacters;
  if (value.length <= limit) return value;
  const note = ` […] [Shortened here: this entry is ${formatCount(value.length)} characters long, more than a spreadsheet cell holds. The full text is in the workspace and in the CSV export.]`;
  let cut = limit - note.length;
  // Never half of a character written as two (an emoji).
  if (/[\uD800-\uDBFF]/.test(value.charAt(cut - 1))) cut--;
  return value.slice(0, cut) + note;
}

const columnWidths = [14, 11, 11, 12, 6, 20, 16, 16, 16, 60, 40, 40, 12, 40, 16, 30, 20, 6];
/** How many rows go down between two looks at the output (is it keeping up? was Cancel pressed?). */
const rowsPerSlice = 256;

/** The workbook in memory (a test's copy); the export path streams it with writeXlsx. */
export async function toXlsx(entries: readonly ChronologyEntry[], sheetName: string, about: string | null = null): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const output = new PassThrough();
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  await writeXlsx(entries, output, sheetName, about);
  return Buffer.concat(chunks);
}

/**
 * The workbook streamed into `output`, which it ends (exceljs's streaming writer: each row is
 * written out as it is added, not kept). Shared strings as the in-memory writer makes them (a
 * table of the distinct texts, which are the entries' own strings, not copies); styles on, for
 * the bold header and the wrapped columns. `about` (a filtered view) goes on a second sheet,
 * "About this export", so the table stays a table. Stops (and fails) when `signal` is aborted.
 */
export async function writeXlsx(entries: readonly ChronologyEntry[], output: Writable, sheetName: string, about: string | null = null, signal?: AbortSignal): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useSharedStrings: true, useStyles: true });
  workbook.creator = 'Practice Review Workspace';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31).replace(/[\\/?*[\]:]/g, ' '), { views: [{ state: 'frozen', ySplit: 1 }] });
  // Columns before the first row: the streaming writer writes the widths ahead of the rows, and
  // each cell takes its column's alignment as it is made.
  sheet.columns = columnWidths.map((width, position) => ({ width, ...(position >= 9 && position <= 15 ? { style: { alignment: { wrapText: true, vertical: 'top' } } } : {}) }));
  const header = sheet.addRow(exportHeaders);
  header.font = { bold: true };
  header.commit();
  let row = 0;
  for (const entry of entries) {
    // Plain strings only: exceljs writes them as string cells, never as formulas.
    sheet.addRow(columns.map(([, value]) => fitCell(value(entry)))).commit();
    if (++row % rowsPerSlice === 0) await keepUp(output, signal);
  }
  sheet.commit();
  if (about) {
    const aboutSheet = workbook.addWorksheet('About this export');
    aboutSheet.addRow([about]).commit();
    aboutSheet.commit();
  }
  signal?.throwIfAborted();
  await workbook.commit();
}

/** Lets the compressor and the file catch up (exceljs buffers what the output has not taken yet), and sees a cancel. */
async function keepUp(output: Writable, signal: AbortSignal | undefined): Promise<void> {
  signal?.throwIfAborted();
  if (output.writableNeedDrain) await once(output, 'drain', signal ? { signal } : {});
  else await new Promise<void>((resolve) => setImmediate(resolve));
  signal?.throwIfAborted();
}
