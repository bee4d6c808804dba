/** Likely duplicates (the same event recorded by two agencies) and the reviewer's decisions on them. */
import { likelyDuplicatesInSteps } from '../../../shared/chronology/duplicates';
import type { ChronologyEntry, DuplicatePair } from '../../../shared/chronology/views';
import { AppError } from '../../../shared/errors';
import { quietJob, type Job } from '../jobs';
import { anonymiserFor, read, requireReview, timestamp, write, type Kernel } from '../kernel';
import { anonymiseEntries, cachedEntries, patchCached, requireEntry } from './entries-service';
import { listDecisions, pairKey, setDecision } from './link-repository';

function describe(entry: ChronologyEntry): string {
  return [entry.eventType, entry.event, entry.action, entry.outcome].filter(Boolean).join('\n');
}

/**
 * A job ('comparing'): the comparison goes a day at a time (shared/chronology/duplicates.ts), so
 * progress counts through the entries and a cancel lands between two days.
 */
export async function likelyDuplicates(context: Kernel, input: { reviewId: string; anonymised: boolean }, job: Job = quietJob('duplicates')): Promise<DuplicatePair[]> {
  const entries = read(context, (db) => {
    requireReview(db, input.reviewId);
    return cachedEntries(context, db, input.reviewId);
  });
  job.progress('comparing', 0, entries.length);
  const steps = likelyDuplicatesInSteps(entries.map((entry) => ({ id: entry.id, agency: entry.agency, date: entry.date, text: describe(entry) })));
  let step = steps.next();
  while (!step.done) {
    job.progress('comparing', Math.round((step.value.done / step.value.total) * entries.length), entries.length);
    await job.pause();
    step = steps.next();
  }
  const pairs = step.value;
  job.progress('comparing', entries.length, entries.length);
  job.throwIfCancelled();
  return read(context, (db) => {
    const decisions = listDecisions(db, input.reviewId);
    const shown = input.anonymised ? anonymiseEntries(entries, anonymiserFor(db, input.reviewId).anonymise) : entries;
    const byId = new Map(shown.map((entry) => [entry.id, entry]));
    return pairs.map(({ a, b, score }) => ({ a: byId.get(a)!, b: byId.get(b)!, score, decision: decisions.get(pairKey(a, b)) ?? null }));
  });
}

export function decideDuplicate(context: Kernel, input: { a: string; b: string; decision: 'same' | 'dismissed' | null }): null {
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

