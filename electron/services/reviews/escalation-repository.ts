/** Escalations under the case resolution protocol, linked to a review or not. */
import type { EscalationStage } from '../../../shared/reviews/catalogue';
import type { Escalation } from '../../../shared/reviews/types';
import type { Db } from '../sqlite';
import { fromJson, toJson, updateColumns, type SqlValue } from '../kernel';

interface EscalationRow {
  id: string;
  review_id: string | null;
  stage: number;
  raised_by: string;
  agencies: string;
  issue: string;
  raised_on: string;
  stage_started_on: string;
  stage_due_on: string | null;
  stage_due_rule: string | null;
  outcome: string | null;
  resolved_on: string | null;
  created_at: string;
  updated_at: string;
}

/** Escalation fields and their columns: the one map both inserts and patches use. */
export const escalationColumns = {
  reviewId: 'review_id',
  stage: 'stage',
  raisedBy: 'raised_by',
  agencies: 'agencies',
  issue: 'issue',
  raisedOn: 'raised_on',
  stageStartedOn: 'stage_started_on',
  stageDue: 'stage_due_on',
  stageDueRule: 'stage_due_rule',
  outcome: 'outcome',
  resolvedOn: 'resolved_on',
} as const satisfies Partial<Record<keyof Escalation, keyof EscalationRow>>;

export type EscalationField = keyof typeof escalationColumns;

function toEscalation(row: EscalationRow): Escalation {
  return {
    id: row.id,
    reviewId: row.review_id,
    stage: row.stage as EscalationStage,
    raisedBy: row.raised_by,
    agencies: fromJson<string>(row.agencies),
    issue: row.issue,
    raisedOn: row.raised_on,
    stageStartedOn: row.stage_started_on,
    stageDue: row.stage_due_on,
    stageDueRule: row.stage_due_rule,
    outcome: row.outcome,
    resolvedOn: row.resolved_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toColumnValue(field: EscalationField, value: Escalation[EscalationField]): SqlValue {
  return field === 'agencies' ? toJson(value as string[]) : (value as SqlValue);
}

export function insertEscalation(db: Db, escalation: Escalation): void {
  const row: Record<string, SqlValue> = { id: escalation.id, created_at: escalation.createdAt, updated_at: escalation.updatedAt };
  for (const [field, column] of Object.entries(escalationColumns) as Array<[EscalationField, string]>) row[column] = toColumnValue(field, escalation[field]);
  const columns = Object.keys(row);
  db.prepare(`INSERT INTO escalations (${columns.join(', ')}) VALUES (${columns.map((column) => '@' + column).join(', ')})`).run(row);
}

export function getEscalation(db: Db, id: string): Escalation | null {
  const row = db.prepare<[string], EscalationRow>('SELECT * FROM escalations WHERE id = ?').get(id);
  return row ? toEscalation(row) : null;
}

/** Newest first; all of them, or those linked to one review. */
export function listEscalations(db: Db, reviewId?: string): Escalation[] {
  const rows =
    reviewId === undefined
      ? db.prepare<[], EscalationRow>('SELECT * FROM escalations ORDER BY raised_on DESC, rowid DESC').all()
      : db.prepare<[string], EscalationRow>('SELECT * FROM escalations WHERE review_id = ? ORDER BY raised_on DESC, rowid DESC').all(reviewId);
  return rows.map(toEscalation);
}

/** Writes only the fields given. */
export function updateEscalationFields(db: Db, id: string, fields: Partial<Pick<Escalation, EscalationField>>, updatedAt: string): boolean {
  const values: Record<string, SqlValue> = {};
  for (const [field, value] of Object.entries(fields) as Array<[EscalationField, Escalation[EscalationField]]>) {
    if (value !== undefined) values[escalationColumns[field]] = toColumnValue(field, value);
  }
  return updateColumns(db, 'escalations', id, values, updatedAt);
}
