/**
 * The composite's filters as the form holds them (empty strings for "any"), and what the core is
 * sent: only the parts that narrow anything, so "no filter" is sent as none.
 */
import type { ChronologyFilter } from '../../../shared/chronology/schemas';

export interface FilterFields {
  agencies: string[];
  /** YYYY-MM-DD or ''. */
  from: string;
  to: string;
  significance: string[];
  /** '' for any. */
  episodeId: string;
  text: string;
  flagged: boolean;
}

export const noFilter: FilterFields = { agencies: [], from: '', to: '', significance: [], episodeId: '', text: '', flagged: false };

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

export function toChronologyFilter(fields: FilterFields): ChronologyFilter | undefined {
  const filter: ChronologyFilter = {};
  if (fields.agencies.length > 0) filter.agencies = fields.agencies;
  if (isDay(fields.from)) filter.from = fields.from;
  if (isDay(fields.to)) filter.to = fields.to;
  if (fields.significance.length > 0) filter.significance = fields.significance;
  if (fields.episodeId) filter.episodeId = fields.episodeId;
  const text = fields.text.trim();
  if (text) filter.text = text.slice(0, 200);
  if (fields.flagged) filter.flagged = true;
  return Object.keys(filter).length > 0 ? filter : undefined;
}

/** How many of the filters narrow the composite (0: it shows every entry). */
export function filtersApplied(fields: FilterFields): number {
  return Object.keys(toChronologyFilter(fields) ?? {}).length;
}

/**
 * The filter with every value a person could be named in passed through the anonymiser, so a
 * search typed in the named view never shows a real name once the view is anonymised.
 */
export function anonymiseFilter(fields: FilterFields, anonymise: (text: string) => string): FilterFields {
  return {
    ...fields,
    agencies: fields.agencies.map(anonymise),
    significance: fields.significance.map(anonymise),
    text: anonymise(fields.text),
  };
}

export function sameFilter(a: FilterFields, b: FilterFields): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
