/**
 * 0007: the composite chronology in one index (issue #13). The composite order is by first
 * possible day, untimed entries of a day before timed ones, then by time, then the order the
 * agencies' files were imported, then each file's own sequence and row. The import time lived only
 * on the submission, so every composite read joined and sorted all of a review's entries (at
 * 50,000 entries about a tenth of a second, before anything else). Each entry now carries its
 * submission's import time, and one index holds the whole order: a review's entries come out of
 * it already in order, and the first rows of the composite are a range read of it.
 *
 * `imported_at` is derived, never edited: written with the entry (import, a fixed rejected row)
 * and filled here for entries that already exist. SQLite sorts NULL first, so `time` alone puts a
 * day's untimed entries before its timed ones.
 */
import type { Migration } from './types';

const migration: Migration = {
  version: 7,
  name: 'composite-order',
  up(db) {
    db.exec(`
      ALTER TABLE chronology_entries ADD COLUMN imported_at TEXT NOT NULL DEFAULT '';
      UPDATE chronology_entries
        SET imported_at = (SELECT s.imported_at FROM chronology_submissions s WHERE s.id = chronology_entries.submission_id);

      DROP INDEX chronology_entries_order;
      CREATE INDEX chronology_entries_composite ON chronology_entries (review_id, date_start, time, imported_at, sequence, row_number);
    `);
  },
};

export default migration;
