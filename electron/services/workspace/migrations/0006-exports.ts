/**
 * 0006: the register of exports (issue #12). Every file the app writes for someone to read —
 * chronology, document, terms of reference, and whatever comes later — is recorded here by the
 * SHA-256 of its bytes with what it holds, named or anonymised, who and when. It replaces
 * pdf_exports (terms of reference only), whose rows move across: "verify a PDF" looks exports up
 * here. Also the words a user marked "not a person" when the names check before an anonymised
 * export found them, remembered for the workspace.
 */
import type { Migration } from './types';

const sha = (column: string) => `${column} TEXT NOT NULL CHECK (length(${column}) = 64 AND ${column} NOT GLOB '*[^0-9a-f]*')`;

const migration: Migration = {
  version: 6,
  name: 'exports',
  up(db) {
    db.exec(`
      CREATE TABLE exports (
        id TEXT PRIMARY KEY NOT NULL,
        ${sha('sha256')},
        kind TEXT NOT NULL CHECK (kind IN ('chronology', 'document', 'terms')),
        format TEXT NOT NULL CHECK (format IN ('csv', 'xlsx', 'pdf')),
        review_id TEXT NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
        -- The document's id for a document export; null for the review-wide exports.
        subject_id TEXT,
        version INTEGER CHECK (version IS NULL OR version >= 1),
        anonymised INTEGER NOT NULL CHECK (anonymised IN (0, 1)),
        filtered INTEGER NOT NULL CHECK (filtered IN (0, 1)),
        file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
        exported_by TEXT NOT NULL,
        exported_at TEXT NOT NULL,
        -- "Export anyway" with names the register did not know: the reason the user gave.
        unresolved_reason TEXT CHECK (unresolved_reason IS NULL OR length(trim(unresolved_reason)) > 0),
        -- What a kind needs to verify its file later (terms: signed, content_sha256).
        detail TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(detail) AND json_type(detail) = 'object')
      ) STRICT;
      CREATE INDEX exports_sha256 ON exports (sha256);
      CREATE INDEX exports_review ON exports (review_id, exported_at);

      -- A record of what left the machine is evidence: it is never edited.
      CREATE TRIGGER exports_immutable BEFORE UPDATE ON exports
      BEGIN
        SELECT RAISE(ABORT, 'an export record cannot be changed');
      END;

      INSERT INTO exports (id, sha256, kind, format, review_id, subject_id, version, anonymised, filtered, file_name, exported_by, exported_at, unresolved_reason, detail)
        SELECT 'terms-' || sha256, sha256, 'terms', 'pdf', review_id, NULL, number, 0, 0, 'terms-of-reference.pdf', '', exported_at, NULL,
               json_object('signed', json(CASE signed WHEN 1 THEN 'true' ELSE 'false' END), 'contentSha256', content_sha256)
        FROM pdf_exports;
      DROP TABLE pdf_exports;

      CREATE TABLE not_people (
        key TEXT PRIMARY KEY NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        marked_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};

export default migration;
