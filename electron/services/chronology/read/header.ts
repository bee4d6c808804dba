/**
 * Finding the header row: agencies put title rows, a subject line and blank rows above it. Among
 * the first rows, the header is the one whose cells look most like chronology column names —
 * short text, many of them known names; on a tie the first wins (so a header repeated
 * mid-sheet, at a page break, is never taken for the real one).
 */
import type { RawRow } from '../../../../shared/chronology/types';
import { cellText, headerNames } from '../../../../shared/chronology/cells';
import { fieldForHeader } from './mapping';

/** How many rows from the top are considered. */
const headerSearchRows = 20;
/** Header names are short. */
const shortText = 40;

export interface DetectedHeader {
  /** An index into the rows array (not a row number). */
  headerIndex: number;
  headers: string[];
}

export function detectHeader(rows: RawRow[]): DetectedHeader {
  let best: { index: number; score: number } | null = null;
  let firstWide: number | null = null;
  const limit = Math.min(rows.length, headerSearchRows);
  for (let index = 0; index < limit; index++) {
    const cells = rows[index]!.cells;
    const filled = cells.filter((cell) => cell !== null && cellText(cell).trim() !== '');
    if (filled.length < 2) continue;
    firstWide ??= index;
    let known = 0;
    let short = 0;
    for (const cell of filled) {
      if (typeof cell !== 'string') continue;
      const text = cell.trim();
      if (text.length > shortText || text.includes('\n')) continue;
      short++;
      if (fieldForHeader(text)) known++;
    }
    if (known === 0) continue;
    // Known names count most; other short text a little; long text or numbers/dates count against.
    const score = known * 3 + short - (filled.length - short);
    if (!best || score > best.score) best = { index, score };
  }
  const headerIndex = best?.index ?? firstWide ?? 0;
  const row = rows[headerIndex];
  return { headerIndex, headers: row ? headerNames(row) : [] };
}
