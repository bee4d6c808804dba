/**
 * 0008: a wrong import can be undone, and entries can be written, corrected and deleted by hand
 * (issue #15).
 *
 * - An entry the reviewer writes by hand has no file behind it: `submission_id` and `row_number`
 *   become optional, and such an entry names who wrote it (`entered_by`) instead. The table is
 *   rebuilt for that (SQLite cannot drop NOT NULL in place), with its indexes as 0007 left them.
 * - Deleting an entry keeps it (`deleted_at`, `deleted_by`, `deleted_reason`): it leaves the
 *   composite but never the workspace, so no evidence is lost without a trace.
 * - Correcting an entry keeps every earlier version, with who corrected it, when and why, in
 *   `chronology_entry_versions`; a stored version never changes.
 * - Removing a submission keeps it too (`removed_*`): its entries and rejected rows leave the
 *   composite, and the removal can be undone until the next import into the review
 *   (`undo_closed`).
 * - A blank rejected row can be dismissed (`dismissed_*`) instead of staying forever.
 */
import type { Migration } from './types';

const someText = (column: string) => `${column} TEXT CHECK (${column} IS NULL OR length(trim(${column})) > 0)`;
const day = (column: string) => `${column} TEXT NOT NULL CHECK (date(${column}) IS ${column})`;
const jsonOf = (column: string, type: 'array' | 'object') =>
  `${column} TEXT NOT NULL DEFAULT '${type === 'array' ? '[]' : '{}'}' CHECK (json_valid(${column}) AND json_type(${column}) = '${type}')`;

const keptColumns = [
  'id', 'review_id', 'submission_id', 'row_number', 'sequence', 'agency', 'date_start', 'date_end', 'time', 'precision', 'approximate', 'date_text',
  'source', 'author_role', 'event_type', 'event', 'action', 'outcome', 'significance', 'extra', 'flags', 'analysis', 'created_at', 'updated_at', 'imported_at',
].join(', ');

const migration: Migration = {
  version: 8,
  name: 'chronology-corrections',
  foreignKeysOff: true,
  up(db) {
    db.exec(`
      CREATE TABLE chronology_entries_new (
        id TEXT PRIMARY KEY NOT NULL,
        review_id TEXT NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
        submission_id TEXT REFERENCES chronology_submissions (id) ON DELETE CASCADE,
        row_number INTEGER,
        sequence INTEGER NOT NULL,
        agency TEXT NOT NULL CHECK (length(trim(agency)) > 0),
        ${day('date_start')},
        ${day('date_end')},
        time TEXT CHECK (time IS NULL OR time GLOB '[0-2][0-9]:[0-5][0-9]'),
        precision TEXT NOT NULL,
        approximate INTEGER NOT NULL CHECK (approximate IN (0, 1)),
        date_text TEXT NOT NULL,
        source TEXT,
        author_role TEXT,
        event_type TEXT,
        event TEXT,
        action TEXT,
        outcome TEXT,
        significance TEXT,
        ${jsonOf('extra', 'object')},
        ${jsonOf('flags', 'array')},
        analysis TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        imported_at TEXT NOT NULL DEFAULT '',
        ${someText('entered_by')},
        deleted_at TEXT,
        ${someText('deleted_by')},
        ${someText('deleted_reason')},
        CHECK (date_end >= date_start),
        -- From a file (its row) or by hand (by whom): one or the other, never both or neither.
        CHECK ((submission_id IS NULL) = (row_number IS NULL)),
        CHECK ((submission_id IS NULL) = (entered_by IS NOT NULL)),
        CHECK ((deleted_at IS NULL) = (deleted_reason IS NULL) AND (deleted_at IS NULL) = (deleted_by IS NULL))
      ) STRICT;
      INSERT INTO chronology_entries_new (${keptColumns}) SELECT ${keptColumns} FROM chronology_entries;
      DROP TABLE chronology_entries;
      ALTER TABLE chronology_entries_new RENAME TO chronology_entries;
      CREATE INDEX chronology_entries_composite ON chronology_entries (review_id, date_start, time, imported_at, sequence, row_number);
      CREATE INDEX chronology_entries_submission ON chronology_entries (submission_id);

      -- Each earlier version of a corrected entry: its fields before the correction, and the correction's who, when and why.
      CREATE TABLE chronology_entry_versions (
        entry_id TEXT NOT NULL REFERENCES chronology_entries (id) ON DELETE CASCADE,
        version INTEGER NOT NULL CHECK (version >= 1),
        ${jsonOf('fields', 'object')},
        corrected_at TEXT NOT NULL,
        corrected_by TEXT NOT NULL CHECK (length(trim(corrected_by)) > 0),
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        PRIMARY KEY (entry_id, version)
      ) STRICT, WITHOUT ROWID;
      CREATE TRIGGER chronology_entry_versions_immutable BEFORE UPDATE ON chronology_entry_versions
      BEGIN
        SELECT RAISE(ABORT, 'an earlier version of a chronology entry cannot be changed');
      END;

      ALTER TABLE chronology_submissions ADD COLUMN removed_at TEXT;
      ALTER TABLE chronology_submissions ADD COLUMN ${someText('removed_by')};
      ALTER TABLE chronology_submissions ADD COLUMN ${someText('removed_reason')};
      ALTER TABLE chronology_submissions ADD COLUMN undo_closed INTEGER NOT NULL DEFAULT 0 CHECK (undo_closed IN (0, 1));

      ALTER TABLE chronology_rejected ADD COLUMN dismissed_at TEXT;
      ALTER TABLE chronology_rejected ADD COLUMN ${someText('dismissed_by')};
      ALTER TABLE chronology_rejected ADD COLUMN ${someText('dismissed_reason')};
    `);
  },
};

export default migration;
