/**
 * The rapid-review decision and the log of copies sent to the partnership's members.
 * Recording outcome (c) is what lets a rapid review move on to "LCSPR commissioned"; (a) or (b)
 * lets it close at its decision (shared/reviews/lifecycle.ts).
 */
import { AppError } from '../../../shared/errors';
import { reviewTypeLabels } from '../../../shared/reviews/catalogue';
import { lifecycles, statusLabels } from '../../../shared/reviews/lifecycle';
import type { DecisionInput } from '../../../shared/reviews/schemas';
import type { CopySent, RapidReviewDecision, ReviewDetail } from '../../../shared/reviews/types';
import type { CopyDocument } from '../../../shared/reviews/catalogue';
import { insertStatusChange, type Kernel, requireReview, timestamp, updateReviewColumns, write } from '../kernel';
import { getDecision, insertCopy, saveDecision } from './decision-repository';

import { assertDatesInOrder, getReviewDetail, mergeDates } from './review-service';

const rapidReviewSteps = lifecycles['rapid-review'].steps;

/**
 * Records (or corrects) the decision while the review has not yet moved past "Decision". The
 * review's decision date follows the date the chair agreed, unless the user set a different one.
 */
export function recordDecision(context: Kernel, input: DecisionInput): ReviewDetail {
  write(context, (db) => {
    const review = requireReview(db, input.reviewId);
    if (review.type !== 'rapid-review') {
      throw new AppError('validation', `Only a rapid review has a rapid review decision; this review is a ${reviewTypeLabels[review.type]}.`);
    }
    if (rapidReviewSteps.indexOf(review.status) > rapidReviewSteps.indexOf('decision')) {
      throw new AppError(
        'validation',
        `The decision cannot be changed once the review has moved on from "Decision" (it is at "${statusLabels[review.status]}"). Move the review back to "Decision" first, saying why.`,
      );
    }
    const previous = getDecision(db, review.id);
    const at = timestamp(context);
    const followsDecision = review.dates.decision === null || review.dates.decision === previous?.agreedOn;
    if (followsDecision && review.dates.decision !== input.agreedOn) {
      assertDatesInOrder(mergeDates(review.dates, { decision: input.agreedOn }));
      updateReviewColumns(db, review.id, { decision_on: input.agreedOn }, at);
    }
    const decision: RapidReviewDecision = {
      reviewId: review.id,
      outcome: input.outcome,
      rationale: input.rationale,
      agreedBy: input.agreedBy,
      agreedOn: input.agreedOn,
      methodology: input.outcome === 'c' ? input.methodology : null,
      indicativeTermsOfReference: input.outcome === 'c' ? input.indicativeTermsOfReference : null,
      recordedAt: at,
    };
    saveDecision(db, decision);
    context.session.audit('review.decision-recorded', 'review', review.id);
    // The decision is the step: a review still at "Notified" or "Rapid review" moves to "Decision".
    if (rapidReviewSteps.indexOf(review.status) < rapidReviewSteps.indexOf('decision')) {
      updateReviewColumns(db, review.id, { status: 'decision' }, at);
      insertStatusChange(db, review.id, { from: review.status, to: 'decision', at, reason: 'The rapid review decision was recorded.' });
      context.session.audit('review.status-changed', 'review', review.id);
    }
  });
  return getReviewDetail(context, input.reviewId);
}

export interface LogCopy {
  reviewId: string;
  document: CopyDocument;
  sentTo: string;
  sentOn: string;
  note?: string | undefined;
}

/** One entry in the log of copies sent (Wiltshire’s safeguarding plan, 2019, asks that every notification and report is copied). */
export function logCopy(context: Kernel, input: LogCopy): CopySent {
  return write(context, (db) => {
    const review = requireReview(db, input.reviewId);
    if (review.type !== 'rapid-review') {
      throw new AppError('validation', `Copies to partnership members are logged for rapid reviews; this review is a ${reviewTypeLabels[review.type]}.`);
    }
    if (input.document === 'decision' && !getDecision(db, review.id)) {
      throw new AppError('validation', 'Record the rapid review decision before logging the copies sent of it.');
    }
    const copy: CopySent = {
      id: context.newId(),
      reviewId: review.id,
      document: input.document,
      sentTo: input.sentTo,
      sentOn: input.sentOn,
      note: input.note ?? null,
      loggedAt: timestamp(context),
    };
    insertCopy(db, copy);
    context.session.audit('review.copy-logged', 'review-copy', copy.id);
    return copy;
  });
}
