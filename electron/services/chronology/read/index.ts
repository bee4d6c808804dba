/**
 * The file-reading layer of the chronology import: an agency's file (CSV, TSV, semicolon CSV or
 * XLSX, in any of the usual encodings) → rows of raw cells, plus header detection and a
 * suggested column mapping. Node only; never imports Electron.
 *
 * Every refusal is an AppError('validation') that says what to do, and never quotes a cell:
 * cells hold real names.
 */
import { AppError } from '../../../../shared/errors';
import type { RawRow } from '../../../../shared/chronology/types';
import { decodeText, type TextEncoding } from './decode';
import { readDelimited, type DelimitedFormat } from './delimited';
import { extensionOf, isMarkup, refuse, sniff } from './sniff';
import { openWorkbook } from './workbook';

export { cellText, headerNames } from '../../../../shared/chronology/cells';
export { detectHeader, type DetectedHeader } from './header';
export { fieldForHeader, formatSignature, inferAgency, matchHeader, normaliseHeader, suggestMapping, type HeaderMatch } from './mapping';
export { supportedFormats } from './sniff';
export type { DelimitedFormat, TextEncoding };

export type SourceFormat = DelimitedFormat | 'xlsx';

export interface SourceTable {
  format: SourceFormat;
  /** The text encoding of a delimited file; null for a workbook. */
  encoding: TextEncoding | null;
  /** A workbook's sheet names, in order; empty for a delimited file. */
  sheets: string[];
  /** The sheet the rows come from; null for a delimited file. */
  sheet: string | null;
  /** The workbook uses the 1904 date system (its date cells are already converted; its plain serial numbers are not). */
  date1904: boolean;
  /** From the first row with a value to the last, blank rows between included, each with the row number a spreadsheet shows. */
  rows: RawRow[];
}

export interface ReadOptions {
  /** A workbook's sheet, by name; the first visible sheet with data when not given. */
  sheet?: string;
}

export const maxSourceBytes = 200 * 1024 * 1024;

const emptyFile = 'This file is empty. Check you chose the right file, or ask the agency to send its chronology again.';

export async function readSource(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<SourceTable> {
  if (bytes.byteLength === 0) throw new AppError('validation', emptyFile);
  if (bytes.byteLength > maxSourceBytes) {
    throw new AppError(
      'validation',
      'This file is larger than 200 MB, too large to import. Ask the agency for only the chronology sheet, or split it into smaller files.',
    );
  }
  const extension = extensionOf(fileName);
  if (sniff(bytes, extension) === 'xlsx') return readWorkbook(bytes, options);
  const { text, encoding } = decodeNamed(bytes, extension);
  if (text.trim() === '') throw new AppError('validation', emptyFile);
  if (isMarkup(text)) refuse('markup');
  // Text saved under an Excel name by older systems is tab-separated; the extension only breaks ties.
  const preferred: DelimitedFormat | undefined = ['tsv', 'tab', 'xls', 'xlsx'].includes(extension) ? 'tsv' : undefined;
  const { format, rows } = readDelimited(text, preferred);
  requireColumns(rows);
  return { format, encoding, sheets: [], sheet: null, date1904: false, rows };
}

/** A binary file named as a workbook is a damaged workbook, not "binary junk". */
function decodeNamed(bytes: Uint8Array, extension: string): { text: string; encoding: TextEncoding } {
  try {
    return decodeText(bytes);
  } catch (error) {
    if (extension === 'xlsx' || extension === 'xlsm' || extension === 'xls') refuse('damaged');
    throw error;
  }
}

async function readWorkbook(bytes: Uint8Array, options: ReadOptions): Promise<SourceTable> {
  const workbook = await openWorkbook(bytes);
  const { sheet, rows } = workbook.rows(options.sheet);
  if (rows.length === 0) throw new AppError('validation', 'This sheet is empty. Choose the sheet that holds the chronology.');
  requireColumns(rows);
  return { format: 'xlsx', encoding: null, sheets: workbook.sheets, sheet, date1904: workbook.date1904, rows };
}

function requireColumns(rows: readonly RawRow[]): void {
  if (!rows.some((row) => row.cells.filter((cell) => cell !== null).length >= 2)) {
    throw new AppError(
      'validation',
      'No table was found in this file: no row has two or more columns. A chronology needs at least a date and an event column; save it from the spreadsheet as .xlsx, or as CSV with commas, tabs or semicolons between columns.',
    );
  }
}
