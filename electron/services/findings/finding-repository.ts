/** Findings as stored, and as shown: numbered by position within their source, with their evidence cited. */
import type { Finding, PlanSource } from '../../../shared/findings/model';
import type { Db, Kernel } from '../kernel';
import { citeEvidence, evidenceRows } from './evidence';
import { bySource, sourceColumns, sourceLabel, sourceOf } from './sources';

export interface StoredFinding {
  id: string;
  review_id: string | null;
  activity_id: string | null;
  statement: string;
  pattern: string | null;
  category_id: string | null;
  position: number;
  created_at: string;
  updated_at: string;
}

export function getFinding(db: Db, id: string): StoredFinding | null {
  return db.prepare<[string], StoredFinding>('SELECT * FROM findings WHERE id = ?').get(id) ?? null;
}

export function findingRows(db: Db, source: PlanSource): StoredFinding[] {
  return db.prepare<[ReturnType<typeof sourceColumns>], StoredFinding>(`SELECT * FROM findings WHERE ${bySource()} ORDER BY position, rowid`).all(sourceColumns(source));
}

export function nextPosition(db: Db, table: 'findings' | 'recommendations', source: PlanSource): number {
  return db.prepare<[ReturnType<typeof sourceColumns>], { next: number }>(`SELECT ifnull(max(position) + 1, 0) AS next FROM ${table} WHERE ${bySource()}`).get(sourceColumns(source))!.next;
}

/** Finding 1, 2, … by position within the source. */
export function findingNumbers(db: Db, source: PlanSource): Map<string, number> {
  return new Map(findingRows(db, source).map((row, index) => [row.id, index + 1]));
}

/** The source's findings, in order, shown in full; `only` keeps one of them. */
export function shownFindings(kernel: Kernel, db: Db, source: PlanSource, only?: string): Finding[] {
  const rows = findingRows(db, source);
  const label = sourceLabel(db, source);
  const categories = new Map(db.prepare<[], { id: string; name: string }>('SELECT id, name FROM finding_categories').all().map((row) => [row.id, row.name]));
  const wanted = rows.filter((row) => only === undefined || row.id === only);
  const evidence = evidenceRows(db, wanted.map((row) => row.id));
  const answers = recommendationsOf(db, wanted.map((row) => row.id));
  return rows.flatMap((row, index) =>
    only !== undefined && row.id !== only
      ? []
      : [
          {
            id: row.id,
            source: sourceOf(row),
            sourceLabel: label,
            number: index + 1,
            statement: row.statement,
            pattern: row.pattern,
            categoryId: row.category_id,
            category: row.category_id ? (categories.get(row.category_id) ?? null) : null,
            evidence: (evidence.get(row.id) ?? []).map((found) => citeEvidence(kernel, db, found)),
            recommendationIds: answers.get(row.id) ?? [],
            createdAt: row.created_at,
            updatedAt: row.updated_at,
          },
        ],
  );
}

export function shownFinding(kernel: Kernel, db: Db, id: string): Finding {
  const row = getFinding(db, id)!;
  return shownFindings(kernel, db, sourceOf(row), id)[0]!;
}

/** The recommendations answering each finding, in their order. */
function recommendationsOf(db: Db, findingIds: readonly string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  if (findingIds.length === 0) return map;
  const rows = db
    .prepare<string[], { finding_id: string; recommendation_id: string }>(
      `SELECT rf.finding_id, rf.recommendation_id FROM recommendation_findings rf JOIN recommendations r ON r.id = rf.recommendation_id WHERE rf.finding_id IN (${findingIds.map(() => '?').join(', ')}) ORDER BY r.position, r.rowid`,
    )
    .all(...findingIds);
  for (const row of rows) map.set(row.finding_id, [...(map.get(row.finding_id) ?? []), row.recommendation_id]);
  return map;
}
