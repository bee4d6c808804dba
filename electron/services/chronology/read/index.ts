/**
 * The file-reading layer of the chronology import: an agency's file (CSV, TSV, semicolon CSV,
 * XLSX in any of the usual encodings, or the tables of a Word .docx) → rows of raw cells, plus header detection and a
 * suggested column mapping. Node only; never imports Electron.
 *
 * Every refusal is an AppError('validation') that says what to do, and never quotes a cell:
 * cells hold real names. A file over a limit (shared/chronology/limits.ts) is refused while it
 * is read, before a row is kept; any other failure of a library on a crafted file is "could not
 * be read", never an internal error.
 */
import { AppError } from '../../../../shared/errors';
import { importLimits, overLimit, type ImportLimits } from '../../../../shared/chronology/limits';
import type { RawRow } from '../../../../shared/chronology/types';
import { createLogger } from '../../log';
import { decodeText, type TextEncoding } from './decode';
import { damagedDocument, readDocx } from './docx';
import { readDelimited, type DelimitedFormat } from './delimited';
import { extensionOf, isMarkup, refuse, sniff } from './sniff';
import { openWorkbook } from './workbook';
import { guardWorkbookZip } from './zip-guard';

const log = createLogger('chronology.read');

export { cellText, headerNames } from '../../../../shared/chronology/cells';
export { detectHeader, type DetectedHeader } from './header';
export { fieldForHeader, formatSignature, inferAgency, matchHeader, normaliseHeader, suggestMapping, type HeaderMatch } from './mapping';
export { supportedFormats } from './sniff';
export type { DelimitedFormat, TextEncoding };

export type SourceFormat = DelimitedFormat | 'xlsx' | 'docx';

export interface SourceTable {
  format: SourceFormat;
  /** The text encoding of a delimited file; null for a workbook or a Word document. */
  encoding: TextEncoding | null;
  /**
   * A workbook's sheet names, in order; empty for a delimited file. For a Word document, the
   * chronology tables its rows come from, each with its row numbers and columns ("Table 2, rows
   * 13–20: Date, Event"): all of them are read, so there is nothing to choose.
   */
  sheets: string[];
  /** The sheet the rows come from; null for a delimited file or a Word document. */
  sheet: string | null;
  /** The workbook uses the 1904 date system (its date cells are already converted; its plain serial numbers are not). */
  date1904: boolean;
  /** From the first row with a value to the last, blank rows between included, each with the row number a spreadsheet shows. */
  rows: RawRow[];
  /** Rows left out because every cell was empty (a Word document's tables only: a spreadsheet's blank rows are kept, and rejected). */
  blankRows: number;
}

export interface ReadOptions {
  /** A workbook's sheet, by name; the first visible sheet with data when not given. Not used for a Word document. */
  sheet?: string;
  /** Lower limits, for tests; the app always reads with `importLimits`. */
  limits?: ImportLimits;
}

const emptyFile = 'This file is empty. Check you chose the right file, or ask the agency to send its chronology again.';

/** `fileName` is the name the user chose (its extension helps tell the format); refusals name it. */
export async function readSource(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<SourceTable> {
  const limits = options.limits ?? importLimits;
  const shown = displayName(fileName);
  if (bytes.byteLength === 0) throw new AppError('validation', emptyFile);
  if (bytes.byteLength > limits.fileBytes) throw new AppError('validation', overLimit.fileBytes(shown, bytes.byteLength, limits));
  try {
    const extension = extensionOf(fileName);
    const kind = sniff(bytes, extension);
    if (kind === 'xlsx') return await readWorkbook(bytes, shown, options, limits);
    if (kind === 'docx') {
      const { rows, tables, blankRows } = await readDocx(bytes, shown, limits);
      return { format: 'docx', encoding: null, sheets: tables, sheet: null, date1904: false, rows, blankRows };
    }
    const { text, encoding } = decodeNamed(bytes, extension);
    if (text.trim() === '') throw new AppError('validation', emptyFile);
    if (isMarkup(text)) refuse('markup');
    // Text saved under an Excel name by older systems is tab-separated; the extension only breaks ties.
    const preferred: DelimitedFormat | undefined = ['tsv', 'tab', 'xls', 'xlsx'].includes(extension) ? 'tsv' : undefined;
    const { format, rows } = readDelimited(text, preferred, { fileName: shown, limits });
    requireColumns(rows);
    return { format, encoding, sheets: [], sheet: null, date1904: false, rows, blankRows: 0 };
  } catch (error) {
    if (error instanceof AppError) throw error;
    // A library failing on a crafted file. Its message can quote the file: log only its kind.
    log.info('file not read', { kind: error instanceof Error ? error.name : typeof error });
    if (extensionOf(fileName) === 'docx') throw new AppError('validation', damagedDocument(shown));
    throw new AppError(
      'validation',
      `${shown} could not be read: it may be damaged, or not the kind of file its name says. Open it in a spreadsheet application, save it again as .xlsx or CSV, and import that copy.`,
    );
  }
}

/** The name without its folder: the CLI passes what was typed. */
function displayName(fileName: string): string {
  return fileName.split(/[\\/]/).pop() || 'This file';
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

async function readWorkbook(bytes: Uint8Array, fileName: string, options: ReadOptions, limits: ImportLimits): Promise<SourceTable> {
  await guardWorkbookZip(bytes, fileName, limits);
  const workbook = await openWorkbook(bytes, fileName, limits);
  const { sheet, rows } = workbook.rows(options.sheet);
  if (rows.length === 0) throw new AppError('validation', 'This sheet is empty. Choose the sheet that holds the chronology.');
  requireColumns(rows);
  return { format: 'xlsx', encoding: null, sheets: workbook.sheets, sheet, date1904: workbook.date1904, rows, blankRows: 0 };
}

function requireColumns(rows: readonly RawRow[]): void {
  if (!rows.some((row) => row.cells.filter((cell) => cell !== null).length >= 2)) {
    throw new AppError(
      'validation',
      'No table was found in this file: no row has two or more columns. A chronology needs at least a date and an event column; save it from the spreadsheet as .xlsx, or as CSV with commas, tabs or semicolons between columns.',
    );
  }
}
