/**
 * The composite chronology: every agency's entries in one order, filtered, named or anonymised.
 *
 * Filtering 50,000 entries must feel instant, so each review's entries are read once into memory
 * (already in composite order, with a lower-cased search text per entry) and dropped whenever
 * anything about them is written. The cache hangs off the open workspace: locking drops it.
 */
import type { ChronologyFilter, EntryPatch } from '../../../shared/chronology/schemas';
import { textFields } from '../../../shared/chronology/types';
import type { ChronologyEntry, ChronologyList } from '../../../shared/chronology/views';
import { AppError } from '../../../shared/errors';
import { anonymiserFor, type Db, type Kernel, read, requireReview, timestamp, write } from '../kernel';
import { getEntry, listEntries, updateEntryColumns } from './entry-repository';
import { entryRelations, listDecisions, listEpisodeMemberships } from './link-repository';

interface Indexed {
  entries: ChronologyEntry[];
  /** Lower-cased text of each entry, same order, for the text filter. */
  haystacks: string[];
}

interface ReviewCache {
  named: Indexed;
  anonymised: { key: string; view: Indexed } | null;
  agencies: string[];
}

const caches = new WeakMap<object, Map<string, ReviewCache>>();

function cachesOf(context: Kernel): Map<string, ReviewCache> {
  const open = context.session.require();
  let map = caches.get(open);
  if (!map) {
    map = new Map();
    caches.set(open, map);
  }
  return map;
}

/** Call after any write that touches a review's entries, links or episodes. */
export function invalidate(context: Kernel, reviewId: string): void {
  cachesOf(context).delete(reviewId);
}

/**
 * Applies a change to the cached entries it touches (a link, an episode) instead of reading the
 * whole review again; the anonymised copy is rebuilt on next use. No cache, nothing to do.
 */
export function patchCached(context: Kernel, reviewId: string, change: (entry: ChronologyEntry) => ChronologyEntry | null): void {
  const cache = cachesOf(context).get(reviewId);
  if (!cache) return;
  cache.named.entries.forEach((entry, position) => {
    const changed = change(entry);
    if (changed) cache.named.entries[position] = changed;
  });
  cache.anonymised = null;
}

/** The review's entries in composite order, from the cache (read once). */
export function cachedEntries(context: Kernel, db: Db, reviewId: string): ChronologyEntry[] {
  return cached(context, db, reviewId).named.entries;
}

function searchText(entry: ChronologyEntry): string {
  const parts = [entry.date.text, entry.agency, entry.analysis ?? '', ...Object.values(entry.extra)];
  for (const field of textFields) if (field !== 'agency') parts.push(entry[field] ?? '');
  return parts.join('\n').toLowerCase();
}

function index(entries: ChronologyEntry[]): Indexed {
  return { entries, haystacks: entries.map(searchText) };
}

/** Every entry of a review with its links and episodes, in composite order. */
export function loadEntries(db: Db, reviewId: string): ChronologyEntry[] {
  const links = new Map<string, string[]>();
  for (const [key, decision] of listDecisions(db, reviewId)) {
    if (decision !== 'same') continue;
    const [a, b] = key.split('\u0000') as [string, string];
    links.set(a, [...(links.get(a) ?? []), b]);
    links.set(b, [...(links.get(b) ?? []), a]);
  }
  const episodes = new Map<string, string[]>();
  for (const { episodeId, entryId } of listEpisodeMemberships(db, reviewId)) episodes.set(entryId, [...(episodes.get(entryId) ?? []), episodeId]);
  return listEntries(db, reviewId).map((entry) => ({ ...entry, episodeIds: episodes.get(entry.id) ?? [], linkedIds: links.get(entry.id) ?? [] }));
}

function cached(context: Kernel, db: Db, reviewId: string): ReviewCache {
  const map = cachesOf(context);
  let cache = map.get(reviewId);
  if (!cache) {
    const entries = loadEntries(db, reviewId);
    cache = { named: index(entries), anonymised: null, agencies: [...new Set(entries.map((entry) => entry.agency))].sort((a, b) => a.localeCompare(b)) };
    map.set(reviewId, cache);
  }
  return cache;
}

