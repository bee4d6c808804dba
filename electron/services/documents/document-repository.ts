/** Rows of `documents` and `document_versions` (migration 0004) to and from their views. */
import type { DocJson } from '../../../shared/documents/model';
import type { DocumentDetail, DocumentKind, DocumentSummary, DocumentVersion } from '../../../shared/documents/types';
import type { Db } from '../sqlite';

interface DocumentRow {
  id: string;
  review_id: string;
  title: string;
  kind: DocumentKind;
  marking: string;
  schema_version: number;
  content: string;
  word_count: number;
  revision: number;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
  archived_by: string | null;
  version_count: number;
}

interface VersionRow {
  id: string;
  document_id: string;
  number: number;
  label: string;
  schema_version: number;
  content: string;
  sha256: string;
  word_count: number;
  created_at: string;
}

export interface StoredVersion extends DocumentVersion {
  schemaVersion: number;
  content: DocJson;
}

const selectDocument = `
  SELECT d.*, (SELECT count(*) FROM document_versions v WHERE v.document_id = d.id) AS version_count
  FROM documents d`;

function toSummary(row: DocumentRow): DocumentSummary {
  return {
    id: row.id,
    reviewId: row.review_id,
    title: row.title,
    kind: row.kind,
    marking: row.marking,
    wordCount: row.word_count,
    versionCount: row.version_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archived: row.archived_at === null ? null : { at: row.archived_at, by: row.archived_by ?? '' },
  };
}

function toVersion(row: VersionRow): StoredVersion {
  return {
    id: row.id,
    documentId: row.document_id,
    number: row.number,
    label: row.label,
    sha256: row.sha256,
    wordCount: row.word_count,
    createdAt: row.created_at,
    schemaVersion: row.schema_version,
    content: JSON.parse(row.content) as DocJson,
  };
}

export function insertDocument(db: Db, document: Omit<DocumentDetail, 'versionCount' | 'archived'>): void {
  db.prepare(
    `INSERT INTO documents (id, review_id, title, kind, marking, schema_version, content, word_count, revision, created_at, updated_at)
     VALUES (@id, @reviewId, @title, @kind, @marking, @schemaVersion, @content, @wordCount, @revision, @createdAt, @updatedAt)`,
  ).run({ ...document, content: JSON.stringify(document.content) });
}

export function getDocument(db: Db, id: string): DocumentDetail | null {
  const row = db.prepare(`${selectDocument} WHERE d.id = ?`).get(id) as DocumentRow | undefined;
  if (!row) return null;
  return { ...toSummary(row), schemaVersion: row.schema_version, content: JSON.parse(row.content) as DocJson, revision: row.revision };
}

/** The review's list: archived documents are not in it. */
export function listDocuments(db: Db, reviewId: string): DocumentSummary[] {
  const rows = db.prepare(`${selectDocument} WHERE d.review_id = ? AND d.archived_at IS NULL ORDER BY d.updated_at DESC, d.title`).all(reviewId) as DocumentRow[];
  return rows.map(toSummary);
}

/** The review's archived documents, most recently archived first. */
export function listArchivedDocuments(db: Db, reviewId: string): DocumentSummary[] {
  const rows = db.prepare(`${selectDocument} WHERE d.review_id = ? AND d.archived_at IS NOT NULL ORDER BY d.archived_at DESC, d.title`).all(reviewId) as DocumentRow[];
  return rows.map(toSummary);
}

/** Archives (`archived` given) or brings back (null) a document. */
export function setArchived(db: Db, id: string, archived: { at: string; by: string } | null): void {
  db.prepare('UPDATE documents SET archived_at = ?, archived_by = ? WHERE id = ?').run(archived?.at ?? null, archived?.by ?? null, id);
}

/** Deletes an archived document and its versions (the database refuses any other). */
export function deleteDocumentRow(db: Db, id: string): void {
  db.prepare('DELETE FROM documents WHERE id = ?').run(id);
}

/** Writes new content only if the stored revision is still `revision`; false when it has moved on. */
export function saveContent(db: Db, id: string, revision: number, values: { content: DocJson; wordCount: number; schemaVersion: number; updatedAt: string }): boolean {
  const result = db
    .prepare(
      `UPDATE documents SET content = ?, word_count = ?, schema_version = ?, updated_at = ?, revision = revision + 1
       WHERE id = ? AND revision = ?`,
    )
    .run(JSON.stringify(values.content), values.wordCount, values.schemaVersion, values.updatedAt, id, revision);
  return result.changes === 1;
}

export function updateDocumentColumns(db: Db, id: string, values: { title?: string; marking?: string }, updatedAt: string): void {
  db.prepare(`UPDATE documents SET title = coalesce(?, title), marking = coalesce(?, marking), updated_at = ? WHERE id = ?`).run(
    values.title ?? null,
    values.marking ?? null,
    updatedAt,
    id,
  );
}

export function insertVersion(db: Db, version: StoredVersion): void {
  db.prepare(
    `INSERT INTO document_versions (id, document_id, number, label, schema_version, content, sha256, word_count, created_at)
     VALUES (@id, @documentId, @number, @label, @schemaVersion, @content, @sha256, @wordCount, @createdAt)`,
  ).run({ ...version, content: JSON.stringify(version.content) });
}

export function nextVersionNumber(db: Db, documentId: string): number {
  const row = db.prepare('SELECT coalesce(max(number), 0) + 1 AS next FROM document_versions WHERE document_id = ?').get(documentId) as { next: number };
  return row.next;
}

export function listVersions(db: Db, documentId: string): StoredVersion[] {
  const rows = db.prepare('SELECT * FROM document_versions WHERE document_id = ? ORDER BY number').all(documentId) as VersionRow[];
  return rows.map(toVersion);
}

export function getVersion(db: Db, documentId: string, number: number): StoredVersion | null {
  const row = db.prepare('SELECT * FROM document_versions WHERE document_id = ? AND number = ?').get(documentId, number) as VersionRow | undefined;
  return row ? toVersion(row) : null;
}
