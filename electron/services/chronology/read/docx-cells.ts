/** One cell of a Word table as it is read, and where it goes in its row once read (docx-tables.ts). */
import type { RawCell } from '../../../../shared/chronology/types';

export interface DocxRow {
  cells: RawCell[];
  /** Marked as a header row Word repeats at the top of each page (w:tblHeader). */
  repeatedHeader: boolean;
}

export interface CellState {
  paragraphs: string[];
  paragraph: string;
  characters: number;
  span: number;
  vMerge: 'restart' | 'continue' | null;
  covered: boolean;
}

export interface TableState {
  rows: DocxRow[];
  /** The text of the cell starting a vertical merge, by grid column. */
  merged: Map<number, RawCell>;
}

export interface RowState {
  cells: RawCell[];
  repeatedHeader: boolean;
  /** Deleted with track changes on: Word shows it struck through, or not at all. */
  deleted: boolean;
  /** Grid columns the row leaves empty before its first cell (w:gridBefore). */
  gridBefore: number;
}

export function newCell(): CellState {
  return { paragraphs: [], paragraph: '', characters: 0, span: 1, vMerge: null, covered: false };
}

/** Puts a finished cell in its row: after any columns the row skips, then the columns it spans. */
export function placeCell(cell: CellState, row: RowState, table: TableState): void {
  if (row.cells.length === 0) for (let skipped = 0; skipped < row.gridBefore; skipped++) row.cells.push(null);
  const column = row.cells.length;
  const text = [...cell.paragraphs, cell.paragraph].join('\n').trim();
  let value: RawCell = cell.covered || text === '' ? null : text;
  if (cell.vMerge === 'restart') table.merged.set(column, value);
  // A continuing cell is empty in Word's XML; should it hold text of its own, that text wins.
  else if (cell.vMerge === 'continue') value ??= table.merged.get(column) ?? null;
  else table.merged.delete(column);
  row.cells.push(value);
  for (let covered = 1; covered < cell.span; covered++) row.cells.push(null);
}
