/** Rows of the terms-of-reference tables (migration 0005) to and from their views. */
import type { DocJson } from '../../../shared/documents/model';
import type { TermsFields } from '../../../shared/terms/model';
import type { TermsDecision, TermsStatus } from '../../../shared/terms/types';
import type { Db } from '../sqlite';

export interface StoredTerms {
  reviewId: string;
  number: number;
  status: TermsStatus;
  fields: TermsFields;
  sections: DocJson;
  schemaVersion: number;
  submittedSha256: string | null;
  submittedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

interface TermsRow {
  review_id: string;
  number: number;
  status: TermsStatus;
  fields: string;
  sections: string;
  schema_version: number;
  submitted_sha256: string | null;
  submitted_at: string | null;
  created_at: string;
  updated_at: string;
}

function toTerms(row: TermsRow): StoredTerms {
  return {
    reviewId: row.review_id,
    number: row.number,
    status: row.status,
    fields: JSON.parse(row.fields) as TermsFields,
    sections: JSON.parse(row.sections) as DocJson,
    schemaVersion: row.schema_version,
    submittedSha256: row.submitted_sha256,
    submittedAt: row.submitted_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function latestTerms(db: Db, reviewId: string): StoredTerms | null {
  const row = db.prepare('SELECT * FROM terms_versions WHERE review_id = ? ORDER BY number DESC LIMIT 1').get(reviewId) as TermsRow | undefined;
  return row ? toTerms(row) : null;
}

export function getTerms(db: Db, reviewId: string, number: number): StoredTerms | null {
  const row = db.prepare('SELECT * FROM terms_versions WHERE review_id = ? AND number = ?').get(reviewId, number) as TermsRow | undefined;
  return row ? toTerms(row) : null;
}

export function listTerms(db: Db, reviewId: string): StoredTerms[] {
  return (db.prepare('SELECT * FROM terms_versions WHERE review_id = ? ORDER BY number DESC').all(reviewId) as TermsRow[]).map(toTerms);
}

export function insertTerms(db: Db, terms: StoredTerms): void {
  db.prepare(
    `INSERT INTO terms_versions (review_id, number, status, fields, sections, schema_version, submitted_sha256, submitted_at, created_at, updated_at)
     VALUES (@reviewId, @number, @status, @fields, @sections, @schemaVersion, @submittedSha256, @submittedAt, @createdAt, @updatedAt)`,
  ).run({ ...terms, fields: JSON.stringify(terms.fields), sections: JSON.stringify(terms.sections) });
}

export function updateTerms(db: Db, terms: Pick<StoredTerms, 'reviewId' | 'number' | 'status' | 'fields' | 'sections' | 'submittedSha256' | 'submittedAt' | 'updatedAt'>): void {
  db.prepare(
    `UPDATE terms_versions SET status = @status, fields = @fields, sections = @sections, submitted_sha256 = @submittedSha256,
       submitted_at = @submittedAt, updated_at = @updatedAt
     WHERE review_id = @reviewId AND number = @number`,
  ).run({ ...terms, fields: JSON.stringify(terms.fields), sections: JSON.stringify(terms.sections) });
}

interface DecisionRow {
  decision: 'approved' | 'returned';
  signatory: string;
  role: string;
  comments: string;
  sha256: string;
  decided_at: string;
  number: number;
}

export function insertDecision(db: Db, id: string, reviewId: string, number: number, decision: TermsDecision): void {
  db.prepare(
    `INSERT INTO terms_decisions (id, review_id, number, decision, signatory, role, comments, sha256, decided_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, reviewId, number, decision.decision, decision.signatory, decision.role, decision.comments, decision.sha256, decision.at);
}

/** Decisions on every version of a review, oldest first, by version number. */
export function decisionsByVersion(db: Db, reviewId: string): Map<number, TermsDecision[]> {
  const rows = db.prepare('SELECT * FROM terms_decisions WHERE review_id = ? ORDER BY decided_at, rowid').all(reviewId) as DecisionRow[];
  const byVersion = new Map<number, TermsDecision[]>();
  for (const row of rows) {
    const list = byVersion.get(row.number) ?? [];
    list.push({ decision: row.decision, signatory: row.signatory, role: row.role, comments: row.comments, sha256: row.sha256, at: row.decided_at });
    byVersion.set(row.number, list);
  }
  return byVersion;
}

export interface StoredTemplate {
  id: string;
  name: string;
  description: string;
  fields: Record<string, unknown>;
  sections: DocJson;
}

export function listWorkspaceTemplates(db: Db): StoredTemplate[] {
  const rows = db.prepare('SELECT id, name, description, fields, sections FROM terms_templates ORDER BY name').all() as Array<{ id: string; name: string; description: string; fields: string; sections: string }>;
  return rows.map((row) => ({ ...row, fields: JSON.parse(row.fields) as Record<string, unknown>, sections: JSON.parse(row.sections) as DocJson }));
}

export function saveWorkspaceTemplate(db: Db, template: StoredTemplate, at: string): void {
  db.prepare(
    `INSERT INTO terms_templates (id, name, description, fields, sections, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, description = excluded.description, fields = excluded.fields, sections = excluded.sections, updated_at = excluded.updated_at`,
  ).run(template.id, template.name, template.description, JSON.stringify(template.fields), JSON.stringify(template.sections), at, at);
}
