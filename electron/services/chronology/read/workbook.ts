/**
 * XLSX bytes → sheets and rows (exceljs does the reading). Rows keep the row numbers Excel
 * shows; blank rows inside the used range come through as rows of empty cells so the importer
 * can report them. A cell becomes what it shows: a formula its cached result, a date cell its
 * wall-clock value, rich text and hyperlinks their text, an error its code, a boolean TRUE/FALSE.
 * A merged range carries its value in its top-left cell only.
 *
 * The zip is checked before this sees it (zip-guard.ts); the rows, columns and cell lengths of the
 * sheet read are checked here, as it is read.
 */
import ExcelJS from 'exceljs';
import { AppError } from '../../../../shared/errors';
import { importLimits, overLimit, type ImportLimits } from '../../../../shared/chronology/limits';
import type { RawCell, RawRow } from '../../../../shared/chronology/types';
import { createLogger } from '../../log';

const log = createLogger('chronology.read.workbook');

export interface WorkbookSheets {
  sheets: string[];
  date1904: boolean;
  /** Reads the rows of a sheet by name; the first sheet with data when no name is given. */
  rows(sheet?: string): { sheet: string; rows: RawRow[] };
}

export const damagedWorkbook =
  'This Excel file could not be opened: it is damaged, or it is not really an .xlsx workbook. Open it in Excel and save it again as .xlsx (or as CSV), then import that copy.';

