/**
 * 0011: agency requests and returns (issue #16).
 *
 * - `agency_requests`: what the Practice Review Group asked an agency for in a review, when it was
 *   sent and is due, and what came back (received, a nil return and who confirmed it, withdrawn).
 *   "Late" is never stored: it is worked out from the due date and today. A due date before the
 *   date sent is refused by a CHECK, whatever code writes it.
 * - `agency_request_chases`: each chase, dated, oldest first.
 * - `agency_request_submissions`: the chronology submissions imported for the request's agency.
 * - `reviews.looked_after`: the child was looked after, which adds a notice to the Secretary of
 *   State and Ofsted under Working Together 2023.
 * - `exports.kind` widened to 'agency-request' (the request pack) by SQLite's table-rebuild recipe:
 *   the copy keeps every row, index and trigger as 0006 made them.
 */
import { rebuildExports } from './rebuild-exports';
import type { Migration } from './types';

const day = (column: string, nullable = true) =>
  `${column} TEXT ${nullable ? '' : 'NOT NULL '}CHECK (${nullable ? `${column} IS NULL OR ` : ''}${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')`;

const migration: Migration = {
  version: 11,
  name: 'agency-requests',
  foreignKeysOff: true,
  up(db) {
    db.exec(`
      ALTER TABLE reviews ADD COLUMN looked_after INTEGER NOT NULL DEFAULT 0 CHECK (looked_after IN (0, 1));

      CREATE TABLE agency_requests (
        id TEXT PRIMARY KEY NOT NULL,
        review_id TEXT NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
        agency TEXT NOT NULL CHECK (length(trim(agency)) BETWEEN 1 AND 120),
        asks TEXT NOT NULL CHECK (json_valid(asks) AND json_type(asks) = 'array' AND json_array_length(asks) >= 1),
        ${day('sent_on')},
        contact TEXT CHECK (contact IS NULL OR length(trim(contact)) > 0),
        ${day('due_on')},
        due_rule TEXT,
        due_entered INTEGER NOT NULL DEFAULT 0 CHECK (due_entered IN (0, 1)),
        status TEXT NOT NULL CHECK (status IN ('requested', 'chased', 'received', 'nil-return', 'withdrawn')),
        ${day('closed_on')},
        confirmed_by TEXT CHECK (confirmed_by IS NULL OR length(trim(confirmed_by)) > 0),
        note TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (due_on IS NULL OR sent_on IS NULL OR due_on >= sent_on),
        CHECK ((status IN ('received', 'nil-return', 'withdrawn')) = (closed_on IS NOT NULL)),
        CHECK (status <> 'nil-return' OR confirmed_by IS NOT NULL)
      ) STRICT;
      CREATE INDEX agency_requests_review ON agency_requests (review_id, agency);
      CREATE INDEX agency_requests_due ON agency_requests (status, due_on);

      CREATE TABLE agency_request_chases (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        request_id TEXT NOT NULL REFERENCES agency_requests (id) ON DELETE CASCADE,
        ${day('chased_on', false)},
        note TEXT
      ) STRICT;
      CREATE INDEX agency_request_chases_request ON agency_request_chases (request_id, seq);

      CREATE TABLE agency_request_submissions (
        request_id TEXT NOT NULL REFERENCES agency_requests (id) ON DELETE CASCADE,
        submission_id TEXT NOT NULL REFERENCES chronology_submissions (id) ON DELETE CASCADE,
        PRIMARY KEY (request_id, submission_id)
      ) STRICT;
      CREATE INDEX agency_request_submissions_submission ON agency_request_submissions (submission_id);
    `);
    widenExportKinds(db);
  },
};

function widenExportKinds(db: Parameters<Migration['up']>[0]): void {
  rebuildExports(db, [["kind IN ('chronology', 'document', 'terms')", "kind IN ('chronology', 'document', 'terms', 'agency-request')"]], 'migration 6');
}

export default migration;
