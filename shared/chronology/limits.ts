/**
 * The bounds on one imported agency file, in one place: the reader enforces them, its refusals
 * quote them, the mapping schema and docs/security.md state the same numbers. Each is far above
 * a real return (a few thousand rows, 10–20 columns, cells of a few thousand characters) and far
 * below what exhausts a laptop's memory (a 1,500,000-row workbook took 3.4 GB to read).
 */

export interface ImportLimits {
  /** The file's size on disk. */
  fileBytes: number;
  /** Rows read from the file or sheet, the header and any blank rows included. */
  rows: number;
  /** Columns of the widest row. */
  columns: number;
  /** Characters in any one cell. */
  cellCharacters: number;
  /** An .xlsx is a zip: the size of all its parts once unpacked. */
  unpackedBytes: number;
  /** How many times larger than its packed size a big part may unpack to. */
  packingRatio: number;
  /** Parts smaller than this unpacked are not held to `packingRatio`: they cannot exhaust memory. */
  ratioCheckedFromBytes: number;
}

const megabyte = 1024 * 1024;

export const importLimits: Readonly<ImportLimits> = {
  fileBytes: 50 * megabyte,
  rows: 250_000,
  columns: 200,
  // Excel's own limit: any cell Excel can save is accepted.
  cellCharacters: 32_767,
  // exceljs holds about 15 times the unpacked XML in memory (measured: 536 MB for 34 MB), and the
  // core's heap is 4 GB: 200 MB (about 3 GB) is the most it can open safely.
  unpackedBytes: 200 * megabyte,
  packingRatio: 100,
  ratioCheckedFromBytes: megabyte,
};

/** 1,500,000 — the house style for numbers users read. */
export function formatCount(n: number): string {
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "50 MB", "50.1 MB" (rounded up, so a file just over a limit never reads as at it); under 1 MB in KB. */
export function formatBytes(bytes: number): string {
  if (bytes < megabyte) return `${formatCount(Math.ceil(bytes / 1024))} KB`;
  const tenths = Math.ceil((bytes / megabyte) * 10);
  return `${formatCount(Math.floor(tenths / 10))}${tenths % 10 === 0 ? '' : `.${tenths % 10}`} MB`;
}

/** What a zip holds: a workbook (.xlsx) or a Word document (.docx); the advice differs. */
export type PackedKind = 'workbook' | 'document';

const split = 'Split the file into smaller ones and import each.';

/** The words for a file over a limit: the file, what it has, the most one import takes, what to do. */
export const overLimit = {
  fileBytes: (file: string, bytes: number, limits: ImportLimits = importLimits): string =>
    `${file} is ${formatBytes(bytes)}; the most one import can take is ${formatBytes(limits.fileBytes)}. Ask the agency for only the chronology sheet, or split the file into smaller ones and import each.`,
  rows: (subject: string, rows: number, limits: ImportLimits = importLimits, atLeast = false): string =>
    `${subject} has ${atLeast ? 'more than ' : ''}${formatCount(rows)} rows; the most one import can take is ${formatCount(limits.rows)}. ${split}`,
  columns: (file: string, columns: number, limits: ImportLimits = importLimits): string =>
    `${file} has ${formatCount(columns)} columns; the most one import can take is ${formatCount(limits.columns)}. Check it is the agency's chronology; if it is, remove the columns the review does not need and import that copy.`,
  cellCharacters: (file: string, rowNumber: number, characters: number, limits: ImportLimits = importLimits): string =>
    `${file} has a cell of ${formatCount(characters)} characters (in row ${formatCount(rowNumber)}); the most a cell can hold is ${formatCount(limits.cellCharacters)}. Shorten that cell, or split it across rows, and import that copy.`,
  unpackedBytes: (file: string, limits: ImportLimits = importLimits, kind: PackedKind = 'workbook'): string =>
    `${file} unpacks to more than ${formatBytes(limits.unpackedBytes)}, the most one import can take: it is either far larger than a chronology or built to exhaust memory. ${
      kind === 'workbook' ? 'Open it in Excel and save only the chronology sheet as .xlsx or CSV' : 'Copy only the chronology table into a new Word document and save it as .docx'
    }, then import that copy.`,
  packingRatio: (file: string, limits: ImportLimits = importLimits, kind: PackedKind = 'workbook'): string =>
    `${file} is packed more than ${formatCount(limits.packingRatio)} times smaller than its contents, which real ${kind === 'workbook' ? 'workbooks' : 'documents'} never are: it may be built to exhaust memory. ${
      kind === 'workbook' ? 'Open it in Excel and save it again as .xlsx or CSV' : 'Open it in Word and save it again as .docx'
    }, then import that copy.`,
  /** For the mapping schema, which sees no file. */
  mappingColumns: (limits: ImportLimits = importLimits): string =>
    `A chronology can have at most ${formatCount(limits.columns)} columns. Remove the columns the review does not need and import the file again`,
};
