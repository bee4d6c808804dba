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
import { decodeText } from './decode';
import { readDelimited, type DelimitedFormat } from './delimited';
import { openWorkbook } from './workbook';

export { cellText, headerNames } from '../../../../shared/chronology/cells';
export { detectHeader, type DetectedHeader } from './header';
export { formatSignature, inferAgency, suggestMapping } from './mapping';

export type SourceFormat = DelimitedFormat | 'xlsx';

export interface SourceTable {
  format: SourceFormat;
  /** The text encoding of a delimited file; null for a workbook. */
  encoding: string | null;
  /** A workbook's sheet names, in order; empty for a delimited file. */
  sheets: string[];
  /** The sheet the rows come from; null for a delimited file. */
  sheet: string | null;
  /** The workbook uses the 1904 date system (its date cells are already converted). */
  date1904: boolean;
  rows: RawRow[];
}

export interface ReadOptions {
  /** A workbook's sheet, by name; the first sheet with data when not given. */
  sheet?: string;
}

export const maxSourceBytes = 200 * 1024 * 1024;

const supported = 'The app reads .xlsx workbooks and CSV, TSV or semicolon-separated text files.';

export async function readSource(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<SourceTable> {
  if (bytes.byteLength === 0) {
    throw new AppError('validation', 'This file is empty. Check you chose the right file, or ask the agency to send its chronology again.');
  }
  if (bytes.byteLength > maxSourceBytes) {
    throw new AppError(
      'validation',
      'This file is larger than 200 MB, too large to import. Ask the agency for only the chronology sheet, or split it into smaller files.',
    );
  }
  const extension = extensionOf(fileName);
  const kind = sniff(bytes, extension);
  if (kind === 'xlsx') return readWorkbook(bytes, options);
  const { text, encoding } = decodeText(bytes);
  const preferred: DelimitedFormat | undefined = extension === 'tsv' || extension === 'tab' ? 'tsv' : undefined;
  const { format, rows } = readDelimited(text, preferred);
  requireColumns(rows);
  return { format, encoding, sheets: [], sheet: null, date1904: false, rows };
}

async function readWorkbook(bytes: Uint8Array, options: ReadOptions): Promise<SourceTable> {
  const workbook = await openWorkbook(bytes);
  const { sheet, rows } = workbook.rows(options.sheet);
  if (rows.length === 0) throw new AppError('validation', 'This sheet is empty. Choose the sheet that holds the chronology.');
  requireColumns(rows);
  return { format: 'xlsx', encoding: null, sheets: workbook.sheets, sheet, date1904: workbook.date1904, rows };
}

function requireColumns(rows: RawRow[]): void {
  if (!rows.some((row) => row.cells.filter((cell) => cell !== null).length >= 2)) {
    throw new AppError(
      'validation',
      'No table was found in this file: no row has two or more columns. A chronology needs at least a date and an event column; save it from the spreadsheet as .xlsx, or as CSV with commas, tabs or semicolons between columns.',
    );
  }
}

function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** A zip's local file header (or the end record of an empty zip): xlsx, ods, docx… */
const zipMagics = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
];
const cfbMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

function contains(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(text, 0, 'latin1');
}

const otherDocuments: Record<string, string> = {
  xls: 'This is an old-style Excel .xls file. Open it in Excel and save it as .xlsx or CSV, then import that copy.',
  xlsb: 'This is an Excel binary workbook (.xlsb). Open it in Excel and save it as .xlsx or CSV, then import that copy.',
  ods: 'This is an OpenDocument spreadsheet (.ods). Open it and save it as .xlsx or CSV, then import that copy.',
  doc: 'This is a Word document, not a spreadsheet. Ask the agency for its chronology as .xlsx or CSV, or copy the table into Excel and save it as .xlsx.',
  docx: 'This is a Word document, not a spreadsheet. Ask the agency for its chronology as .xlsx or CSV, or copy the table into Excel and save it as .xlsx.',
  odt: 'This is a text document, not a spreadsheet. Ask the agency for its chronology as .xlsx or CSV.',
  rtf: 'This is a text document, not a spreadsheet. Ask the agency for its chronology as .xlsx or CSV.',
  pdf: 'This is a PDF, which the app cannot read tables from. Ask the agency for its chronology as .xlsx or CSV.',
  numbers: 'This is an Apple Numbers file. Export it as .xlsx or CSV, then import that copy.',
  pptx: 'This is a PowerPoint file, not a spreadsheet. Ask the agency for its chronology as .xlsx or CSV.',
  ppt: 'This is a PowerPoint file, not a spreadsheet. Ask the agency for its chronology as .xlsx or CSV.',
  zip: 'This is a zip archive. Unzip it and import the chronology file inside.',
};

function refuse(kind: string): never {
  throw new AppError('validation', `${otherDocuments[kind]!} ${supported}`);
}

/** What the file is, by its first bytes first and its extension second; other formats are refused. */
function sniff(bytes: Uint8Array, extension: string): 'xlsx' | 'text' {
  if (zipMagics.some((magic) => startsWith(bytes, magic))) {
    if (contains(bytes, 'xl/workbook.xml')) return 'xlsx';
    if (contains(bytes, 'opendocument.spreadsheet')) refuse('ods');
    if (contains(bytes, 'opendocument.text')) refuse('odt');
    if (contains(bytes, 'word/')) refuse('docx');
    if (contains(bytes, 'ppt/')) refuse('pptx');
    if (contains(bytes, 'xl/workbook.bin')) refuse('xlsb');
    return 'xlsx';
  }
  if (startsWith(bytes, cfbMagic)) {
    if (extension === 'doc' || extension === 'ppt') refuse(extension);
    throw new AppError(
      'validation',
      `This is an old-style Excel .xls file, or a password-protected workbook. Open it in Excel and save it as .xlsx (without a password) or CSV, then import that copy. ${supported}`,
    );
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) refuse('pdf');
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) refuse('rtf');
  if (extension in otherDocuments) refuse(extension);
  if (extension === 'xlsx' || extension === 'xlsm') {
    throw new AppError('validation', 'This file is named .xlsx but is not an Excel workbook: it may be damaged. Open it in Excel and save it again as .xlsx or CSV, then import that copy.');
  }
  return 'text';
}
