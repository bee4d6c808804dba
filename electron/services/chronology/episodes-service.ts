/** Key practice episodes: groups of entries the review looks at together. */
import type { EpisodePatch } from '../../../shared/chronology/schemas';
import type { Episode } from '../../../shared/chronology/views';
import { AppError } from '../../../shared/errors';
import { read, requireReview, timestamp, write, type Kernel } from '../kernel';
import { patchCached } from './entries-service';
import { assignEntries, countEntriesInReview, deleteEpisode, getEpisode, insertEpisode, listEpisodes, updateEpisode } from './link-repository';

function requireEpisode(context: Kernel, id: string): Episode {
  return read(context, (db) => {
    const episode = getEpisode(db, id);
    if (!episode) throw new AppError('not-found', 'That key practice episode is not in this workspace any more. Look at the list again.');
    return episode;
  });
}

function checkRange(start: string | null | undefined, end: string | null | undefined): void {
  if (start && end && end < start) throw new AppError('validation', `The episode ends (${end}) before it starts (${start}). Check the two dates.`);
}

export function episodes(context: Kernel, reviewId: string): Episode[] {
  return read(context, (db) => {
    requireReview(db, reviewId);
    return listEpisodes(db, reviewId);
  });
}

export function addEpisode(context: Kernel, input: { reviewId: string; title: string; start?: string | undefined; end?: string | undefined; summary?: string | undefined }): Episode {
  checkRange(input.start, input.end);
  const id = context.newId();
  write(context, (db) => {
    requireReview(db, input.reviewId);
    insertEpisode(db, { id, reviewId: input.reviewId, title: input.title, start: input.start ?? null, end: input.end ?? null, summary: input.summary || null }, timestamp(context));
    context.session.audit('chronology.episode-added', 'key-practice-episode', id);
  });
  return requireEpisode(context, id);
}

export function changeEpisode(context: Kernel, patch: EpisodePatch): Episode {
  const current = requireEpisode(context, patch.id);
  checkRange(patch.start === undefined ? current.start : patch.start, patch.end === undefined ? current.end : patch.end);
  write(context, (db) => {
    updateEpisode(db, patch, timestamp(context));
    context.session.audit('chronology.episode-edited', 'key-practice-episode', patch.id);
  });
  return requireEpisode(context, patch.id);
}

export function removeEpisode(context: Kernel, id: string): { id: string } {
  const current = requireEpisode(context, id);
  write(context, (db) => {
    deleteEpisode(db, id);
    context.session.audit('chronology.episode-removed', 'key-practice-episode', id);
  });
  patchCached(context, current.reviewId, (entry) => (entry.episodeIds.includes(id) ? { ...entry, episodeIds: entry.episodeIds.filter((episodeId) => episodeId !== id) } : null));
  return { id };
}

export function assignToEpisode(context: Kernel, input: { episodeId: string; entryIds: string[]; assigned: boolean }): Episode {
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

