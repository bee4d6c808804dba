/** Agency submissions (the original files, kept encrypted in the database) and remembered mappings. */
import type { ColumnMapping } from '../../../shared/chronology/types';
import type { SourceFormat, SubmissionInfo } from '../../../shared/chronology/views';
import type { Db } from '../sqlite';

export interface NewSubmission {
  id: string;
  reviewId: string;
  agency: string;
  fileName: string;
  format: SourceFormat;
  encoding: string | null;
  sheet: string | null;
  headerIndex: number;
  headers: string[];
  mapping: ColumnMapping;
  date1904: boolean;
  content: Uint8Array;
  sha256: string;
  importedAt: string;
}

export function insertSubmission(db: Db, submission: NewSubmission): void {
  db.prepare(
    `INSERT INTO chronology_submissions (id, review_id, agency, file_name, format, encoding, sheet, header_index, headers, mapping, date1904, size, sha256, content, imported_at)
     VALUES (@id, @reviewId, @agency, @fileName, @format, @encoding, @sheet, @headerIndex, @headers, @mapping, @date1904, @size, @sha256, @content, @importedAt)`,
  ).run({
    ...submission,
    headers: JSON.stringify(submission.headers),
    mapping: JSON.stringify(submission.mapping),
    date1904: submission.date1904 ? 1 : 0,
    size: submission.content.byteLength,
    content: Buffer.from(submission.content.buffer, submission.content.byteOffset, submission.content.byteLength),
  });
}

/** The review's earliest submission of a file with these bytes, if it has one (a removed one does not count). */
export function findSameFile(db: Db, reviewId: string, sha256: string): { fileName: string; agency: string; importedAt: string } | null {
  const row = db
    .prepare<[string, string], { file_name: string; agency: string; imported_at: string }>(
      'SELECT file_name, agency, imported_at FROM chronology_submissions WHERE review_id = ? AND sha256 = ? AND removed_at IS NULL ORDER BY imported_at, rowid LIMIT 1',
    )
    .get(reviewId, sha256);
  return row ? { fileName: row.file_name, agency: row.agency, importedAt: row.imported_at } : null;
}

interface SubmissionRow {
  id: string;
  review_id: string;
  agency: string;
  file_name: string;
  format: string;
  sheet: string | null;
  size: number;
  sha256: string;
  imported_at: string;
  entries: number;
  rejected: number;
  removed_at: string | null;
  removed_by: string | null;
  removed_reason: string | null;
  undo_closed: number;
}

const selectSubmissions = `SELECT s.id, s.review_id, s.agency, s.file_name, s.format, s.sheet, s.size, s.sha256, s.imported_at,
         s.removed_at, s.removed_by, s.removed_reason, s.undo_closed,
         (SELECT count(*) FROM chronology_entries e WHERE e.submission_id = s.id AND e.deleted_at IS NULL) AS entries,
         (SELECT count(*) FROM chronology_rejected r WHERE r.submission_id = s.id AND r.fixed_at IS NULL AND r.dismissed_at IS NULL) AS rejected
       FROM chronology_submissions s`;

function toSubmission(row: SubmissionRow): SubmissionInfo {
  return {
    id: row.id,
    reviewId: row.review_id,
    agency: row.agency,
    fileName: row.file_name,
    format: row.format as SourceFormat,
    sheet: row.sheet,
    size: row.size,
    sha256: row.sha256,
    importedAt: row.imported_at,
    entries: row.entries,
    rejected: row.rejected,
    removed:
      row.removed_at === null ? null : { at: row.removed_at, by: row.removed_by ?? '', reason: row.removed_reason ?? '', undoable: row.undo_closed === 0 },
  };
}

/** Every submission of the review in the order imported, removed ones too (they say so). */
export function listSubmissions(db: Db, reviewId: string): SubmissionInfo[] {
  return db.prepare<[string], SubmissionRow>(`${selectSubmissions} WHERE s.review_id = ? ORDER BY s.imported_at, s.rowid`).all(reviewId).map(toSubmission);
}

export function getSubmission(db: Db, id: string): SubmissionInfo | null {
  const row = db.prepare<[string], SubmissionRow>(`${selectSubmissions} WHERE s.id = ?`).get(id);
  return row ? toSubmission(row) : null;
}

export function markSubmissionRemoved(db: Db, id: string, removal: { at: string; by: string; reason: string } | null): void {
  db.prepare('UPDATE chronology_submissions SET removed_at = ?, removed_by = ?, removed_reason = ? WHERE id = ?').run(
    removal?.at ?? null,
    removal?.by ?? null,
    removal?.reason ?? null,
    id,
  );
}

/** A new import into the review: the removals before it can no longer be undone. */
export function closeRemovalUndo(db: Db, reviewId: string): void {
  db.prepare('UPDATE chronology_submissions SET undo_closed = 1 WHERE review_id = ? AND removed_at IS NOT NULL AND undo_closed = 0').run(reviewId);
}

/** What reading one of the submission's rows again needs. */
export interface SubmissionReading {
  reviewId: string;
  agency: string;
  fileName: string;
  headers: string[];
  mapping: ColumnMapping;
  date1904: boolean;
  importedAt: string;
}

export function getSubmissionReading(db: Db, id: string): SubmissionReading | null {
  const row = db
    .prepare<[string], { review_id: string; agency: string; file_name: string; headers: string; mapping: string; date1904: number; imported_at: string }>(
      'SELECT review_id, agency, file_name, headers, mapping, date1904, imported_at FROM chronology_submissions WHERE id = ?',
    )
    .get(id);
  if (!row) return null;
  return {
    reviewId: row.review_id,
    agency: row.agency,
    fileName: row.file_name,
    headers: JSON.parse(row.headers) as string[],
    mapping: JSON.parse(row.mapping) as ColumnMapping,
    date1904: row.date1904 === 1,
    importedAt: row.imported_at,
  };
}

/** The saved mapping for this agency's format, or for this format from any agency. */
export function findFormat(db: Db, signature: string, agency: string | null): { agency: string; mapping: ColumnMapping } | null {
  const row = db
    .prepare<[string, string], { agency: string; mapping: string }>(
      'SELECT agency, mapping FROM chronology_formats WHERE signature = ? ORDER BY agency = ? DESC, saved_at DESC LIMIT 1',
    )
    .get(signature, agency ?? '');
  return row ? { agency: row.agency, mapping: JSON.parse(row.mapping) as ColumnMapping } : null;
}

export function saveFormat(db: Db, agency: string, signature: string, mapping: ColumnMapping, at: string): void {
  db.prepare(
    `INSERT INTO chronology_formats (agency, signature, mapping, saved_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (agency, signature) DO UPDATE SET mapping = excluded.mapping, saved_at = excluded.saved_at`,
  ).run(agency, signature, JSON.stringify(mapping), at);
}
