/** A chronology filter in words, for an export that holds only what the filtered view showed. */
import type { ChronologyFilter } from './schemas';

const dayFirst = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** e.g. "agency Police or School; from 01/03/2019; containing “strategy”"; null when nothing narrows the view. */
export function describeFilter(filter: ChronologyFilter | undefined, episodeTitle?: string | null): string | null {
  if (!filter) return null;
  const parts: string[] = [];
  if (filter.agencies?.length) parts.push(`agency ${filter.agencies.join(' or ')}`);
  if (filter.from) parts.push(`from ${dayFirst(filter.from)}`);
  if (filter.to) parts.push(`to ${dayFirst(filter.to)}`);
  if (filter.significance?.length) parts.push(`significance ${filter.significance.join(' or ')}`);
  if (filter.episodeId) parts.push(`key practice episode “${episodeTitle ?? 'removed'}”`);
  if (filter.text) parts.push(`containing “${filter.text}”`);
  if (filter.flagged) parts.push('flagged entries only');
  return parts.length > 0 ? parts.join('; ') : null;
}
