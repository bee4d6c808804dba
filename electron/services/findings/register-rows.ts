/**
 * The register's own reads: only the columns it shows, filtered in SQL so a filtered view reads
 * only its rows (the indexes of migration 0013 on agency and due date serve the common filters),
 * and the choices to filter by from every action, in three small queries.
 */
import { closedStatuses, type PlanSource } from '../../../shared/findings/model';
import type { RegisterFilter } from '../../../shared/findings/schemas';
import type { Db } from '../kernel';
import type { StoredAction } from './action-rows';

/** An action as the register reads it: only the columns it shows. */
export type RegisterStored = Pick<
  StoredAction,
  'id' | 'recommendation_id' | 'text' | 'lead_agency' | 'lead_role' | 'due_on' | 'measure' | 'status' | 'rag' | 'status_on' | 'completed_on' | 'impact' | 'review_id' | 'activity_id' | 'recommendation'
>;

const closed = closedStatuses.map((status) => `'${status}'`).join(', ');
const isOverdue = `(a.due_on < @asOf AND a.status NOT IN (${closed}))`;

/** The WHERE clause and its parameters for a filter; every value is a bound parameter. */
function conditions(filter: RegisterFilter, asOf: string): { where: string; params: Record<string, string> } {
  const parts: string[] = [];
  const params: Record<string, string> = { asOf };
  const where = (sql: string, name?: string, value?: string) => {
    parts.push(sql);
    if (name && value !== undefined) params[name] = value;
  };
  if (filter.source?.kind === 'review') where('r.review_id = @reviewId', 'reviewId', filter.source.reviewId);
  if (filter.source?.kind === 'activity') where('r.activity_id = @activityId', 'activityId', filter.source.activityId);
  if (filter.agency) where('a.lead_agency = @agency COLLATE NOCASE', 'agency', filter.agency);
  if (filter.status) where('a.status = @status', 'status', filter.status);
  if (filter.rag) where('a.rag = @rag', 'rag', filter.rag);
  if (filter.overdue !== undefined) where(filter.overdue ? isOverdue : `NOT ${isOverdue}`);
  if (filter.category) {
    where(
      `EXISTS (SELECT 1 FROM recommendation_findings rf JOIN findings f ON f.id = rf.finding_id JOIN finding_categories c ON c.id = f.category_id
                WHERE rf.recommendation_id = a.recommendation_id AND c.name = @category COLLATE NOCASE)`,
      'category',
      filter.category,
    );
  }
  return { where: parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '', params };
}

export function registerStored(db: Db, filter: RegisterFilter, asOf: string): RegisterStored[] {
  const { where, params } = conditions(filter, asOf);
  return db
    .prepare<[Record<string, string>], RegisterStored>(
      `SELECT a.id, a.recommendation_id, a.text, a.lead_agency, a.lead_role, a.due_on, a.measure, a.status, a.rag, a.status_on, a.completed_on, a.impact,
              r.review_id, r.activity_id, r.text AS recommendation
         FROM actions a JOIN recommendations r ON r.id = a.recommendation_id ${where}`,
    )
    .all(params);
}

/** What the filters offer, from every action (not only those shown). */
export function registerChoices(db: Db): { agencies: string[]; sources: PlanSource[]; categories: string[] } {
  const agencies = db.prepare<[], { agency: string }>('SELECT min(lead_agency) AS agency FROM actions GROUP BY lead_agency COLLATE NOCASE').all();
  const sources = db
    .prepare<[], { review_id: string | null; activity_id: string | null }>('SELECT DISTINCT r.review_id, r.activity_id FROM recommendations r WHERE EXISTS (SELECT 1 FROM actions a WHERE a.recommendation_id = r.id)')
    .all();
  const categories = db
    .prepare<[], { name: string }>(
      `SELECT DISTINCT c.name FROM finding_categories c JOIN findings f ON f.category_id = c.id JOIN recommendation_findings rf ON rf.finding_id = f.id
        WHERE EXISTS (SELECT 1 FROM actions a WHERE a.recommendation_id = rf.recommendation_id)`,
    )
    .all();
  return {
    agencies: agencies.map((row) => row.agency),
    sources: sources.map((row): PlanSource => (row.review_id ? { kind: 'review', reviewId: row.review_id } : { kind: 'activity', activityId: row.activity_id! })),
    categories: categories.map((row) => row.name),
  };
}
