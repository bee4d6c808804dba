/**
 * 0003: the multi-agency chronology — each agency's submission (the original file, kept inside
 * the encrypted database), the entries read from it with their provenance, the rows that did not
 * become entries (with why), mappings remembered per agency format, duplicate decisions and key
 * practice episodes.
 *
 * Entry dates are ranges of days (date_start..date_end) with a precision: "approx March 2019" is
 * stored as the whole of March, never as the 1st.
 */
import type { Migration } from './types';

const day = (column: string) => `${column} TEXT NOT NULL CHECK (date(${column}) IS ${column})`;
const optionalDay = (column: string) => `${column} TEXT CHECK (${column} IS NULL OR date(${column}) IS ${column})`;
const jsonOf = (column: string, type: 'array' | 'object') =>
  `${column} TEXT NOT NULL DEFAULT '${type === 'array' ? '[]' : '{}'}' CHECK (json_valid(${column}) AND json_type(${column}) = '${type}')`;
const someText = (column: string) => `${column} TEXT NOT NULL CHECK (length(trim(${column})) > 0)`;

const migration: Migration = {
  version: 3,
  name: 'chronology',
  up(db) {
    db.exec(`
      CREATE TABLE chronology_submissions (
        id TEXT PRIMARY KEY NOT NULL,
        review_id TEXT NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
        ${someText('agency')},
        ${someText('file_name')},
        format TEXT NOT NULL,
        encoding TEXT,
        sheet TEXT,
        header_index INTEGER NOT NULL,
        ${jsonOf('headers', 'array')},
        ${jsonOf('mapping', 'array')},
        date1904 INTEGER NOT NULL DEFAULT 0,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        content BLOB NOT NULL,
        imported_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX chronology_submissions_review ON chronology_submissions (review_id, imported_at);

      CREATE TABLE chronology_entries (
        id TEXT PRIMARY KEY NOT NULL,
        review_id TEXT NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
        submission_id TEXT NOT NULL REFERENCES chronology_submissions (id) ON DELETE CASCADE,
        row_number INTEGER NOT NULL,
        sequence INTEGER NOT NULL,
        ${someText('agency')},
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
        CHECK (date_end >= date_start)
      ) STRICT;
      CREATE INDEX chronology_entries_order ON chronology_entries (review_id, date_start, time, sequence);
      CREATE INDEX chronology_entries_submission ON chronology_entries (submission_id);

      CREATE TABLE chronology_rejected (
        id TEXT PRIMARY KEY NOT NULL,
        review_id TEXT NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
        submission_id TEXT NOT NULL REFERENCES chronology_submissions (id) ON DELETE CASCADE,
        row_number INTEGER NOT NULL,
        ${someText('reason')},
        ${jsonOf('row_values', 'object')},
        fixed_entry_id TEXT REFERENCES chronology_entries (id) ON DELETE SET NULL,
        fixed_at TEXT
      ) STRICT;
      CREATE INDEX chronology_rejected_review ON chronology_rejected (review_id, submission_id, row_number);

      -- Workspace-wide: the next file from the same agency with the same columns maps itself.
      CREATE TABLE chronology_formats (
        ${someText('agency')},
        signature TEXT NOT NULL,
        ${jsonOf('mapping', 'array')},
        saved_at TEXT NOT NULL,
        PRIMARY KEY (agency, signature)
      ) STRICT, WITHOUT ROWID;

      -- A decision about a likely duplicate pair; entry_a < entry_b so a pair is stored once.
      CREATE TABLE chronology_duplicate_decisions (
        entry_a TEXT NOT NULL REFERENCES chronology_entries (id) ON DELETE CASCADE,
        entry_b TEXT NOT NULL REFERENCES chronology_entries (id) ON DELETE CASCADE,
        decision TEXT NOT NULL CHECK (decision IN ('same', 'dismissed')),
        decided_at TEXT NOT NULL,
        PRIMARY KEY (entry_a, entry_b),
        CHECK (entry_a < entry_b)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX chronology_duplicate_decisions_b ON chronology_duplicate_decisions (entry_b);

      CREATE TABLE key_practice_episodes (
        id TEXT PRIMARY KEY NOT NULL,
        review_id TEXT NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
        ${someText('title')},
        ${optionalDay('start_on')},
        ${optionalDay('end_on')},
        summary TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (start_on IS NULL OR end_on IS NULL OR end_on >= start_on)
      ) STRICT;
      CREATE INDEX key_practice_episodes_review ON key_practice_episodes (review_id);

      CREATE TABLE episode_entries (
        episode_id TEXT NOT NULL REFERENCES key_practice_episodes (id) ON DELETE CASCADE,
        entry_id TEXT NOT NULL REFERENCES chronology_entries (id) ON DELETE CASCADE,
        PRIMARY KEY (episode_id, entry_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX episode_entries_entry ON episode_entries (entry_id);
    `);
  },
};

export default migration;
