/** Rows of the terms-of-reference tables (migrations 0005 and 0009) to and from their views. */
import type { DocJson } from '../../../shared/documents/model';
import type { DecisionMethod } from '../../../shared/terms/decision';
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
  id: string;
  decision: 'approved' | 'returned';
  signatory: string;
  role: string;
  comments: string;
  sha256: string;
  decided_at: string;
  number: number;
  decided_on: string | null;
  how: DecisionMethod | null;
  recorded_by: string | null;
  evidence_name: string | null;
  evidence_size: number | null;
  evidence_sha256: string | null;
}

/** What is stored for a decision: the decision, and the record of how it was made (migration 0009). */
export interface DecisionToStore {
  id: string;
  decision: 'approved' | 'returned';
  signatory: string;
  role: string;
  comments: string;
  sha256: string;
  decidedOn: string;
  how: DecisionMethod;
  recordedBy: string;
  recordedAt: string;
  evidence: { fileName: string; sha256: string; bytes: Buffer } | null;
}

export function insertDecision(db: Db, reviewId: string, number: number, decision: DecisionToStore): void {
  db.prepare(
    `INSERT INTO terms_decisions (id, review_id, number, decision, signatory, role, comments, sha256, decided_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(decision.id, reviewId, number, decision.decision, decision.signatory, decision.role, decision.comments, decision.sha256, decision.recordedAt);
  db.prepare('INSERT INTO terms_decision_records (decision_id, decided_on, how, recorded_by) VALUES (?, ?, ?, ?)').run(decision.id, decision.decidedOn, decision.how, decision.recordedBy);
  if (decision.evidence) {
    db.prepare('INSERT INTO terms_decision_evidence (decision_id, file_name, size, sha256, content) VALUES (?, ?, ?, ?, ?)').run(
      decision.id,
      decision.evidence.fileName,
      decision.evidence.bytes.length,
      decision.evidence.sha256,
      decision.evidence.bytes,
    );
  }
}

function toDecision(row: DecisionRow): TermsDecision {
  return {
    id: row.id,
    decision: row.decision,
    signatory: row.signatory,
    role: row.role,
    // Decided before 0009 kept the day: read as decided on the day it was recorded.
    at: row.decided_on ?? row.decided_at.slice(0, 10),
    how: row.how,
    recordedBy: row.recorded_by,
    recordedAt: row.decided_at,
    comments: row.comments,
    sha256: row.sha256,
    evidence: row.evidence_name !== null && row.evidence_size !== null && row.evidence_sha256 !== null ? { fileName: row.evidence_name, size: row.evidence_size, sha256: row.evidence_sha256 } : null,
  };
}

/** Decisions on every version of a review, in the order they were recorded, by version number. */
export function decisionsByVersion(db: Db, reviewId: string): Map<number, TermsDecision[]> {
  const rows = db
    .prepare(
      `SELECT d.*, r.decided_on, r.how, r.recorded_by, e.file_name AS evidence_name, e.size AS evidence_size, e.sha256 AS evidence_sha256
       FROM terms_decisions d
       LEFT JOIN terms_decision_records r ON r.decision_id = d.id
       LEFT JOIN terms_decision_evidence e ON e.decision_id = d.id
       WHERE d.review_id = ? ORDER BY d.decided_at, d.rowid`,
    )
    .all(reviewId) as DecisionRow[];
  const byVersion = new Map<number, TermsDecision[]>();
  for (const row of rows) {
    const list = byVersion.get(row.number) ?? [];
    list.push(toDecision(row));
    byVersion.set(row.number, list);
  }
  return byVersion;
}

/** The evidence file kept with a decision of this review, or null. */
export function evidenceOf(db: Db, reviewId: string, decisionId: string): { fileName: string; bytes: Buffer } | null {
  const row = db
    .prepare('SELECT e.file_name, e.content FROM terms_decision_evidence e JOIN terms_decisions d ON d.id = e.decision_id WHERE d.review_id = ? AND e.decision_id = ?')
    .get(reviewId, decisionId) as { file_name: string; content: Buffer } | undefined;
  return row ? { fileName: row.file_name, bytes: row.content } : null;
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

/** The terms other domains plan from: the newest signed-off version, or the newest of any status. */
export function termsInForce(db: Db, reviewId: string): StoredTerms | null {
  const row = db.prepare("SELECT * FROM terms_versions WHERE review_id = ? ORDER BY status = 'signed-off' DESC, number DESC LIMIT 1").get(reviewId) as TermsRow | undefined;
  return row ? toTerms(row) : null;
}
