/**
 * 0002: the reviews register — reviews with their status history, the rapid-review decision and
 * the log of copies sent, the people register (real names and pseudonyms) and escalations.
 *
 * List-valued fields (agencies, reviewers, panel members, parallel processes, aliases) are JSON
 * arrays in their row: they are always read and replaced whole with it, and a patch to one of
 * them rewrites that column only. Vocabularies that may grow (review types, statuses, rule sets,
 * roles) are checked by the app (shared/reviews), not by CHECK constraints, so adding one needs no
 * table rebuild; shapes that never change (a real calendar date, a JSON array) are checked here.
 */
import type { Migration } from './types';

/** A YYYY-MM-DD calendar day that exists: SQLite's date() rewrites 2019-02-30, so it differs. */
const day = (column: string) => `CHECK (${column} IS NULL OR date(${column}) IS ${column})`;
const jsonList = (column: string) => `${column} TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(${column}) AND json_type(${column}) = 'array')`;
const someText = (column: string) => `${column} TEXT NOT NULL CHECK (length(trim(${column})) > 0)`;

const migration: Migration = {
  version: 2,
  name: 'reviews',
  up(db) {
    db.exec(`
      CREATE TABLE reviews (
        id TEXT PRIMARY KEY NOT NULL,
        type TEXT NOT NULL,
        ${someText('title')},
        subject TEXT,
        status TEXT NOT NULL,
        rule_set TEXT NOT NULL,
        aware_on TEXT ${day('aware_on')},
        notified_on TEXT ${day('notified_on')},
        decision_on TEXT ${day('decision_on')},
        referral_on TEXT ${day('referral_on')},
        planned_publication_on TEXT ${day('planned_publication_on')},
        published_on TEXT ${day('published_on')},
        ${jsonList('agencies')},
        ${jsonList('reviewers')},
        ${jsonList('panel_members')},
        ${jsonList('parallel_processes')},
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (notified_on IS NULL OR aware_on IS NULL OR notified_on >= aware_on)
      ) STRICT;

      CREATE TABLE review_status_changes (
        seq INTEGER PRIMARY KEY,
        review_id TEXT NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
        from_status TEXT NOT NULL,
        to_status TEXT NOT NULL,
        at TEXT NOT NULL,
        reason TEXT
      ) STRICT;
      CREATE INDEX review_status_changes_review ON review_status_changes (review_id, seq);

      CREATE TABLE rapid_review_decisions (
        review_id TEXT PRIMARY KEY NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
        outcome TEXT NOT NULL CHECK (outcome IN ('a', 'b', 'c')),
        ${someText('rationale')},
        ${someText('agreed_by_name')},
        ${someText('agreed_by_role')},
        agreed_on TEXT NOT NULL ${day('agreed_on')},
        methodology TEXT,
        indicative_tor TEXT,
        recorded_at TEXT NOT NULL,
        CHECK (outcome <> 'c' OR (methodology IS NOT NULL AND indicative_tor IS NOT NULL))
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE review_copies (
        id TEXT PRIMARY KEY NOT NULL,
        review_id TEXT NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
        document TEXT NOT NULL,
        ${someText('sent_to')},
        sent_on TEXT NOT NULL ${day('sent_on')},
        note TEXT,
        logged_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX review_copies_review ON review_copies (review_id);

      CREATE TABLE review_people (
        id TEXT PRIMARY KEY NOT NULL,
        review_id TEXT NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
        ${someText('real_name')},
        role TEXT NOT NULL,
        relationship TEXT,
        practitioner_role TEXT,
        agency TEXT,
        date_of_birth TEXT ${day('date_of_birth')},
        ${someText('pseudonym')},
        ${jsonList('aliases')},
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      -- The app compares pseudonyms trimmed and case-blind; this is the backstop.
      CREATE UNIQUE INDEX review_people_pseudonym ON review_people (review_id, pseudonym COLLATE NOCASE);

      CREATE TABLE escalations (
        id TEXT PRIMARY KEY NOT NULL,
        review_id TEXT REFERENCES reviews (id) ON DELETE SET NULL,
        stage INTEGER NOT NULL CHECK (stage BETWEEN 1 AND 4),
        ${someText('raised_by')},
        ${jsonList('agencies')},
        ${someText('issue')},
        raised_on TEXT NOT NULL ${day('raised_on')},
        stage_started_on TEXT NOT NULL ${day('stage_started_on')},
        stage_due_on TEXT ${day('stage_due_on')},
        stage_due_rule TEXT,
        outcome TEXT,
        resolved_on TEXT ${day('resolved_on')},
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (stage_started_on >= raised_on),
        CHECK (resolved_on IS NULL OR resolved_on >= raised_on)
      ) STRICT;
      CREATE INDEX escalations_review ON escalations (review_id);
    `);
  },
};

export default migration;
