/**
 * Text → rows, for CSV, TSV and semicolon-separated files (csv-parse does the parsing). The
 * delimiter is the one that gives the most consistent column count over the first few KB.
 * Every record is a row, blank lines included (as rows of empty cells), numbered as a
 * spreadsheet application would show it.
 */
import { parse } from 'csv-parse/sync';
import { AppError } from '../../../../shared/errors';
import type { RawRow } from '../../../../shared/chronology/types';

export type DelimitedFormat = 'csv' | 'tsv' | 'semicolon';

const delimiters: ReadonlyArray<{ delimiter: string; format: DelimitedFormat }> = [
  { delimiter: ',', format: 'csv' },
  { delimiter: '\t', format: 'tsv' },
  { delimiter: ';', format: 'semicolon' },
];

const sampleChars = 16384;
const sampleRecords = 50;

export interface DelimitedTable {
  format: DelimitedFormat;
  rows: RawRow[];
}

/** `preferred` (from the file's extension) wins ties. */
export function readDelimited(text: string, preferred?: DelimitedFormat): DelimitedTable {
  const format = detectDelimiter(text, preferred);
  const delimiter = delimiters.find((d) => d.format === format)!.delimiter;
  let records: string[][];
  try {
    records = parseRecords(text, delimiter);
  } catch (error) {
    throw new AppError('validation', `This file could not be read as ${describe(format)}: ${csvProblem(error)} Open it in a spreadsheet application, save it again as CSV, and import that copy.`);
  }
  const rows: RawRow[] = records.map((record, index) => ({
    rowNumber: index + 1,
    cells: record.length === 1 && record[0] === '' ? [null] : record.map(toCell),
  }));
  while (rows.length > 0 && rows[rows.length - 1]!.cells.every((cell) => cell === null)) rows.pop();
  return { format, rows };
}

/** Empty is null; a multi-line cell's line ends are \n whichever system wrote it. */
function toCell(value: string): string | null {
  if (value === '') return null;
  return value.includes('\r') ? value.replace(/\r\n?/g, '\n') : value;
}

function parseRecords(text: string, delimiter: string, to?: number): string[][] {
  return parse(text, {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    bom: true,
    ...(to === undefined ? {} : { to }),
  });
}

export function detectDelimiter(text: string, preferred?: DelimitedFormat): DelimitedFormat {
  let best: { format: DelimitedFormat; score: number; columns: number } | null = null;
  const candidates = preferred ? [...delimiters].sort((a, b) => Number(b.format === preferred) - Number(a.format === preferred)) : delimiters;
  for (const { delimiter, format } of candidates) {
    const records = sample(text, delimiter);
    const counts = records.map((record) => record.length).filter((count) => count > 1);
    if (counts.length === 0) continue;
    const frequency = new Map<number, number>();
    for (const count of counts) frequency.set(count, (frequency.get(count) ?? 0) + 1);
    let mode = 0;
    let modeCount = 0;
    for (const [count, times] of frequency) {
      if (times > modeCount || (times === modeCount && count > mode)) {
        mode = count;
        modeCount = times;
      }
    }
    // Consistent rows count most; rows that disagree with the usual count count against it.
    const score = modeCount - (records.length - modeCount) * 0.5;
    if (!best || score > best.score || (score === best.score && mode > best.columns)) best = { format, score, columns: mode };
  }
  return best?.format ?? preferred ?? 'csv';
}

/** The first records of the file; a sample cut inside a quoted cell falls back to the whole text. */
function sample(text: string, delimiter: string): string[][] {
  let head = text;
  if (text.length > sampleChars) {
    const cut = text.lastIndexOf('\n', sampleChars);
    head = cut > 0 ? text.slice(0, cut) : text.slice(0, sampleChars);
  }
  const nonBlank = (records: string[][]) => records.filter((record) => !(record.length === 1 && record[0] === '')).slice(0, sampleRecords);
  try {
    return nonBlank(parseRecords(head, delimiter, sampleRecords * 2));
  } catch {
    try {
      return nonBlank(parseRecords(text, delimiter, sampleRecords * 2));
    } catch {
      return [];
    }
  }
}

function describe(format: DelimitedFormat): string {
  return format === 'tsv' ? 'tab-separated text' : format === 'semicolon' ? 'semicolon-separated CSV' : 'CSV';
}

/**
 * What went wrong, by row only: the parser's own message and details can quote a cell. The row is
 * the record the parser was reading (the records before it came out whole), as a spreadsheet
 * would number it.
 */
function csvProblem(error: unknown): string {
  const details = error as { code?: unknown; records?: unknown };
  const row = typeof details.records === 'number' ? ` (in row ${details.records + 1})` : '';
  if (details.code === 'CSV_QUOTE_NOT_CLOSED') return `a quoted cell is never closed${row}.`;
  return `its layout is not valid${row}.`;
}
