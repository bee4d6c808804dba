/** Cells as text, for headers, previews and the importer. */
import type { RawCell, RawRow } from './types';

/**
 * The text of a cell: a date cell as YYYY-MM-DD, or YYYY-MM-DD HH:MM when it has a time; a
 * number without float noise (0.1 + 0.2 → "0.3"); an empty cell as ''.
 */
export function cellText(cell: RawCell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(Number(cell.toPrecision(15))) : '';
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(cell.date);
  if (!match) return cell.date;
  const [, day, hours, minutes, seconds] = match;
  if (hours === undefined || (hours === '00' && minutes === '00' && (seconds === undefined || seconds === '00'))) return day!;
  return `${day} ${hours}:${minutes}`;
}

/** A header row's column names: each cell's text trimmed, a blank one "Column N" (1-based). */
export function headerNames(row: RawRow): string[] {
  return row.cells.map((cell, index) => cellText(cell).trim() || `Column ${index + 1}`);
}
