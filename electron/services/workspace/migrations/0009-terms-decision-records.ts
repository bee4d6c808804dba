/**
 * 0009: the chair's decision as it is recorded (issue #15) — the day it was made (often before it
 * was recorded), how (meeting, email, in person, letter), who recorded it, and the evidence (the
 * chair's email, a letter) kept inside the encrypted database, at most 20 MB. Decisions recorded
 * before this have no record row: the app reads them as decided on the day they were recorded.
 * A recorded decision is the record of what the chair agreed: none of it changes afterwards.
 */
import type { Migration } from './types';

const someText = (column: string) => `${column} TEXT NOT NULL CHECK (length(trim(${column})) > 0)`;
const day = (column: string) =>
  `${column} TEXT NOT NULL CHECK (${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(${column}) = ${column})`;
const unchangeable = (table: string, what: string) => `
      CREATE TRIGGER ${table}_immutable BEFORE UPDATE ON ${table}
      BEGIN
        SELECT RAISE(ABORT, '${what} cannot be changed');
      END;`;

const migration: Migration = {
  version: 9,
  name: 'terms-decision-records',
  up(db) {
    db.exec(`
      CREATE TABLE terms_decision_records (
        decision_id TEXT PRIMARY KEY NOT NULL REFERENCES terms_decisions (id) ON DELETE CASCADE,
        ${day('decided_on')},
        how TEXT NOT NULL CHECK (how IN ('meeting', 'email', 'in-person', 'letter')),
        ${someText('recorded_by')}
      ) STRICT;

      CREATE TABLE terms_decision_evidence (
        decision_id TEXT PRIMARY KEY NOT NULL REFERENCES terms_decisions (id) ON DELETE CASCADE,
        ${someText('file_name')},
        size INTEGER NOT NULL CHECK (size > 0 AND size <= 20971520),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
        content BLOB NOT NULL,
        CHECK (length(content) = size)
      ) STRICT;
      ${unchangeable('terms_decisions', 'a recorded decision on the terms of reference')}
      ${unchangeable('terms_decision_records', 'a recorded decision on the terms of reference')}
      ${unchangeable('terms_decision_evidence', 'the evidence of a decision on the terms of reference')}
    `);
  },
};

export default migration;
