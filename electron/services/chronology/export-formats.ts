/**
 * The composite chronology as CSV or XLSX, named or anonymised. A cell that a spreadsheet
 * application would run as a formula (starting with = + - @, a tab or a carriage return) is
 * written so it reads as text: in CSV with a leading apostrophe (the OWASP advice), in XLSX as a
 * string cell, which Excel and LibreOffice never evaluate.
 */
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
  ['File', (entry) => entry.provenance.file],
  ['Row', (entry) => String(entry.provenance.rowNumber)],
];

export const exportHeaders = columns.map(([header]) => header);

const formulaStart = /^[=+\-@\t\r]/;

/** Text a spreadsheet will not run: a leading apostrophe before a formula-like start. */
export function neutralise(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

export function toCsv(entries: readonly ChronologyEntry[]): Uint8Array {
  const rows = [exportHeaders, ...entries.map((entry) => columns.map(([, value]) => neutralise(value(entry))))];
  // A BOM so Excel reads the file as UTF-8 (curly quotes, £ signs).
  return new TextEncoder().encode('\uFEFF' + stringify(rows, { record_delimiter: 'windows' }));
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

/** `about` (a filtered view) goes on a second sheet, "About this export", so the table stays a table. */
export async function toXlsx(entries: readonly ChronologyEntry[], sheetName: string, about: string | null = null): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Practice Review Workspace';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31).replace(/[\\/?*[\]:]/g, ' '));
  sheet.addRow(exportHeaders).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const entry of entries) {
    // Plain strings only: exceljs writes them as string cells, never as formulas.
    sheet.addRow(columns.map(([, value]) => fitCell(value(entry))));
  }
  sheet.columns.forEach((column, position) => {
    column.width = [14, 11, 11, 12, 6, 20, 16, 16, 16, 60, 40, 40, 12, 40, 16, 30, 20, 6][position] ?? 16;
    if (position >= 9 && position <= 15) column.alignment = { wrapText: true, vertical: 'top' };
  });
  if (about) workbook.addWorksheet('About this export').addRow([about]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
