/**
 * 0005: terms of reference (issue #7) — numbered versions of the structured fields and rich-text
 * sections, the decisions on them (sign-off or return, each bound to the SHA-256 it was made
 * on), templates the partnership saves, and a record of every PDF exported from a version, by the
 * SHA-256 of the file, which is what "verify a PDF" looks up.
 */
import type { Migration } from './types';

const someText = (column: string) => `${column} TEXT NOT NULL CHECK (length(trim(${column})) > 0)`;
const sha = (column: string, optional = false) =>
  `${column} TEXT ${optional ? '' : 'NOT NULL'} CHECK (${optional ? `${column} IS NULL OR ` : ''}(length(${column}) = 64 AND ${column} NOT GLOB '*[^0-9a-f]*'))`;
const docJson = (column: string) => `${column} TEXT NOT NULL CHECK (json_valid(${column}) AND json_extract(${column}, '$.type') = 'doc')`;
const jsonObject = (column: string) => `${column} TEXT NOT NULL CHECK (json_valid(${column}) AND json_type(${column}) = 'object')`;

const migration: Migration = {
  version: 5,
  name: 'terms',
  up(db) {
    db.exec(`
      CREATE TABLE terms_versions (
        review_id TEXT NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
        number INTEGER NOT NULL CHECK (number >= 1),
        status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'signed-off', 'returned')),
        ${jsonObject('fields')},
        ${docJson('sections')},
        schema_version INTEGER NOT NULL CHECK (schema_version >= 1),
        ${sha('submitted_sha256', true)},
        submitted_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (review_id, number)
      ) STRICT;

      -- A signed-off version is the record of what the chair agreed: it never changes.
      CREATE TRIGGER terms_signed_immutable BEFORE UPDATE ON terms_versions WHEN OLD.status = 'signed-off'
      BEGIN
        SELECT RAISE(ABORT, 'a signed-off version of the terms of reference cannot be changed');
      END;

      CREATE TABLE terms_decisions (
        id TEXT PRIMARY KEY NOT NULL,
        review_id TEXT NOT NULL,
        number INTEGER NOT NULL,
        decision TEXT NOT NULL CHECK (decision IN ('approved', 'returned')),
        ${someText('signatory')},
        ${someText('role')},
        comments TEXT NOT NULL DEFAULT '',
        ${sha('sha256')},
        decided_at TEXT NOT NULL,
        FOREIGN KEY (review_id, number) REFERENCES terms_versions (review_id, number) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX terms_decisions_version ON terms_decisions (review_id, number);
      CREATE UNIQUE INDEX terms_decisions_one_approval ON terms_decisions (review_id, number) WHERE decision = 'approved';

      CREATE TABLE terms_templates (
        id TEXT PRIMARY KEY NOT NULL,
        ${someText('name')},
        description TEXT NOT NULL DEFAULT '',
        ${jsonObject('fields')},
        ${docJson('sections')},
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE pdf_exports (
        ${sha('sha256')} PRIMARY KEY,
        review_id TEXT NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('terms-of-reference')),
        number INTEGER NOT NULL,
        -- The version had been signed off when this file was made (a draft's PDF never verifies).
        signed INTEGER NOT NULL CHECK (signed IN (0, 1)),
        ${sha('content_sha256')},
        exported_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};

export default migration;
