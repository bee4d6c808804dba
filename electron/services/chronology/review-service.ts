/**
 * The chronology's review work after import: likely duplicates and the reviewer's decisions on
 * them, key practice episodes, and rejected rows corrected into entries.
 */
import { findLikelyDuplicates } from '../../../shared/chronology/duplicates';
import { prepareRows } from '../../../shared/chronology/prepare';
import type { EpisodePatch } from '../../../shared/chronology/schemas';
import type { RawRow } from '../../../shared/chronology/types';
import type { ChronologyEntry, DuplicatePair, Episode } from '../../../shared/chronology/views';
import { AppError } from '../../../shared/errors';
import { read, timestamp, write, type RegisterContext } from '../reviews/context';
import { requireReview } from '../reviews/review-service';
import { getRejected, insertEntries, markRejectedFixed, nextSequence } from './entry-repository';
import { anonymiseEntries, anonymiserFor, cachedEntries, invalidate, listChronology, patchCached, requireEntry } from './entries-service';
import { earliestDate, today, toStored } from './import-service';
import { assignEntries, countEntriesInReview, deleteEpisode, getEpisode, insertEpisode, listDecisions, listEpisodes, pairKey, setDecision, updateEpisode } from './link-repository';
import { getSubmissionReading } from './submission-repository';

function describe(entry: ChronologyEntry): string {
  return [entry.eventType, entry.event, entry.action, entry.outcome].filter(Boolean).join('\n');
}

export function likelyDuplicates(context: RegisterContext, input: { reviewId: string; anonymised: boolean }): DuplicatePair[] {
  return read(context, (db) => {
    requireReview(db, input.reviewId);
    const entries = cachedEntries(context, db, input.reviewId);
    const pairs = findLikelyDuplicates(entries.map((entry) => ({ id: entry.id, agency: entry.agency, date: entry.date, text: describe(entry) })));
    const decisions = listDecisions(db, input.reviewId);
    const shown = input.anonymised ? anonymiseEntries(entries, anonymiserFor(db, input.reviewId).anonymise) : entries;
    const byId = new Map(shown.map((entry) => [entry.id, entry]));
    return pairs.map(({ a, b, score }) => ({ a: byId.get(a)!, b: byId.get(b)!, score, decision: decisions.get(pairKey(a, b)) ?? null }));
  });
}

export function decideDuplicate(context: RegisterContext, input: { a: string; b: string; decision: 'same' | 'dismissed' | null }): null {
  if (input.a === input.b) throw new AppError('validation', 'An entry cannot be a duplicate of itself.');
  const reviewId = write(context, (db) => {
    const a = requireEntry(db, input.a);
    const b = requireEntry(db, input.b);
    if (a.reviewId !== b.reviewId) throw new AppError('validation', 'Those two entries belong to different reviews.');
    setDecision(db, a.id, b.id, input.decision, timestamp(context));
    context.session.audit(input.decision === null ? 'chronology.duplicate-undone' : `chronology.duplicate-${input.decision}`, 'chronology-entry', a.id < b.id ? a.id : b.id);
    return a.reviewId;
  });
  const linked = (entry: ChronologyEntry, other: string) => {
    const without = entry.linkedIds.filter((id) => id !== other);
    return { ...entry, linkedIds: input.decision === 'same' ? [...without, other] : without };
  };
  patchCached(context, reviewId, (entry) => (entry.id === input.a ? linked(entry, input.b) : entry.id === input.b ? linked(entry, input.a) : null));
  return null;
}

function requireEpisode(context: RegisterContext, id: string): Episode {
  return read(context, (db) => {
    const episode = getEpisode(db, id);
    if (!episode) throw new AppError('not-found', 'That key practice episode is not in this workspace any more. Look at the list again.');
    return episode;
  });
}

function checkRange(start: string | null | undefined, end: string | null | undefined): void {
  if (start && end && end < start) throw new AppError('validation', `The episode ends (${end}) before it starts (${start}). Check the two dates.`);
}

export function episodes(context: RegisterContext, reviewId: string): Episode[] {
  return read(context, (db) => {
    requireReview(db, reviewId);
    return listEpisodes(db, reviewId);
  });
}

