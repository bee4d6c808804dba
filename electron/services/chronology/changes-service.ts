/**
 * What a reviewer changes by hand (issue #15): entries of their own, corrections, deletions, a
 * submission removed (and brought back until the next import) and blank rejected rows
 * dismissed. Nothing is ever erased: a deleted entry, a correction's earlier version and a
 * removed file stay in the workspace, with who did it, when and why. The audit log records each
 * change by id only.
 */
import type { AddEntry, CorrectEntry, DeletedEntry, EntryHistory } from '../../../shared/chronology/changes';
import { parseChronoDate, plausibilityFlags } from '../../../shared/chronology/dates';
import type { ChronoDate } from '../../../shared/chronology/types';
import type { ChronologyEntry, SubmissionInfo } from '../../../shared/chronology/views';
import { AppError } from '../../../shared/errors';
import { read, requireReview, timestamp, write, type Db, type Kernel } from '../kernel';
import { applyCorrection, entryMarks, insertHandEntry, insertVersion, listCorrections, markDeleted, versionOf, type CorrectionColumns } from './changes-repository';
import { invalidate } from './entries-service';
import { dismissRejectedRow, getAnyEntry, getEntry, getRejected, listDeletedEntries, nextSequence } from './entry-repository';
import { earliestDate, today } from './import-service';
import { entryRelations } from './link-repository';
import { getSubmission, markSubmissionRemoved } from './submission-repository';

const dayMonthYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const onDay = (at: string) => dayMonthYear.format(new Date(at));

const noEntry = () => new AppError('not-found', 'There is no chronology entry with that id in this workspace. Look at the chronology again.');
const noSubmission = () => new AppError('not-found', 'There is no agency submission with that id in this workspace. Look at the list of submissions again.');

/** Reads the date as an import would; a date it cannot read is refused with the forms it can. */
function readDate(context: Kernel, db: Db, reviewId: string, text: string): { date: ChronoDate; flags: string[] } {
  const parsed = parseChronoDate(text, { date1904: false, today: today(context) });
  if (!parsed.ok) throw new AppError('validation', parsed.reason);
  return { date: parsed.date, flags: plausibilityFlags(parsed.date, { today: today(context), earliest: earliestDate(db, reviewId) }) };
}

function done(context: Kernel, reason: string) {
  return { at: timestamp(context), by: context.session.actor(), reason };
}

function withRelations(db: Db, id: string): ChronologyEntry {
  const entry = getEntry(db, id);
  if (!entry) throw noEntry();
  return { ...entry, ...entryRelations(db, id) };
}

/** An entry that is in the composite, or the reason it cannot be changed. */
function requireLive(db: Db, id: string) {
  const entry = getAnyEntry(db, id);
  if (!entry) throw noEntry();
  if (entry.submissionRemoved) throw new AppError('validation', `That entry came from ${entry.provenance.file}, which has been removed from the review. Undo the removal to change it.`);
  if (entry.deleted) {
    const marks = entryMarks(db, id)!;
    throw new AppError('validation', `That entry was deleted on ${onDay(marks.deletedAt!)}. Restore it before changing it.`);
  }
  return entry;
}

export function addEntry(context: Kernel, input: AddEntry): ChronologyEntry {
  const { reviewId, id } = write(context, (db) => {
    requireReview(db, input.reviewId);
    const { date, flags } = readDate(context, db, input.reviewId, input.date);
    const id = context.newId();
    insertHandEntry(db, {
      id,
      reviewId: input.reviewId,
      sequence: nextSequence(db, input.reviewId),
      agency: input.agency,
      date,
      flags,
      event: input.event,
      action: input.action || null,
      source: input.source || null,
      enteredBy: context.session.actor(),
      at: timestamp(context),
    });
    context.session.audit('chronology.entry-added', 'chronology-entry', id);
    return { reviewId: input.reviewId, id };
  });
  invalidate(context, reviewId);
  return read(context, (db) => withRelations(db, id));
}

const textColumns = [
  ['agency', 'agency'],
  ['event', 'event'],
  ['action', 'action'],
  ['source', 'source'],
  ['outcome', 'outcome'],
  ['eventType', 'event_type'],
  ['authorRole', 'author_role'],
] as const;

export function correctEntry(context: Kernel, input: CorrectEntry): ChronologyEntry {
  const reviewId = write(context, (db) => {
    const stored = requireLive(db, input.id);
    const columns: CorrectionColumns = {};
    if (input.date !== undefined && input.date !== stored.date.text) {
      const { date, flags } = readDate(context, db, stored.reviewId, input.date);
      Object.assign(columns, {
        date_start: date.start,
        date_end: date.end,
        time: date.time,
        precision: date.precision,
        approximate: date.approximate ? 1 : 0,
        date_text: date.text,
        flags: JSON.stringify(flags),
      });
    }
    for (const [field, column] of textColumns) {
      const value = input[field];
      if (value === undefined || value === (stored[field] ?? '')) continue;
      (columns as Record<string, string | null>)[column] = value === '' ? null : value;
    }
    if (Object.keys(columns).length === 0) throw new AppError('validation', 'Nothing to correct: the entry already says that. Change a field, or cancel.');
    const change = done(context, input.reason);
    insertVersion(db, stored.id, versionOf(stored), change);
    applyCorrection(db, stored.id, columns, change.at);
    context.session.audit('chronology.entry-corrected', 'chronology-entry', stored.id);
    return stored.reviewId;
  });
  invalidate(context, reviewId);
  return read(context, (db) => withRelations(db, input.id));
}

