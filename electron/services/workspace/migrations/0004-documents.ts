/**
 * 0004: documents — rich text as ProseMirror JSON (issue #6), with a schema version per row so a
 * later change to the model can migrate stored documents, and immutable labelled versions, each
 * with the SHA-256 of its canonical serialisation (what a sign-off binds to in #7).
 */
import type { Migration } from './types';

const someText = (column: string) => `${column} TEXT NOT NULL CHECK (length(trim(${column})) > 0)`;
const docJson = (column: string) => `${column} TEXT NOT NULL CHECK (json_valid(${column}) AND json_extract(${column}, '$.type') = 'doc')`;

const migration: Migration = {
  version: 4,
  name: 'documents',
  up(db) {
    db.exec(`
      CREATE TABLE documents (
        id TEXT PRIMARY KEY NOT NULL,
        review_id TEXT NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
        ${someText('title')},
        kind TEXT NOT NULL CHECK (kind IN ('general', 'terms-of-reference', 'interview-notes', 'report')),
        ${someText('marking')},
        schema_version INTEGER NOT NULL CHECK (schema_version >= 1),
        ${docJson('content')},
        word_count INTEGER NOT NULL DEFAULT 0,
        revision INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX documents_review ON documents (review_id, updated_at);

      CREATE TABLE document_versions (
        id TEXT PRIMARY KEY NOT NULL,
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        number INTEGER NOT NULL CHECK (number >= 1),
        ${someText('label')},
        schema_version INTEGER NOT NULL CHECK (schema_version >= 1),
        ${docJson('content')},
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
        word_count INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        UNIQUE (document_id, number)
      ) STRICT;

      -- A version is a record of what was said at a point in time: never changed once taken.
      CREATE TRIGGER document_versions_immutable BEFORE UPDATE ON document_versions
      BEGIN
        SELECT RAISE(ABORT, 'document versions cannot be changed');
      END;
    `);
  },
};

export default migration;
