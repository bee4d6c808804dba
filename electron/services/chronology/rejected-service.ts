/** Rejected rows: what each agency sent that did not become an entry, and correcting them into entries. */
import { prepareRows } from '../../../shared/chronology/prepare';
import type { RawRow } from '../../../shared/chronology/types';
import type { ChronologyEntry, RejectedEntry, SubmissionInfo } from '../../../shared/chronology/views';
import { AppError } from '../../../shared/errors';
import { read, requireReview, timestamp, write, type Kernel } from '../kernel';
import { getEntry, getRejected, insertEntries, listRejected, markRejectedFixed, nextSequence } from './entry-repository';
import { invalidate } from './entries-service';
import { toStored } from './import-rows';
import { earliestDate, today } from './import-service';
import { getSubmissionReading, listSubmissions } from './submission-repository';

export function submissions(context: Kernel, reviewId: string): SubmissionInfo[] {
  return read(context, (db) => {
    requireReview(db, reviewId);
    return listSubmissions(db, reviewId);
  });
}

export function rejectedRows(context: Kernel, reviewId: string): RejectedEntry[] {
  return read(context, (db) => {
    requireReview(db, reviewId);
    return listRejected(db, reviewId);
  });
}

/** Reads a corrected rejected row with its submission's mapping: an entry, or the reason it still is not one. */
export function fixRejected(context: Kernel, input: { id: string; values: Record<string, string> }): ChronologyEntry {
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
  // A new entry somewhere in the middle of the composite: read again when next listed.
  invalidate(context, reviewId);
  const entry = read(context, (db) => getEntry(db, entryId));
  if (!entry) throw new AppError('internal', 'The row was imported but could not be read back.');
  return { ...entry, episodeIds: [], linkedIds: [] };
}
