/**
 * The actions as stored, read with their recommendation and where it comes from, by SQL of this
 * part's own (the findings part is built alongside; the tables are the contract). The register
 * reads every action in a few queries — never one per row — so 10,000 actions open at once.
 */
import type { Action, ActionStatus, AnsweredFinding, Rag } from '../../../shared/findings/model';
import { closedStatuses, impactReviewMonths, type ActivityType } from '../../../shared/findings/model';
import { reviewName } from '../../../shared/reviews/text';
import { addMonths, toEpochDay, type LocalDate } from '../../../shared/deadlines/local-date';
import type { Db } from '../kernel';
import { activityLabel, numberWithinSource, sourceOf } from './sources';

export interface StoredAction {
  id: string;
  recommendation_id: string;
  text: string;
  lead_agency: string;
  lead_role: string;
  due_on: string;
  measure: string | null;
  status: ActionStatus;
  rag: Rag | null;
  status_on: string | null;
  reason: string | null;
  completed_on: string | null;
  impact: string | null;
  impact_on: string | null;
  created_at: string;
  updated_at: string;
  review_id: string | null;
  activity_id: string | null;
  recommendation: string;
  made_on: string;
}

const actionSelect = `SELECT a.*, r.review_id, r.activity_id, r.text AS recommendation, r.made_on
  FROM actions a JOIN recommendations r ON r.id = a.recommendation_id`;

export function storedAction(db: Db, id: string): StoredAction | undefined {
  return db.prepare<[string], StoredAction>(`${actionSelect} WHERE a.id = ?`).get(id);
}

export function storedActions(db: Db, recommendationId?: string): StoredAction[] {
  if (recommendationId) return db.prepare<[string], StoredAction>(`${actionSelect} WHERE a.recommendation_id = ? ORDER BY a.due_on, a.created_at, a.rowid`).all(recommendationId);
  return db.prepare<[], StoredAction>(actionSelect).all();
}

export const sourceKey = (row: { review_id: string | null; activity_id: string | null }): string => row.review_id ?? row.activity_id!;

/** Every review's and activity's name as the register shows it, by id. */
export function sourceLabels(db: Db): Map<string, string> {
  const labels = new Map<string, string>();
  for (const review of db.prepare<[], { id: string; title: string; subject: string | null }>('SELECT id, title, subject FROM reviews').all()) labels.set(review.id, reviewName(review));
  for (const activity of db.prepare<[], { id: string; type: ActivityType; title: string }>('SELECT id, type, title FROM activities').all()) {
    labels.set(activity.id, activityLabel(activity));
  }
  return labels;
}

/** Each recommendation's number within its review or activity (1, 2, … by position). */
export function recommendationNumbers(db: Db): Map<string, number> {
  const rows = db
    .prepare<[], { id: string; number: number }>(`SELECT id, ${numberWithinSource} AS number FROM recommendations`)
    .all();
  return new Map(rows.map((row) => [row.id, row.number]));
}

export interface AnsweredRow extends AnsweredFinding {
  category: string | null;
}

/** The findings each recommendation answers, in its order; a removed finding is kept as nulls. */
export function answeredFindings(db: Db, recommendationId?: string): Map<string, AnsweredRow[]> {
  const rows = db
    .prepare<[string | null, string | null], { recommendation_id: string; finding_id: string | null; number: number | null; statement: string | null; category: string | null }>(
      `SELECT rf.recommendation_id, rf.finding_id, f.number, f.statement, c.name AS category
         FROM recommendation_findings rf
         LEFT JOIN (SELECT id, statement, category_id, ${numberWithinSource} AS number FROM findings) f ON f.id = rf.finding_id
         LEFT JOIN finding_categories c ON c.id = f.category_id
        WHERE ? IS NULL OR rf.recommendation_id = ?
        ORDER BY rf.recommendation_id, rf.position`,
    )
    .all(recommendationId ?? null, recommendationId ?? null);
  const answered = new Map<string, AnsweredRow[]>();
  for (const row of rows) {
    const found = row.finding_id !== null && row.statement !== null;
    const list = answered.get(row.recommendation_id) ?? [];
    list.push({ findingId: found ? row.finding_id : null, number: found ? row.number : null, statement: found ? row.statement : null, category: found ? row.category : null });
    answered.set(row.recommendation_id, list);
  }
  return answered;
}

/** Whole days past the due date on `asOf`; 0 when not yet due or closed. */
export function daysOverdue(row: Pick<StoredAction, 'due_on' | 'status'>, asOf: string): number {
  if (closedStatuses.includes(row.status) || row.due_on >= asOf) return 0;
  return toEpochDay(asOf as LocalDate) - toEpochDay(row.due_on as LocalDate);
}

/** Complete for 12 months or more and no evidence of impact yet. */
export function impactReviewDue(row: Pick<StoredAction, 'status' | 'completed_on' | 'impact'>, asOf: string): boolean {
  return row.status === 'complete' && row.completed_on !== null && row.impact === null && addMonths(row.completed_on as LocalDate, impactReviewMonths) <= asOf;
}

export function shownAction(row: StoredAction, label: string, asOf: string): Action {
  return {
    id: row.id,
    recommendationId: row.recommendation_id,
    source: sourceOf(row),
    sourceLabel: label,
    text: row.text,
    agency: row.lead_agency,
    leadRole: row.lead_role,
    due: row.due_on,
    measure: row.measure,
    status: row.status,
    rag: row.rag,
    statusOn: row.status_on,
    reason: row.reason,
    completedOn: row.completed_on,
    impact: row.impact,
    impactOn: row.impact_on,
    daysOverdue: daysOverdue(row, asOf),
    impactReviewDue: impactReviewDue(row, asOf),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
