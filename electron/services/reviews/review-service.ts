/**
 * The reviews register: create, read, patch and move a review along its lifecycle. Every change
 * is checked against the review as it is in the database now (not as the caller last saw it),
 * written field by field, and audited by id in the same transaction.
 */
import { AppError } from '../../../shared/errors';
import { defaultRuleSet, reviewTypeLabels, type KeyDateField } from '../../../shared/reviews/catalogue';
import { emptyKeyDates, keyDateProblem, type KeyDates } from '../../../shared/reviews/dates';
import { checkTransition, initialStatus, isStatusOf, lifecycles, statusLabel, statusLabels, transitionsFrom } from '../../../shared/reviews/lifecycle';
import type { ReviewCreate, ReviewPatch } from '../../../shared/reviews/schemas';
import type { Review, ReviewDetail, ReviewSummary } from '../../../shared/reviews/types';
import { read, timestamp, write, type Kernel } from '../kernel';
import { getDecision, listCopies } from './decision-repository';
import {
  insertReview,
  insertStatusChange,
  listReviews as listReviewRows,
  listStatusChanges,
  reviewPatchColumns,
  updateReviewColumns,
  requireReview,
} from '../kernel';

export function listReviews(context: Kernel): ReviewSummary[] {
  return read(context, listReviewRows).map((review) => ({ ...review, deadlines: context.deadlines.forReview(review).deadlines }));
}

export function getReviewDetail(context: Kernel, id: string): ReviewDetail {
  return read(context, (db) => {
    const review = requireReview(db, id);
    const decision = getDecision(db, id);
    const { deadlines, problem } = context.deadlines.forReview(review);
    return {
      ...review,
      decision,
      copies: listCopies(db, id),
      statusHistory: listStatusChanges(db, id),
      transitions: transitionsFrom(review.type, review.status, { decisionOutcome: decision?.outcome ?? null }),
      deadlines,
      deadlineProblem: problem,
    };
  });
}

export function createReview(context: Kernel, input: ReviewCreate): ReviewDetail {
  const rules = input.rules ?? defaultRuleSet;
  context.deadlines.checkRuleSet(input.type, rules);
  const status = input.status ?? initialStatus(input.type);
  if (!isStatusOf(input.type, status)) {
    const known = lifecycles[input.type].steps.map((step) => `"${statusLabels[step]}"`).join(', ');
    throw new AppError('validation', `A ${reviewTypeLabels[input.type]} has no status "${statusLabels[status]}". Its statuses are ${known}.`);
  }
  const dates = mergeDates(emptyKeyDates, input.dates);
  assertDatesInOrder(dates);
  const at = timestamp(context);
  const review: Review = {
    id: context.newId(),
    type: input.type,
    title: input.title,
    subject: input.subject ?? null,
    status,
    rules,
    dates,
    lookedAfter: input.lookedAfter ?? false,
    agencies: input.agencies ?? [],
    reviewers: input.reviewers ?? [],
    panelMembers: input.panelMembers ?? [],
    parallelProcesses: input.parallelProcesses ?? [],
    createdAt: at,
    updatedAt: at,
  };
  write(context, (db) => {
    insertReview(db, review);
    context.session.audit('review.created', 'review', review.id);
  });
  return getReviewDetail(context, review.id);
}

/** Writes only the fields the patch names; a patch naming nothing changes nothing. */
export function updateReview(context: Kernel, patch: ReviewPatch): ReviewDetail {
  const { id, ...changes } = patch;
  write(context, (db) => {
    const current = requireReview(db, id);
    if (changes.rules) context.deadlines.checkRuleSet(current.type, changes.rules);
    if (changes.dates) assertDatesInOrder(mergeDates(current.dates, changes.dates));
    const columns = reviewPatchColumns(changes);
    if (Object.keys(columns).length === 0) return;
    updateReviewColumns(db, id, columns, timestamp(context));
    context.session.audit('review.updated', 'review', id);
  });
  return getReviewDetail(context, id);
}

export interface SetStatus {
  id: string;
  from: string;
  to: string;
  reason?: string | undefined;
}

/**
 * Moves the review one step along its lifecycle. `from` is the status the user saw: if the review
 * has moved since (another window, a double click), nothing happens and the user is told.
 */
export function setReviewStatus(context: Kernel, { id, from, to, reason }: SetStatus): ReviewDetail {
  write(context, (db) => {
    const current = requireReview(db, id);
    if (current.status !== from) {
      throw new AppError(
        'validation',
        `This review is at "${statusLabels[current.status]}" now, not "${statusLabel(from)}": it changed in the meantime. Look at it again, then choose the next step.`,
      );
    }
    const facts = { decisionOutcome: getDecision(db, id)?.outcome ?? null };
    const move = checkTransition(current.type, current.status, to, facts, reason);
    const at = timestamp(context);
    updateReviewColumns(db, id, { status: move.to }, at);
    insertStatusChange(db, id, { from: current.status, to: move.to, at, reason: reason?.trim() || null });
    context.session.audit('review.status-changed', 'review', id);
  });
  return getReviewDetail(context, id);
}

/** The dates after a patch: a field absent from the patch keeps its value, null clears it. */
export function mergeDates(base: KeyDates, patch: Partial<Record<KeyDateField, string | null | undefined>> | undefined): KeyDates {
  const merged = { ...base };
  for (const [field, value] of Object.entries(patch ?? {}) as Array<[KeyDateField, string | null | undefined]>) {
    if (value !== undefined) merged[field] = value;
  }
  return merged;
}

export function assertDatesInOrder(dates: KeyDates): void {
  const problem = keyDateProblem(dates);
  if (problem) throw new AppError('validation', problem);
}
