/**
 * Text → rows, for CSV, TSV and semicolon-separated files. Papa Parse does the parsing: it read
 * a 25,000-row file in 60–95 ms against csv-parse's 190–230 ms (docs/benchmarks.md). The
 * delimiter is the one that gives the most consistent column count over the first few KB.
 * Every record is a row, blank lines included (as rows of empty cells), numbered as a
 * spreadsheet application would show it.
 */
import Papa from 'papaparse';
import { AppError } from '../../../../shared/errors';
import { importLimits, type ImportLimits } from '../../../../shared/chronology/limits';
import type { RawRow } from '../../../../shared/chronology/types';
import { checkDelimitedBounds } from './delimited-bounds';

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

/** `preferred` (from the file's extension) wins ties; `bounds` name the file in a refusal and hold its limits. */
export function readDelimited(text: string, preferred?: DelimitedFormat, bounds: { fileName: string; limits: ImportLimits } = { fileName: 'This file', limits: importLimits }): DelimitedTable {
  const format = detectDelimiter(text, preferred);
  const delimiter = delimiters.find((d) => d.format === format)!.delimiter;
  checkDelimitedBounds(text, delimiter, bounds.fileName, bounds.limits);
  let records: string[][];
  try {
    records = parseRecords(text, delimiter);
  } catch (error) {
    throw new AppError('validation', `This file could not be read as ${describe(format)}: ${csvProblem(error)} Open it in a spreadsheet application, save it again as CSV, and import that copy.`);
  }
  const rows: RawRow[] = new Array<RawRow>(records.length);
  for (let index = 0; index < records.length; index++) rows[index] = { rowNumber: index + 1, cells: toCells(records[index]!) };
  while (rows.length > 0 && rows[rows.length - 1]!.cells.every((cell) => cell === null)) rows.pop();
  return { format, rows };
}

/** Empty is null. The parser's own array is reused: a second array per row is 25,000 more objects to collect. */
function toCells(record: string[]): Array<string | null> {
  const cells: Array<string | null> = record;
  for (let index = 0; index < cells.length; index++) if (cells[index] === '') cells[index] = null;
  return cells;
}

/** A parse that found a quoted cell never closed, at `row` (counted from 0). */
class UnclosedQuote extends Error {
  constructor(readonly row: number) {
    super('unclosed quote');
  }
}

/**
 * Line ends become \n first, whichever system wrote the file (and inside multi-line cells too), so
 * a file mixing CRLF and LF rows splits on every row. A stray quote inside an unquoted cell is kept
 * as text; only a quoted cell that never closes is an error.
 */
function parseRecords(text: string, delimiter: string, preview?: number): string[][] {
  const unmarked = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const body = unmarked.includes('\r') ? unmarked.replace(/\r\n?/g, '\n') : unmarked;
  const result = Papa.parse<string[]>(body, { delimiter, newline: '\n', quoteChar: '"', skipEmptyLines: false, ...(preview === undefined ? {} : { preview }) });
  const unclosed = result.errors.find((error) => error.code === 'MissingQuotes');
  if (unclosed) throw new UnclosedQuote(unclosed.row ?? 0);
  // A final line end gives one last empty record: not a row of the file.
  const records = result.data;
  if (body.endsWith('\n') && records.length > 0 && records[records.length - 1]!.length === 1 && records[records.length - 1]![0] === '') records.pop();
  return records;
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
  if (error instanceof UnclosedQuote) return `a quoted cell is never closed (in row ${error.row + 1}).`;
  return 'its layout is not valid.';
}
