/**
 * Reading the audit log, newest first, in words (shared/workspace/audit-words.ts). Read-only:
 * plain SELECTs on audit_log, and on the record of exports for what an export held. Rows keep
 * the log's ids; nothing here looks a name up in the people register.
 */
import {
  auditKindAreas,
  auditTarget,
  auditWhat,
  type AuditKind,
  type AuditListQuery,
  type AuditPage,
  type AuditRow,
  type ExportedKind,
} from '../../../../shared/workspace';
import type { Db } from '../../sqlite';

/** A page when the caller does not say: enough for a screen, small enough to read at once. */
export const defaultAuditPage = 100;

interface Row {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
}

export function listAudit(db: Db, query: AuditListQuery = {}): AuditPage {
  const where: string[] = [];
  const params: Array<string | number> = [];
  if (query.since) {
    where.push('at >= ?');
    params.push(startOfLocalDay(query.since, 0));
  }
  if (query.until) {
    where.push('at < ?');
    params.push(startOfLocalDay(query.until, 1));
  }
  if (query.actor) {
    where.push('actor = ?');
    params.push(query.actor);
  }
  if (query.kinds) {
    const areas = areasOf(query.kinds);
    // No kind chosen: nothing matches (an empty IN list is not valid SQL).
    if (areas.length === 0) where.push('0');
    else {
      where.push(`substr(action, 1, instr(action, '.') - 1) IN (${areas.map(() => '?').join(', ')})`);
      params.push(...areas);
    }
  }
  const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const total = (db.prepare(`SELECT count(*) AS n FROM audit_log ${clause}`).get(...params) as { n: number }).n;
  const rows = db
    .prepare(`SELECT seq, at, actor, action, entity_type, entity_id FROM audit_log ${clause} ORDER BY seq DESC LIMIT ? OFFSET ?`)
    .all(...params, query.limit ?? defaultAuditPage, query.offset ?? 0) as Row[];
  const exported = exportKinds(db, rows);
  const actors = (db.prepare('SELECT DISTINCT actor FROM audit_log ORDER BY actor COLLATE NOCASE').all() as Array<{ actor: string }>).map((row) => row.actor);
  return { rows: rows.map((row) => inWords(row, exported)), total, actors };
}

function inWords(row: Row, exported: Map<string, ExportedKind>): AuditRow {
  return {
    seq: row.seq,
    at: row.at,
    who: row.actor,
    what: auditWhat(row.action, { exported: row.entity_type === 'export' && row.entity_id ? exported.get(row.entity_id) : null }),
    target: auditTarget(row.entity_type, row.entity_id),
  };
}

function areasOf(kinds: readonly AuditKind[]): string[] {
  return [...new Set(kinds.flatMap((kind) => auditKindAreas[kind]))];
}

/** The ISO time at which a day (YYYY-MM-DD) starts in this computer's time, `plusDays` later. */
export function startOfLocalDay(day: string, plusDays: number): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year!, month! - 1, date! + plusDays).toISOString();
}

const exportedKinds: readonly string[] = ['chronology', 'document', 'terms', 'agency-request', 'interviews'] satisfies ExportedKind[];

/**
 * What each export on this page held, from the record of exports. That record is another
 * domain's table: if it is missing or shaped differently, the entries say "a file" instead.
 */
function exportKinds(db: Db, rows: readonly Row[]): Map<string, ExportedKind> {
  const ids = [...new Set(rows.filter((row) => row.entity_type === 'export' && row.entity_id).map((row) => row.entity_id!))];
  const kinds = new Map<string, ExportedKind>();
  if (ids.length === 0) return kinds;
  try {
    const found = db.prepare(`SELECT id, kind FROM exports WHERE id IN (${ids.map(() => '?').join(', ')})`).all(...ids) as Array<{ id: string; kind: string }>;
    for (const { id, kind } of found) if (exportedKinds.includes(kind)) kinds.set(id, kind as ExportedKind);
  } catch {
    // An older or newer layout of the record of exports: the generic words serve.
  }
  return kinds;
}
