/** Pure pieces of the chronology store: how a saved entry, an episode change or its form reach the state. */
import type { ChronologyEntry } from '../../../shared/chronology/views';
import type { EpisodeFields } from './store';

export function significances(known: readonly string[], entries: readonly ChronologyEntry[]): string[] {
  const all = new Set(known);
  for (const entry of entries) if (entry.significance) all.add(entry.significance);
  return all.size === known.length ? (known as string[]) : [...all].sort((a, b) => a.localeCompare(b));
}

export function withEpisodes(entries: ChronologyEntry[], ids: ReadonlySet<string>, episodeId: string, assigned: boolean): ChronologyEntry[] {
  return entries.map((entry) => {
    if (!ids.has(entry.id) || entry.episodeIds.includes(episodeId) === assigned) return entry;
    return { ...entry, episodeIds: assigned ? [...entry.episodeIds, episodeId] : entry.episodeIds.filter((id) => id !== episodeId) };
  });
}

/** An episode's fields as the core takes them: empty dates and summary are "not set". */
export function episodeInput(fields: EpisodeFields) {
  return { title: fields.title.trim(), start: fields.start || undefined, end: fields.end || undefined, summary: fields.summary.trim() || undefined };
}
