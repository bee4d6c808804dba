/**
 * Suggesting which chronology field each source column feeds, from its header name; a stable
 * signature of a header row (to find a saved mapping for the same agency format); and the agency
 * a file probably comes from, by its name.
 */
import type { ChronologyField, ColumnMapping } from '../../../../shared/chronology/types';
import { matchHeader, normaliseHeader } from './header-names';

export { fieldForHeader, fieldSynonyms, matchHeader, normaliseHeader, type HeaderMatch } from './header-names';
export { inferAgency } from './agency';

/**
 * One column per field: the column whose header names it best (an exact name before a looser
 * one, an earlier synonym before a later one, the first column on a tie). The rest stay null, so
 * their values are kept with each entry under their header.
 */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = headers.map(() => null);
  const best = new Map<ChronologyField, { column: number; rank: number }>();
  headers.forEach((header, column) => {
    const match = matchHeader(header);
    if (!match) return;
    const current = best.get(match.field);
    if (!current || match.rank < current.rank) best.set(match.field, { column, rank: match.rank });
  });
  for (const [field, { column }] of best) mapping[column] = field;
  return mapping;
}

/** A stable key for a header row: its normalised names, in order ("Date/Time" and "date - time" agree). */
export function formatSignature(headers: readonly string[]): string {
  return headers.map(normaliseHeader).join('|');
}