/** Replaces every person's names, aliases and variants with their pseudonym, in every text of an entry. */
export function anonymiseEntries(entries: readonly ChronologyEntry[], anonymise: (text: string) => string): ChronologyEntry[] {
  return entries.map((entry) => {
    const copy: ChronologyEntry = {
      ...entry,
      date: { ...entry.date, text: anonymise(entry.date.text) },
      agency: anonymise(entry.agency),
      analysis: entry.analysis === null ? null : anonymise(entry.analysis),
      extra: Object.fromEntries(Object.entries(entry.extra).map(([header, value]) => [anonymise(header), anonymise(value)])),
      provenance: { ...entry.provenance, file: anonymise(entry.provenance.file) },
    };
    for (const field of textFields) {
      if (field === 'agency') continue;
      const value = entry[field];
      if (value !== undefined) copy[field] = anonymise(value);
    }
    return copy;
  });
}

function view(db: Db, cache: ReviewCache, reviewId: string, anonymised: boolean): Indexed {
  if (!anonymised) return cache.named;
  const { key, anonymise } = anonymiserFor(db, reviewId);
  if (cache.anonymised?.key !== key) cache.anonymised = { key, view: index(anonymiseEntries(cache.named.entries, anonymise)) };
  return cache.anonymised.view;
}

export function matches(filter: ChronologyFilter): (entry: ChronologyEntry, haystack: string) => boolean {
  const agencies = filter.agencies?.length ? new Set(filter.agencies) : null;
  const significance = filter.significance?.length ? new Set(filter.significance.map((value) => value.toLowerCase())) : null;
  const words = (filter.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return (entry, haystack) =>
    (!agencies || agencies.has(entry.agency)) &&
    // A range overlaps the period asked for: an uncertain date is shown wherever it may fall.
    (!filter.from || entry.date.end >= filter.from) &&
    (!filter.to || entry.date.start <= filter.to) &&
    (!significance || significance.has((entry.significance ?? '').toLowerCase())) &&
    (!filter.episodeId || entry.episodeIds.includes(filter.episodeId)) &&
    (!filter.flagged || entry.flags.length > 0) &&
    words.every((word) => haystack.includes(word));
}

export function listChronology(context: Kernel, input: { reviewId: string; filter?: ChronologyFilter | undefined; anonymised: boolean }): ChronologyList {
  return read(context, (db) => {
    requireReview(db, input.reviewId);
    const cache = cached(context, db, input.reviewId);
    const { entries, haystacks } = view(db, cache, input.reviewId, input.anonymised);
    const test = matches(input.filter ?? {});
    const shown = input.filter ? entries.filter((entry, position) => test(entry, haystacks[position]!)) : entries;
    const agencies = input.anonymised ? [...new Set(entries.map((entry) => entry.agency))].sort((a, b) => a.localeCompare(b)) : cache.agencies;
    return { entries: shown, total: entries.length, agencies };
  });
}

export function requireEntry(db: Db, id: string) {
  const entry = getEntry(db, id);
  if (!entry) throw new AppError('not-found', 'That chronology entry is not in this workspace any more. Look at the chronology again.');
  return entry;
}

export function updateEntry(context: Kernel, patch: EntryPatch): ChronologyEntry {
  return write(context, (db) => {
    const stored = requireEntry(db, patch.id);
    const values: { analysis?: string | null; significance?: string | null } = {};
    if (patch.analysis !== undefined) values.analysis = patch.analysis === '' ? null : patch.analysis;
    if (patch.significance !== undefined) values.significance = patch.significance;
    updateEntryColumns(db, patch.id, values, timestamp(context));
    context.session.audit('chronology.entry-edited', 'chronology-entry', patch.id);
    // One entry changed: patch it in the cache rather than reading 50,000 again.
    const cache = cachesOf(context).get(stored.reviewId);
    const position = cache?.named.entries.findIndex((entry) => entry.id === patch.id) ?? -1;
    const entry: ChronologyEntry = { ...requireEntry(db, patch.id), ...entryRelations(db, patch.id) };
    if (cache && position >= 0) {
      cache.named.entries[position] = entry;
      cache.named.haystacks[position] = searchText(entry);
      cache.anonymised = null;
    }
    return entry;
  });
}
