/**
 * Replacing a submission with a corrected file: the new file's import takes the old one out of
 * the review in the same write, with "Replaced by …" as the reason. The removal stays undoable
 * until the next import, like any other, so a replacement made by mistake can be put right.
 */
import { AppError } from '../../../shared/errors';
import type { SubmissionInfo } from '../../../shared/chronology/views';
import { type Kernel, timestamp } from '../kernel';
import type { Db } from '../sqlite';
import { getSubmission, markSubmissionRemoved } from './submission-repository';

/** The submission to replace, refused with a reason when it cannot be: said before the slow part of an import. */
export function replaceable(db: Db, reviewId: string, id: string): SubmissionInfo {
  const submission = getSubmission(db, id);
  if (!submission || submission.reviewId !== reviewId) {
    throw new AppError('not-found', 'The file to be replaced is not in this review any more. Look at the list of submissions again.');
  }
  if (submission.removed) {
    throw new AppError('validation', `${submission.fileName} has already been removed from the review, so there is nothing to replace: import the corrected file on its own.`);
  }
  return submission;
}

/** Inside the import's write, after the new file is stored. */
export function replaceSubmission(context: Kernel, db: Db, reviewId: string, id: string, newFile: string): SubmissionInfo {
  const old = replaceable(db, reviewId, id);
  markSubmissionRemoved(db, old.id, { at: timestamp(context), by: context.session.actor(), reason: `Replaced by ${newFile}` });
  context.session.audit('chronology.submission-replaced', 'chronology-submission', old.id);
  return old;
}