export function deleteEntry(context: Kernel, input: { id: string; reason: string }): { id: string } {
  const reviewId = write(context, (db) => {
    const stored = requireLive(db, input.id);
    const change = done(context, input.reason);
    markDeleted(db, stored.id, change, change.at);
    context.session.audit('chronology.entry-deleted', 'chronology-entry', stored.id);
    return stored.reviewId;
  });
  invalidate(context, reviewId);
  return { id: input.id };
}

export function restoreEntry(context: Kernel, id: string): ChronologyEntry {
  const reviewId = write(context, (db) => {
    const stored = getAnyEntry(db, id);
    if (!stored) throw noEntry();
    if (!stored.deleted) throw new AppError('validation', 'That entry has not been deleted: it is in the chronology.');
    markDeleted(db, id, null, timestamp(context));
    context.session.audit('chronology.entry-restored', 'chronology-entry', id);
    return stored.reviewId;
  });
  invalidate(context, reviewId);
  return read(context, (db) => {
    const entry = getAnyEntry(db, id)!;
    return { ...entry, ...entryRelations(db, id) };
  });
}

export function deletedEntries(context: Kernel, reviewId: string): DeletedEntry[] {
  return read(context, (db) => {
    requireReview(db, reviewId);
    return listDeletedEntries(db, reviewId).map(({ deletedAt, deletedBy, deletedReason, ...entry }) => ({
      entry: { ...entry, ...entryRelations(db, entry.id) },
      deleted: { at: deletedAt, by: deletedBy, reason: deletedReason },
    }));
  });
}

export function entryHistory(context: Kernel, id: string): EntryHistory & { reviewId: string } {
  return read(context, (db) => {
    const entry = getAnyEntry(db, id);
    const marks = entryMarks(db, id);
    if (!entry || !marks) throw noEntry();
    return {
      id,
      reviewId: entry.reviewId,
      entered: marks.enteredBy === null ? null : { at: marks.createdAt, by: marks.enteredBy },
      corrections: listCorrections(db, id),
      deleted: marks.deletedAt === null ? null : { at: marks.deletedAt, by: marks.deletedBy ?? '', reason: marks.deletedReason ?? '' },
    };
  });
}

export function removeSubmission(context: Kernel, input: { id: string; reason: string }): SubmissionInfo {
  const removed = write(context, (db) => {
    const submission = getSubmission(db, input.id);
    if (!submission) throw noSubmission();
    if (submission.removed) throw new AppError('validation', `${submission.fileName} was already removed from the review on ${onDay(submission.removed.at)}.`);
    markSubmissionRemoved(db, input.id, done(context, input.reason));
    context.session.audit('chronology.submission-removed', 'chronology-submission', input.id);
    return getSubmission(db, input.id)!;
  });
  invalidate(context, removed.reviewId);
  return removed;
}

export function undoRemoval(context: Kernel, id: string): SubmissionInfo {
  const restored = write(context, (db) => {
    const submission = getSubmission(db, id);
    if (!submission) throw noSubmission();
    if (!submission.removed) throw new AppError('validation', `${submission.fileName} has not been removed: its entries are in the chronology.`);
    if (!submission.removed.undoable) {
      throw new AppError('validation', `The removal of ${submission.fileName} can no longer be undone: another file has been imported into the review since. Import ${submission.fileName} again instead.`);
    }
    markSubmissionRemoved(db, id, null);
    context.session.audit('chronology.submission-restored', 'chronology-submission', id);
    return getSubmission(db, id)!;
  });
  invalidate(context, restored.reviewId);
  return restored;
}

/** The reason every dismissed row carries: only a blank row can be dismissed. */
export const blankRowReason = 'blank row';

export function dismissRejected(context: Kernel, id: string): { id: string } {
  write(context, (db) => {
    const row = getRejected(db, id);
    if (!row || row.fixed) throw new AppError('not-found', 'That rejected row has already been fixed or removed. Look at the list again.');
    if (Object.values(row.values).some((value) => value.trim() !== '')) {
      throw new AppError('validation', `Row ${row.rowNumber} of ${row.fileName} is not blank, so it cannot be dismissed: fix it so that nothing the agency sent is lost.`);
    }
    dismissRejectedRow(db, id, done(context, blankRowReason));
    context.session.audit('chronology.row-dismissed', 'chronology-rejected-row', id);
  });
  return { id };
}
