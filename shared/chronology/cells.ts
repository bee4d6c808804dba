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

/**
 * A header row's column names: each cell's text trimmed, a blank one "Column N" (1-based), and a
 * repeated one numbered ("Notes", "Notes (2)") so that no column's values hide another's when
 * rows are kept as header → text.
 */
export function headerNames(row: RawRow): string[] {
  const seen = new Map<string, number>();
  return row.cells.map((cell, index) => {
    const name = cellText(cell).trim() || `Column ${index + 1}`;
    const count = (seen.get(name.toLowerCase()) ?? 0) + 1;
    seen.set(name.toLowerCase(), count);
    return count === 1 ? name : `${name} (${count})`;
  });
}
