/** Reviews and their status history: plain functions from the database to typed rows. */
import type { KeyDateField, ReviewType, RuleSetId } from '../../../shared/reviews/catalogue';
import type { KeyDates } from '../../../shared/reviews/dates';
import type { ReviewStatus } from '../../../shared/reviews/lifecycle';
import type { ReviewPatch } from '../../../shared/reviews/schemas';
import type { PanelMember, ParallelProcess, Review, Reviewer, ReviewSummary, StatusChange } from '../../../shared/reviews/types';
import type { Db } from '../sqlite';
import { fromJson, patchColumns, toJson, updateColumns, type SqlValue } from './sql';

interface ReviewRow {
  id: string;
  type: string;
  title: string;
  subject: string | null;
  status: string;
  rule_set: string;
  aware_on: string | null;
  notified_on: string | null;
  decision_on: string | null;
  referral_on: string | null;
  planned_publication_on: string | null;
  published_on: string | null;
  looked_after: number;
  agencies: string;
  reviewers: string;
  panel_members: string;
  parallel_processes: string;
  created_at: string;
  updated_at: string;
}

type DateColumn = 'aware_on' | 'notified_on' | 'decision_on' | 'referral_on' | 'planned_publication_on' | 'published_on';

export const dateColumns: Record<KeyDateField, DateColumn> = {
  aware: 'aware_on',
  notified: 'notified_on',
  decision: 'decision_on',
  referral: 'referral_on',
  plannedPublication: 'planned_publication_on',
  published: 'published_on',
};

function toDates(row: ReviewRow): KeyDates {
  const dates = {} as KeyDates;
  for (const [field, column] of Object.entries(dateColumns) as Array<[KeyDateField, DateColumn]>) dates[field] = row[column];
  return dates;
}

/** A review's own columns, without its list fields or the deadlines the service adds. */
export type ReviewRecord = Omit<ReviewSummary, 'deadlines'>;

function toRecord(row: ReviewRow): ReviewRecord {
  return {
    id: row.id,
    type: row.type as ReviewType,
    title: row.title,
    subject: row.subject,
    status: row.status as ReviewStatus,
    rules: row.rule_set as RuleSetId,
    dates: toDates(row),
    lookedAfter: row.looked_after === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toReview(row: ReviewRow): Review {
  return {
    ...toRecord(row),
    agencies: fromJson<string>(row.agencies),
    reviewers: fromJson<Reviewer>(row.reviewers),
    panelMembers: fromJson<PanelMember>(row.panel_members),
    parallelProcesses: fromJson<ParallelProcess>(row.parallel_processes),
  };
}

export function insertReview(db: Db, review: Review): void {
  const row: ReviewRow = {
    id: review.id,
    type: review.type,
    title: review.title,
    subject: review.subject,
    status: review.status,
    rule_set: review.rules,
    aware_on: review.dates.aware,
    notified_on: review.dates.notified,
    decision_on: review.dates.decision,
    referral_on: review.dates.referral,
    planned_publication_on: review.dates.plannedPublication,
    published_on: review.dates.published,
    looked_after: review.lookedAfter ? 1 : 0,
    agencies: toJson(review.agencies),
    reviewers: toJson(review.reviewers),
    panel_members: toJson(review.panelMembers),
    parallel_processes: toJson(review.parallelProcesses),
    created_at: review.createdAt,
    updated_at: review.updatedAt,
  };
  const columns = Object.keys(row);
  db.prepare(`INSERT INTO reviews (${columns.join(', ')}) VALUES (${columns.map((column) => '@' + column).join(', ')})`).run(row);
}

export function getReview(db: Db, id: string): Review | null {
  const row = db.prepare<[string], ReviewRow>('SELECT * FROM reviews WHERE id = ?').get(id);
  return row ? toReview(row) : null;
}

/** Most recently changed first. */
export function listReviews(db: Db): ReviewRecord[] {
  return db.prepare<[], ReviewRow>('SELECT * FROM reviews ORDER BY updated_at DESC, rowid DESC').all().map(toRecord);
}

/** The columns a patch changes; an empty object when it changes nothing. */
export function reviewPatchColumns(patch: Omit<ReviewPatch, 'id'>): Record<string, SqlValue> {
  const values = patchColumns(patch, {
    title: (title) => ['title', title],
    subject: (subject) => ['subject', subject],
    rules: (rules) => ['rule_set', rules],
    lookedAfter: (lookedAfter) => ['looked_after', lookedAfter ? 1 : 0],
    agencies: (agencies) => ['agencies', toJson(agencies)],
    reviewers: (reviewers) => ['reviewers', toJson(reviewers)],
    panelMembers: (members) => ['panel_members', toJson(members)],
    parallelProcesses: (processes) => ['parallel_processes', toJson(processes)],
  });
  // Each date is its own column, so editing one date leaves the others as they are.
  for (const [field, value] of Object.entries(patch.dates ?? {}) as Array<[KeyDateField, string | null | undefined]>) {
    if (value !== undefined) values[dateColumns[field]] = value;
  }
  return values;
}

export function updateReviewColumns(db: Db, id: string, values: Record<string, SqlValue>, updatedAt: string): boolean {
  return updateColumns(db, 'reviews', id, values, updatedAt);
}

export function insertStatusChange(db: Db, reviewId: string, change: StatusChange): void {
  db.prepare('INSERT INTO review_status_changes (review_id, from_status, to_status, at, reason) VALUES (?, ?, ?, ?, ?)').run(
    reviewId,
    change.from,
    change.to,
    change.at,
    change.reason,
  );
}

/** Oldest first: the review's milestones as they happened. */
export function listStatusChanges(db: Db, reviewId: string): StatusChange[] {
  const rows = db
    .prepare<[string], { from_status: string; to_status: string; at: string; reason: string | null }>(
      'SELECT from_status, to_status, at, reason FROM review_status_changes WHERE review_id = ? ORDER BY seq',
    )
    .all(reviewId);
  return rows.map((row) => ({ from: row.from_status as ReviewStatus, to: row.to_status as ReviewStatus, at: row.at, reason: row.reason }));
}
