/**
 * Finding the header row: agencies put title rows, a subject line and blank rows above it. Among
 * the first rows, the header is the one whose cells look most like chronology column names —
 * short text without figures, many of them known names; on a tie the first wins (so a header
 * repeated mid-sheet, at a page break, is never taken for the real one).
 */
import type { RawRow } from '../../../../shared/chronology/types';
import { cellText, headerNames } from '../../../../shared/chronology/cells';
import { matchHeader } from './header-names';

/** How many rows from the top are considered (templates put instructions above the table). */
const headerSearchRows = 30;
/** Header names are short. */
const shortText = 40;
/** What a known name is worth: an exact one three times a looser one ("Incident details"). */
const exactWeight = 3;
const looseWeight = 1;
/** A row needs one exact name or three looser ones: a data row ("Social worker") seldom has that. */
const minimumNames = 3;

export interface DetectedHeader {
  /** An index into the rows array (not a row number). */
  headerIndex: number;
  /** The header row's names; a blank one is "Column N". */
  headers: string[];
}

/**
 * The header row, or — when no row names enough known columns — the first row of two or more
 * cells (the user can choose another in the preview).
 */
export function detectHeader(rows: readonly RawRow[]): DetectedHeader {
  let best: { index: number; score: number } | null = null;
  let firstWide: number | null = null;
  const limit = Math.min(rows.length, headerSearchRows);
  for (let index = 0; index < limit; index++) {
    const filled = rows[index]!.cells.filter((cell) => cell !== null && cellText(cell).trim() !== '');
    if (filled.length < 2) continue;
    firstWide ??= index;
    let names = 0;
    let headerLike = 0;
    for (const cell of filled) {
      if (typeof cell !== 'string') continue;
      const text = cell.trim();
      // Dates, times, references and counts have figures; header names seldom do.
      if (text.length > shortText || text.includes('\n') || /\d/.test(text)) continue;
      headerLike++;
      const match = matchHeader(text);
      if (match) names += match.exact ? exactWeight : looseWeight;
    }
    if (names < minimumNames) continue;
    // Known names count most; other short text a little; long text, figures, numbers and dates count against.
    const score = names + headerLike - (filled.length - headerLike);
    if (!best || score > best.score) best = { index, score };
  }
  const headerIndex = best?.index ?? firstWide ?? 0;
  const row = rows[headerIndex];
  return { headerIndex, headers: row ? headerNames(row) : [] };
}
