/**
 * The plan's rows as the briefings and the annual report read them, by their own SQL on the
 * tables of migration 0013 (the findings and actions services are built alongside, and this part
 * must stand without them). Numbers are positions counted within a review or an activity.
 */
import type { ActionStatus, PlanSource } from '../../../shared/findings/model';
import type { Db } from '../kernel';
import { sourceOf } from './sources';

export interface PlanFinding {
  id: string;
  source: PlanSource;
  number: number;
  statement: string;
  pattern: string | null;
  category: string | null;
}

export interface PlanRecommendation {
  id: string;
  text: string;
  madeOn: string;
  findingIds: string[];
}

export interface PlanAction {
  id: string;
  recommendationId: string;
  text: string;
  agency: string;
}

export interface PlanProgress {
  actionId: string;
  on: string;
  status: ActionStatus;
  reason: string | null;
}

interface FindingRow {
  id: string;
  review_id: string | null;
  activity_id: string | null;
  statement: string;
  pattern: string | null;
  category: string | null;
}

const findingColumns = 'f.id, f.review_id, f.activity_id, f.statement, f.pattern, c.name AS category FROM findings f LEFT JOIN finding_categories c ON c.id = f.category_id';

/** Numbered as `numberWithinSource` numbers them: the rows come in that order. */
function numbered(rows: FindingRow[]): PlanFinding[] {
  const counted = new Map<string, number>();
  return rows.map((row) => {
    const key = row.review_id ?? `activity:${row.activity_id!}`;
    const number = (counted.get(key) ?? 0) + 1;
    counted.set(key, number);
    return { id: row.id, source: sourceOf(row), number, statement: row.statement, pattern: row.pattern, category: row.category };
  });
}

export function reviewFindings(db: Db, reviewId: string): PlanFinding[] {
  return numbered(db.prepare<[string], FindingRow>(`SELECT ${findingColumns} WHERE f.review_id = ? ORDER BY f.position, f.rowid`).all(reviewId));
}

/** Every finding in the workspace, numbered within its source. */
export function allFindings(db: Db): PlanFinding[] {
  return numbered(db.prepare<[], FindingRow>(`SELECT ${findingColumns} ORDER BY f.review_id, f.activity_id, f.position, f.rowid`).all());
}

export function allRecommendations(db: Db): PlanRecommendation[] {
  const answers = new Map<string, string[]>();
  for (const link of db.prepare<[], { recommendation_id: string; finding_id: string }>('SELECT recommendation_id, finding_id FROM recommendation_findings WHERE finding_id IS NOT NULL ORDER BY position').all()) {
    answers.set(link.recommendation_id, [...(answers.get(link.recommendation_id) ?? []), link.finding_id]);
  }
  return db
    .prepare<[], { id: string; text: string; made_on: string }>('SELECT id, text, made_on FROM recommendations ORDER BY position, created_at')
    .all()
    .map((row) => ({ id: row.id, text: row.text, madeOn: row.made_on, findingIds: answers.get(row.id) ?? [] }));
}

export function allActions(db: Db): PlanAction[] {
  return db
    .prepare<[], { id: string; recommendation_id: string; text: string; lead_agency: string }>('SELECT id, recommendation_id, text, lead_agency FROM actions ORDER BY due_on, created_at')
    .all()
    .map((row) => ({ id: row.id, recommendationId: row.recommendation_id, text: row.text, agency: row.lead_agency }));
}

/** Every progress update, oldest first (the same day: in the order recorded). */
export function allProgress(db: Db): PlanProgress[] {
  return db
    .prepare<[], { action_id: string; on_day: string; status: ActionStatus; reason: string | null }>('SELECT action_id, on_day, status, reason FROM action_progress ORDER BY on_day, recorded_at, id')
    .all()
    .map((row) => ({ actionId: row.action_id, on: row.on_day, status: row.status, reason: row.reason }));
}