export function addEpisode(context: RegisterContext, input: { reviewId: string; title: string; start?: string | undefined; end?: string | undefined; summary?: string | undefined }): Episode {
  checkRange(input.start, input.end);
  const id = context.newId();
  write(context, (db) => {
    requireReview(db, input.reviewId);
    insertEpisode(db, { id, reviewId: input.reviewId, title: input.title, start: input.start ?? null, end: input.end ?? null, summary: input.summary || null }, timestamp(context));
    context.session.audit('chronology.episode-added', 'key-practice-episode', id);
  });
  return requireEpisode(context, id);
}

export function changeEpisode(context: RegisterContext, patch: EpisodePatch): Episode {
  const current = requireEpisode(context, patch.id);
  checkRange(patch.start === undefined ? current.start : patch.start, patch.end === undefined ? current.end : patch.end);
  write(context, (db) => {
    updateEpisode(db, patch, timestamp(context));
    context.session.audit('chronology.episode-edited', 'key-practice-episode', patch.id);
  });
  return requireEpisode(context, patch.id);
}

export function removeEpisode(context: RegisterContext, id: string): { id: string } {
  const current = requireEpisode(context, id);
  write(context, (db) => {
    deleteEpisode(db, id);
    context.session.audit('chronology.episode-removed', 'key-practice-episode', id);
  });
  patchCached(context, current.reviewId, (entry) => (entry.episodeIds.includes(id) ? { ...entry, episodeIds: entry.episodeIds.filter((episodeId) => episodeId !== id) } : null));
  return { id };
}

export function assignToEpisode(context: RegisterContext, input: { episodeId: string; entryIds: string[]; assigned: boolean }): Episode {
  const episode = requireEpisode(context, input.episodeId);
  write(context, (db) => {
    if (countEntriesInReview(db, episode.reviewId, input.entryIds) !== new Set(input.entryIds).size) {
      throw new AppError('not-found', "Some of those entries are not in this review's chronology any more. Look at the chronology again.");
    }
    assignEntries(db, episode.id, input.entryIds, input.assigned);
    context.session.audit(input.assigned ? 'chronology.episode-assigned' : 'chronology.episode-unassigned', 'key-practice-episode', episode.id);
  });
  const chosen = new Set(input.entryIds);
  patchCached(context, episode.reviewId, (entry) => {
    if (!chosen.has(entry.id)) return null;
    const others = entry.episodeIds.filter((id) => id !== episode.id);
    return { ...entry, episodeIds: input.assigned ? [...others, episode.id] : others };
  });
  return requireEpisode(context, episode.id);
}

/** Reads a corrected rejected row with its submission's mapping: an entry, or the reason it still is not one. */
export function fixRejected(context: RegisterContext, input: { id: string; values: Record<string, string> }): ChronologyEntry {
  const { reviewId, entryId } = write(context, (db) => {
    const rejected = getRejected(db, input.id);
    if (!rejected || rejected.fixed) throw new AppError('not-found', 'That rejected row has already been fixed or removed. Look at the list again.');
    const submission = getSubmissionReading(db, rejected.submissionId)!;
    const header: RawRow = { rowNumber: 0, cells: submission.headers };
    const row: RawRow = { rowNumber: rejected.rowNumber, cells: submission.headers.map((name) => input.values[name] ?? rejected.values[name] ?? null) };
    const result = prepareRows([header, row], 0, submission.mapping, {
      date1904: submission.date1904,
      today: today(context),
      earliest: earliestDate(db, submission.reviewId),
      fileName: submission.fileName,
    });
    const prepared = result.entries[0];
    if (!prepared) throw new AppError('validation', `Row ${rejected.rowNumber} still cannot be imported: ${result.rejected[0]?.reason ?? 'it is empty'}`);
    const id = context.newId();
    const facts = { id, reviewId: submission.reviewId, agency: submission.agency, submissionId: rejected.submissionId, file: submission.fileName, importedAt: submission.importedAt, sequence: nextSequence(db, submission.reviewId) };
    insertEntries(db, [toStored(prepared, facts)]);
    markRejectedFixed(db, input.id, id, timestamp(context));
    context.session.audit('chronology.row-fixed', 'chronology-entry', id);
    return { reviewId: submission.reviewId, entryId: id };
  });
  invalidate(context, reviewId);
  const entry = listChronology(context, { reviewId, anonymised: false }).entries.find((candidate) => candidate.id === entryId);
  if (!entry) throw new AppError('internal', 'The row was imported but could not be read back.');
  return entry;
}
