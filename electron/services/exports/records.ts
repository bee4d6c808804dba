/** The register of exports and the words marked "not a person": plain functions over the database. */
import type { ExportFormat, ExportKind, ExportRecord, NotPerson } from '../../../shared/exports/types';
import type { Db } from '../kernel';

interface ExportRow {
  id: string;
  sha256: string;
  kind: string;
  format: string;
  review_id: string | null;
  subject_id: string | null;
  version: number | null;
  anonymised: number;
  filtered: number;
  file_name: string;
  exported_by: string;
  exported_at: string;
  unresolved_reason: string | null;
  detail: string;
}

export interface StoredExport extends ExportRecord {
  detail: Record<string, unknown>;
}

function toRecord(row: ExportRow): StoredExport {
  return {
    id: row.id,
    sha256: row.sha256,
    kind: row.kind as ExportKind,
    format: row.format as ExportFormat,
    reviewId: row.review_id,
    subjectId: row.subject_id,
    version: row.version,
    anonymised: row.anonymised === 1,
    filtered: row.filtered === 1,
    fileName: row.file_name,
    exportedBy: row.exported_by,
    exportedAt: row.exported_at,
    unresolvedReason: row.unresolved_reason,
    detail: JSON.parse(row.detail) as Record<string, unknown>,
  };
}

export function insertExport(db: Db, record: StoredExport): void {
  db.prepare(
    `INSERT INTO exports (id, sha256, kind, format, review_id, subject_id, version, anonymised, filtered, file_name, exported_by, exported_at, unresolved_reason, detail)
     VALUES (@id, @sha256, @kind, @format, @reviewId, @subjectId, @version, @anonymised, @filtered, @fileName, @exportedBy, @exportedAt, @unresolvedReason, @detail)`,
  ).run({ ...record, anonymised: record.anonymised ? 1 : 0, filtered: record.filtered ? 1 : 0, detail: JSON.stringify(record.detail) });
}

/** Every export whose file had these bytes, oldest first. */
export function findExportsBySha(db: Db, sha256: string): StoredExport[] {
  return db.prepare<[string], ExportRow>('SELECT * FROM exports WHERE sha256 = ? ORDER BY exported_at, rowid').all(sha256).map(toRecord);
}

export function listExports(db: Db, reviewId: string): StoredExport[] {
  return db.prepare<[string], ExportRow>('SELECT * FROM exports WHERE review_id = ? ORDER BY exported_at DESC, rowid DESC').all(reviewId).map(toRecord);
}

export function listNotPeople(db: Db): NotPerson[] {
  return db
    .prepare<[], { key: string; name: string; marked_at: string }>('SELECT key, name, marked_at FROM not_people ORDER BY name COLLATE NOCASE')
    .all()
    .map((row) => ({ key: row.key, name: row.name, markedAt: row.marked_at }));
}

export function insertNotPerson(db: Db, entry: NotPerson): void {
  db.prepare('INSERT OR IGNORE INTO not_people (key, name, marked_at) VALUES (?, ?, ?)').run(entry.key, entry.name, entry.markedAt);
}

export function deleteNotPerson(db: Db, key: string): boolean {
  return db.prepare('DELETE FROM not_people WHERE key = ?').run(key).changes === 1;
}