/** `fileName` is for the words of a refusal only. */
export async function openWorkbook(bytes: Uint8Array, fileName = 'This workbook', limits: ImportLimits = importLimits): Promise<WorkbookSheets> {
  const workbook = new ExcelJS.Workbook();
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    await workbook.xlsx.load(buffer as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (error) {
    // exceljs also fails on some sound workbooks (features it does not know); the kind of failure
    // and where it came from help tell the two apart. Never its message: it can quote the file.
    log.info('workbook not opened', { kind: error instanceof Error ? error.name : typeof error, at: failedIn(error) });
    throw new AppError('validation', damagedWorkbook);
  }
  const worksheets = workbook.worksheets;
  const date1904 = workbook.properties.date1904 === true;
  return {
    sheets: worksheets.map((worksheet) => worksheet.name),
    date1904,
    rows(sheet?: string) {
      let worksheet: ExcelJS.Worksheet | undefined;
      if (sheet !== undefined) {
        worksheet = findSheet(worksheets, sheet);
        if (!worksheet) {
          throw new AppError(
            'validation',
            `This workbook has no sheet with that name. It has ${plural(worksheets.length, 'sheet')}: choose one of them.`,
          );
        }
      } else {
        worksheet = worksheets.find((candidate) => candidate.state === 'visible' && hasData(candidate)) ?? worksheets.find(hasData);
        if (!worksheet) throw new AppError('validation', 'This workbook has no data on any of its sheets. Check you chose the right file.');
      }
      return { sheet: worksheet.name, rows: sheetRows(worksheet, fileName, limits) };
    },
  };
}

/** The first stack frame's file (a library's, never the user's), e.g. "jszip/lib/zipEntries.js". */
function failedIn(error: unknown): string {
  const stack = error instanceof Error ? (error.stack ?? '') : '';
  const frame = /node_modules[\\/]([^:()]+)/.exec(stack);
  return frame ? frame[1]!.replace(/\\/g, '/') : 'unknown';
}

/** By its exact name, else by the name ignoring case and spaces at the ends when only one sheet has it (typed at the CLI). */
function findSheet(worksheets: ExcelJS.Worksheet[], name: string): ExcelJS.Worksheet | undefined {
  const exact = worksheets.find((candidate) => candidate.name === name);
  if (exact) return exact;
  const key = name.trim().toLowerCase();
  const loose = worksheets.filter((candidate) => candidate.name.trim().toLowerCase() === key);
  return loose.length === 1 ? loose[0] : undefined;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function hasData(worksheet: ExcelJS.Worksheet): boolean {
  let found = false;
  worksheet.eachRow((row) => {
    if (!found && row.values && rowHasValue(row)) found = true;
  });
  return found;
}

function rowHasValue(row: ExcelJS.Row): boolean {
  let found = false;
  row.eachCell((cell) => {
    if (!found && toRawCell(cell) !== null) found = true;
  });
  return found;
}

/**
 * The rows from the first to the last with a value, each as wide as the widest used column. A
 * cell or row over a limit is refused as soon as it is met; the span of rows (which blank rows
 * between count towards) before the rows are padded out.
 */
export function sheetRows(worksheet: ExcelJS.Worksheet, fileName = 'This sheet', limits: ImportLimits = importLimits): RawRow[] {
  const read = new Map<number, RawCell[]>();
  let first = Infinity;
  let last = 0;
  let width = 0;
  worksheet.eachRow((row, rowNumber) => {
    const cells: RawCell[] = [];
    row.eachCell((cell, column) => {
      const value = toRawCell(cell);
      if (value === null) return;
      if (typeof value === 'string' && value.length > limits.cellCharacters) throw new AppError('validation', overLimit.cellCharacters(fileName, rowNumber, value.length, limits));
      if (column > limits.columns) throw new AppError('validation', overLimit.columns(fileName, usedColumns(row), limits));
      while (cells.length < column - 1) cells.push(null);
      cells[column - 1] = value;
    });
    if (cells.length === 0) return;
    read.set(rowNumber, cells);
    first = Math.min(first, rowNumber);
    last = Math.max(last, rowNumber);
    width = Math.max(width, cells.length);
  });
  if (last - first + 1 > limits.rows) throw new AppError('validation', overLimit.rows(fileName, last - first + 1, limits));
  const rows: RawRow[] = [];
  for (let rowNumber = first; rowNumber <= last; rowNumber++) {
    const cells = read.get(rowNumber) ?? [];
    const padded = cells.slice();
    while (padded.length < width) padded.push(null);
    rows.push({ rowNumber, cells: padded });
  }
  return rows;
}

/** The row's last column with a value: what the user sees as its width. */
function usedColumns(row: ExcelJS.Row): number {
  let widest = 0;
  row.eachCell((cell, column) => {
    if (toRawCell(cell) !== null) widest = column;
  });
  return widest;
}

export function toRawCell(cell: ExcelJS.Cell): RawCell {
  if (cell.isMerged && cell.master.address !== cell.address) return null;
  return toRawValue(cell.value);
}

function toRawValue(value: unknown): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : value.includes('\r') ? value.replace(/\r\n?/g, '\n') : value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateCell(value);
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if ('formula' in object || 'sharedFormula' in object || 'result' in object) return toRawValue(object['result']);
    if (Array.isArray(object['richText'])) return toRawValue(richText(object['richText']));
    if ('hyperlink' in object || 'text' in object) return toRawValue(object['text'] ?? object['hyperlink']);
    if ('error' in object) return toRawValue(object['error']);
  }
  return null;
}

function richText(runs: unknown[]): string {
  return runs.map((run) => (run && typeof run === 'object' && typeof (run as { text?: unknown }).text === 'string' ? (run as { text: string }).text : '')).join('');
}

/**
 * exceljs hands over the wall-clock value the cell shows as a Date in UTC, already rounded to the
 * millisecond (which takes off a serial's float noise: 10:14:59.99999 is 10:15). Read in UTC, so
 * no time zone moves it; the milliseconds are dropped, as a clock drops them.
 */
function dateCell(date: Date): RawCell {
  const time = date.getTime();
  if (!Number.isFinite(time)) return null;
  const year = date.getUTCFullYear();
  // Beyond what a spreadsheet can show as a date: kept as text, for the date check to report.
  if (year < 1 || year > 9999) return date.toISOString();
  return { date: date.toISOString().slice(0, 19) };
}
