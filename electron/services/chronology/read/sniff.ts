/**
 * What a file is, by its first bytes first and its name second. An .xlsx workbook, a Word
 * document (.docx) and text go on to be read; every other kind of document is refused with what
 * to do instead, naming the formats the app reads.
 */
import { AppError } from '../../../../shared/errors';

export const supportedFormats = 'The app reads Word documents (.docx) with the chronology in a table, .xlsx workbooks, and CSV, TSV or semicolon-separated text files.';

/** A zip's local file header (or the end record of an empty zip): xlsx, ods, docx… */
const zipMagics = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
];
/** Microsoft's compound file: .xls, .doc, .ppt, and any password-protected Office file. */
const cfbMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const pdfMagic = [0x25, 0x50, 0x44, 0x46]; // %PDF
const rtfMagic = [0x7b, 0x5c, 0x72, 0x74, 0x66]; // {\rtf

const saveAs = 'Open it in Excel and save it as .xlsx or CSV, then import that copy.';
const saveAsDocx = 'Open it in Word and save it as a Word document (.docx), then import that copy.';
const askFor = 'Ask the agency for its chronology as a table in a Word document (.docx), as .xlsx or as CSV.';

const otherDocuments: Readonly<Record<string, string>> = {
  xls: `This is an old-style Excel .xls file, or a password-protected workbook. Open it in Excel and save it as .xlsx (without a password) or CSV, then import that copy.`,
  xlsb: `This is an Excel binary workbook (.xlsb). ${saveAs}`,
  ods: 'This is an OpenDocument spreadsheet (.ods). Open it and save it as .xlsx or CSV, then import that copy.',
  doc: `This is an old-style Word .doc file, which the app cannot read. ${saveAsDocx}`,
  docxProtected:
    'This Word document is password-protected, so the app cannot open it. Open it in Word, remove the password (File, Info, Protect Document, Encrypt with Password, and clear the password), save it, then import that copy.',
  docxDamaged: 'This file is named as a Word document but is not one the app can open: it may be damaged. Open it in Word and save it again as .docx, then import that copy.',
  odt: `This is an OpenDocument text file (.odt). ${saveAsDocx}`,
  rtf: `This is a Rich Text (.rtf) document. ${saveAsDocx}`,
  pdf: `This is a PDF, which the app cannot read tables from. ${askFor}`,
  ppt: `This is a PowerPoint file, not a spreadsheet. ${askFor}`,
  pptx: `This is a PowerPoint file, not a spreadsheet. ${askFor}`,
  numbers: 'This is an Apple Numbers file. Export it as .xlsx or CSV, then import that copy.',
  zip: 'This is a zip archive. Unzip it and import the chronology file inside.',
  markup: `This is a web page or an XML spreadsheet, which some systems save with an .xls name. ${saveAs}`,
  damaged: 'This file is named as an Excel workbook but is not one the app can open: it may be damaged. Open it in Excel and save it again as .xlsx or CSV, then import that copy.',
};

/** Refused by name alone (a file named .xls or .xlsx that is not Office binary is tried as text). */
const refusedByName = new Set(['xlsb', 'ods', 'doc', 'odt', 'rtf', 'pdf', 'ppt', 'pptx', 'numbers', 'zip']);
/** Word's names for a document that is a zip (a macro-enabled one reads the same). */
const wordNames = new Set(['docx', 'docm', 'dotx']);

export type OtherDocument = keyof typeof otherDocuments;

export function refuse(kind: OtherDocument): never {
  throw new AppError('validation', `${otherDocuments[kind]!} ${supportedFormats}`);
}

/** The file's extension, lower case, without the dot; '' when it has none. */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/**
 * 'xlsx' for a zip that is (or may be) a workbook; 'docx' for one that is (or is named as) a Word
 * document; 'text' for anything else not refused here. A file named .xls or .xlsx that is not
 * Office binary is read as text: older case-management systems save tab-separated text (or a web
 * page, refused once decoded) under those names.
 */
export function sniff(bytes: Uint8Array, extension: string): 'xlsx' | 'docx' | 'text' {
  if (zipMagics.some((magic) => startsWith(bytes, magic))) {
    if (contains(bytes, 'xl/workbook.xml')) return 'xlsx';
    if (contains(bytes, 'xl/workbook.bin')) refuse('xlsb');
    if (contains(bytes, 'opendocument.spreadsheet')) refuse('ods');
    if (contains(bytes, 'opendocument.text')) refuse('odt');
    if (contains(bytes, 'word/')) return 'docx';
    if (contains(bytes, 'ppt/')) refuse('pptx');
    if (extension === 'zip' || extension === 'numbers') refuse(extension);
    // A document or workbook whose directory is damaged: its reader says so.
    return wordNames.has(extension) ? 'docx' : 'xlsx';
  }
  // Word keeps a password-protected .docx in a compound file: only its name says it is Word's.
  if (startsWith(bytes, cfbMagic)) refuse(wordNames.has(extension) ? 'docxProtected' : extension === 'doc' || extension === 'ppt' ? extension : 'xls');
  if (startsWith(bytes, pdfMagic)) refuse('pdf');
  if (startsWith(bytes, rtfMagic)) refuse('rtf');
  if (refusedByName.has(extension)) refuse(extension as OtherDocument);
  if (wordNames.has(extension)) refuse('docxDamaged');
  return 'text';
}

/** Text that is HTML or XML (a web page or Excel 2003 XML saved as .xls), not a delimited table. */
export function isMarkup(text: string): boolean {
  return /^\s*<(?:!doctype\s+html|html|\?xml|table|body|head|meta|workbook)\b/i.test(text.slice(0, 2048));
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

function contains(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(text, 0, 'latin1');
}
