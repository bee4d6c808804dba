/**
 * 0010: a document can be archived and, once archived, deleted (issue #15).
 *
 * - Archiving keeps the document and its versions but takes it out of the review's list
 *   (`archived_at`, `archived_by`, both or neither); it can be brought back.
 * - Deleting for good is allowed only for an archived document, so nothing in the list the
 *   reviewer works from can disappear with one click: a trigger refuses any other delete, whatever
 *   code asks (a review's deletion would have to archive its documents first; none exists today).
 */
import type { Migration } from './types';

const migration: Migration = {
  version: 10,
  name: 'document-archive',
  up(db) {
    db.exec(`
      ALTER TABLE documents ADD COLUMN archived_at TEXT CHECK (archived_at IS NULL OR length(archived_at) > 0);
      ALTER TABLE documents ADD COLUMN archived_by TEXT CHECK ((archived_by IS NULL) = (archived_at IS NULL));
      CREATE INDEX documents_archived ON documents (review_id, archived_at);

      CREATE TRIGGER documents_delete_archived_only BEFORE DELETE ON documents
      WHEN OLD.archived_at IS NULL
      BEGIN
        SELECT RAISE(ABORT, 'only an archived document can be deleted');
      END;
    `);
  },
};

export default migration;
