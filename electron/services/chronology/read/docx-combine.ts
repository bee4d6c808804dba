/**
 * A Word document's tables → one table of rows to import. A table is a chronology when its header
 * row (found as for a spreadsheet: title rows above it are passed over) maps to a date column and
 * an event column. Every chronology table is imported, in document order, as one table under the
 * first one's header; a later table's columns are matched to it by name, and a column no earlier
 * table had is added at the end.
 *
 * Row numbers: the rows of the chronology tables are numbered on from 1 in document order, title
 * and header rows included (Word shows no row numbers, so this count is the one the import
 * wizard's list of tables explains: "Table 2, rows 13–20: …"). Rows left out keep their numbers:
 * a title row, the header, a header row Word repeats on each page (w:tblHeader), a row that
 * repeats the header, and a row whose cells are all empty (counted, and reported).
 */
import { AppError } from '../../../../shared/errors';
import { cellText } from '../../../../shared/chronology/cells';
import type { RawCell, RawRow } from '../../../../shared/chronology/types';
import { detectHeader } from './header';
import { matchHeader, normaliseHeader, suggestMapping } from './mapping';
import type { DocxTable } from './docx-tables';

export interface CombinedTables {
  rows: RawRow[];
  /** The chronology tables, described for the wizard: "Table 1, rows 1–12: Date, Agency, Event". */
  tables: string[];
  /** Rows of the chronology tables whose cells were all empty, left out. */
  blankRows: number;
}

interface Chronology {
  table: DocxTable;
  rows: RawRow[];
  headerIndex: number;
  headers: string[];
}

/** How much of a header a message quotes: a few short names. */
const namesShown = 6;
const nameLength = 40;
const tablesShown = 5;

export function combineTables(tables: readonly DocxTable[], fileName: string): CombinedTables {
  if (tables.length === 0) {
    throw new AppError(
      'validation',
      `${fileName} has no tables. The app reads a chronology from a table in a Word document, one row for each event. Check you chose the right file, or ask the agency to send its chronology as a table, as .xlsx or as CSV.`,
    );
  }
  const chronologies: Chronology[] = [];
  let next = 1;
  for (const table of tables) {
    const rows = table.rows.map((row, index) => ({ rowNumber: index + 1, cells: row.cells }));
    const { headerIndex, headers } = detectHeader(rows);
    const mapping = suggestMapping(headers);
    if (!mapping.includes('date') || !mapping.includes('event')) continue;
    // A row wider than the header (a cell added to one row): its extra columns are named as a blank header cell is.
    const width = rows.reduce((widest, row) => Math.max(widest, row.cells.length), 0);
    for (let column = headers.length; column < width; column++) headers.push(`Column ${column + 1}`);
    // Numbered on from the tables before it.
    for (const row of rows) row.rowNumber += next - 1;
    next += rows.length;
    chronologies.push({ table, rows, headerIndex, headers });
  }
  if (chronologies.length === 0) throw new AppError('validation', noChronology(tables, fileName));
  return combine(chronologies);
}

function combine(chronologies: readonly Chronology[]): CombinedTables {
  const first = chronologies[0]!;
  const header: RawRow = { rowNumber: first.rows[first.headerIndex]!.rowNumber, cells: first.rows[first.headerIndex]!.cells.slice() };
  const columns = first.headers.slice();
  const rows: RawRow[] = [header];
  const described: string[] = [];
  let blankRows = 0;
  for (const chronology of chronologies) {
    const place = placeColumns(chronology.headers, columns, header);
    const headerTexts = chronology.rows[chronology.headerIndex]!.cells.map(comparable);
    chronology.rows.forEach((row, index) => {
      if (index <= chronology.headerIndex || chronology.table.rows[index]!.repeatedHeader) return;
      if (row.cells.every((cell) => comparable(cell) === '')) {
        blankRows++;
        return;
      }
      if (row.cells.every((cell, column) => comparable(cell) === (headerTexts[column] ?? ''))) return;
      const cells: RawCell[] = [];
      row.cells.forEach((cell, column) => {
        cells[place[column]!] = cell;
      });
      rows.push({ rowNumber: row.rowNumber, cells });
    });
    const firstRow = chronology.rows[0]!.rowNumber;
    const lastRow = chronology.rows.at(-1)!.rowNumber;
    described.push(`Table ${chronology.table.number}, rows ${firstRow}–${lastRow}: ${quoted(chronology.headers)}`);
  }
  // Every row as wide as the widest, so no column's values sit under another's name.
  // A loop, not Math.max(...rows): spreading 250,000 rows as arguments overflows the stack.
  let width = columns.length;
  for (const row of rows) width = Math.max(width, row.cells.length);
  for (const row of rows) for (let column = 0; column < width; column++) row.cells[column] ??= null;
  return { rows, tables: described, blankRows };
}

/**
 * Where each of a table's columns goes in the combined table: to the first column of the same
 * name (normalised: "Date / Time" is "Date/Time") not yet taken, or to a new column at the end.
 */
function placeColumns(headers: readonly string[], columns: string[], header: RawRow): number[] {
  const taken = new Set<number>();
  return headers.map((name) => {
    const key = normaliseHeader(name);
    let at = columns.findIndex((column, index) => !taken.has(index) && normaliseHeader(column) === key);
    if (at < 0) {
      at = columns.length;
      columns.push(name);
      header.cells[at] = name;
    }
    taken.add(at);
    return at;
  });
}

function comparable(cell: RawCell | undefined): string {
  return cellText(cell ?? null).trim().toLowerCase();
}

/**
 * The refusal for a document with tables but no chronology: each table with its column names —
 * quoted only when its first rows hold a header row (known column names), since any other row
 * may be a row of data, with real names in it.
 */
function noChronology(tables: readonly DocxTable[], fileName: string): string {
  const listed = tables.slice(0, tablesShown).map((table) => {
    const rows = table.rows.map((row, index) => ({ rowNumber: index + 1, cells: row.cells }));
    const { headerIndex, headers } = detectHeader(rows);
    const columns = table.rows.reduce((widest, row) => Math.max(widest, row.cells.length), 0);
    const known = headerIndex < rows.length && looksLikeHeader(headers);
    return known ? `Table ${table.number}: ${quoted(headers)}.` : `Table ${table.number}: ${columns} ${columns === 1 ? 'column' : 'columns'}, no row of column names.`;
  });
  if (tables.length > tablesShown) listed.push(`And ${tables.length - tablesShown} more.`);
  const count = tables.length === 1 ? 'one table, but it does not look' : `${tables.length} tables, but none of them looks`;
  return `${fileName} has ${count} like a chronology: a chronology table needs a row of column names with a date column and an event column (such as "Date" and "Event"). ${listed.join(' ')} Check you chose the right file; if the chronology is there, name its columns in the first row of the table and import the document again.`;
}

/** As header detection counts it: one exact column name, or three looser ones. */
function looksLikeHeader(headers: readonly string[]): boolean {
  const weight = headers.reduce((sum, name) => {
    const match = /\d/.test(name) || name.length > nameLength ? null : matchHeader(name);
    return sum + (match ? (match.exact ? 3 : 1) : 0);
  }, 0);
  return weight >= 3;
}

/** "Date, Agency, Event, …": the first few names, each cut short. */
function quoted(headers: readonly string[]): string {
  const names = headers.slice(0, namesShown).map((name) => (name.length > nameLength ? `${name.slice(0, nameLength - 1)}…` : name));
  return headers.length > namesShown ? `${names.join(', ')}, …` : names.join(', ');
}
