/**
 * The composite chronology: every agency's entries in one order, filtered, named or anonymised.
 *
 * Filtering 50,000 entries must feel instant, so a review's entries are read once into memory, in
 * composite order straight from the index that holds it (composite-repository.ts), and dropped
 * whenever anything about them is written that cannot be patched in place. The lower-cased text
 * the word filter searches is built on the first search, not on the first view. A window of the
 * composite with no filter (its first page) is read from the index alone, without the rest. The
 * cache hangs off the open workspace: locking drops it; and only the reviews used last are kept.
 */
import type { ChronologyFilter, EntryPatch } from '../../../shared/chronology/schemas';
import { textFields } from '../../../shared/chronology/types';
import type { ChronologyEntry, ChronologyList } from '../../../shared/chronology/views';
import { AppError } from '../../../shared/errors';
import { anonymiserFor, type Db, type Kernel, read, requireReview, timestamp, write } from '../kernel';
import { countEntries, entryAgencies, readComposite, sortAgencies, type Window } from './composite-repository';
import { getEntry, updateEntryColumns } from './entry-repository';
import { entryRelations } from './link-repository';

interface View {
  entries: ChronologyEntry[];
  /** Lower-cased text of each entry, same order, for the word filter; built on the first search. */
  haystacks: string[] | null;
}

interface ReviewCache {
  named: View;
  anonymised: { key: string; view: View } | null;
  agencies: string[];
}

/**
 * Reviews whose composite stays in memory (the most recently used). A reviewer works in one
 * review at a time; a workspace of twenty 10,000-entry reviews must not hold them all.
 */
const keptReviews = 2;

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

/** Call after any write that touches a review's entries, links or episodes and is not patched in. */
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

/** What the word filter searches: every text of the entry as shown, lower-cased. */
function searchText(entry: ChronologyEntry): string {
  const parts = [entry.date.text, entry.agency, entry.analysis ?? '', ...Object.values(entry.extra)];
  for (const field of textFields) if (field !== 'agency') parts.push(entry[field] ?? '');
  return parts.join('\n').toLowerCase();
}

function haystacksOf(view: View): string[] {
  return (view.haystacks ??= view.entries.map(searchText));
}

function cached(context: Kernel, db: Db, reviewId: string): ReviewCache {
  const map = cachesOf(context);
  let cache = map.get(reviewId);
  if (cache) {
    // Most recently used last: the first in the map is the one to let go.
    map.delete(reviewId);
  } else {
    const entries = readComposite(db, reviewId);
    cache = { named: { entries, haystacks: null }, anonymised: null, agencies: sortAgencies(entries.map((entry) => entry.agency)) };
  }
  map.set(reviewId, cache);
  while (map.size > keptReviews) map.delete(map.keys().next().value!);
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

function view(db: Db, cache: ReviewCache, reviewId: string, anonymised: boolean): View {
  if (!anonymised) return cache.named;
  const { key, anonymise } = anonymiserFor(db, reviewId);
  if (cache.anonymised?.key !== key) cache.anonymised = { key, view: { entries: anonymiseEntries(cache.named.entries, anonymise), haystacks: null } };
  return cache.anonymised.view;
}

/** The filter as a test of one entry; `haystack` is read only when the filter has words. */
export function matches(filter: ChronologyFilter): (entry: ChronologyEntry, haystack: () => string) => boolean {
  const agencies = filter.agencies?.length ? new Set(filter.agencies) : null;
  const significance = filter.significance?.length ? new Set(filter.significance.map((value) => value.toLowerCase())) : null;
  const words = filterWords(filter);
  return (entry, haystack) =>
    (!agencies || agencies.has(entry.agency)) &&
    // A range overlaps the period asked for: an uncertain date is shown wherever it may fall.
    (!filter.from || entry.date.end >= filter.from) &&
    (!filter.to || entry.date.start <= filter.to) &&
    (!significance || significance.has((entry.significance ?? '').toLowerCase())) &&
    (!filter.episodeId || entry.episodeIds.includes(filter.episodeId)) &&
    (!filter.flagged || entry.flags.length > 0) &&
    (words.length === 0 || words.every((word) => haystack().includes(word)));
}

function filterWords(filter: ChronologyFilter): string[] {
  return (filter.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

interface ListRequest {
  reviewId: string;
  filter?: ChronologyFilter | undefined;
  anonymised: boolean;
  window?: Window | undefined;
}

export function listChronology(context: Kernel, input: ListRequest): ChronologyList {
  return read(context, (db) => {
    requireReview(db, input.reviewId);
    const { window } = input;
    if (window && !input.filter && !cachesOf(context).has(input.reviewId)) return firstWindow(db, input.reviewId, window, input.anonymised);
    const cache = cached(context, db, input.reviewId);
    const shown = view(db, cache, input.reviewId, input.anonymised);
    let entries = shown.entries;
    if (input.filter) {
      const test = matches(input.filter);
      const haystacks = filterWords(input.filter).length > 0 ? haystacksOf(shown) : [];
      entries = entries.filter((entry, position) => test(entry, () => haystacks[position]!));
    }
    const agencies = input.anonymised ? sortAgencies(shown.entries.map((entry) => entry.agency)) : cache.agencies;
    const matched = entries.length;
    if (window) entries = entries.slice(window.offset, window.offset + window.limit);
    return { entries, total: shown.entries.length, matched, agencies };
  });
}

/**
 * A window of the unfiltered composite before the review is in memory: a range read of the order
 * index, the count and the agencies, and nothing else. Anonymised, only the window's texts (and
 * the agencies' names) go through the people register.
 */
function firstWindow(db: Db, reviewId: string, window: Window, anonymised: boolean): ChronologyList {
  const entries = readComposite(db, reviewId, window);
  const total = countEntries(db, reviewId);
  const agencies = entryAgencies(db, reviewId);
  if (!anonymised) return { entries, total, matched: total, agencies };
  const { anonymise } = anonymiserFor(db, reviewId);
  return { entries: anonymiseEntries(entries, anonymise), total, matched: total, agencies: sortAgencies(agencies.map(anonymise)) };
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
      if (cache.named.haystacks) cache.named.haystacks[position] = searchText(entry);
      cache.anonymised = null;
    }
    return entry;
  });
}
