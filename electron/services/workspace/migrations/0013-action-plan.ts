/**
 * 0013: findings, recommendations and the partnership's action plan (issue #18).
 *
 * - `activities`: what else findings come from besides reviews — a multi-agency audit, a Section 11
 *   self-assessment, a peer review, a learning event — so the register is the partnership's one plan.
 * - `finding_categories`: the partnership's list (it starts with six; it can edit them).
 * - `findings`: from a review or an activity (exactly one), with the pattern it shows.
 * - `finding_evidence`: a chronology entry, key practice episode, conversation excerpt or theme; when
 *   the source goes, the link stays (its column set to null) and says "source removed".
 * - `recommendations`, `recommendation_findings`: a recommendation answers one or more findings;
 *   when a finding is removed its line stays with a null finding ("finding removed").
 * - `actions`: what will be done, by which agency (lead officer's role), by when, measured how; the
 *   latest status and RAG kept on the row so the register reads one table.
 * - `action_progress`: every update, dated; "not implemented" needs a reason.
 * - `action_files`: evidence of completion or impact, inside the encrypted database (20 MB at most).
 * - `action_edits`: what an edit changed, for the action's history.
 * - `briefings`, `briefing_deliveries`: 7-minute briefing documents and which agencies received them.
 * - `exports`: kinds widened to 'action-register' and 'annual-report', which cover every review,
 *   so `review_id` may now be null — by the same table rebuild as 0011 and 0012.
 */
import { rebuildExports } from './rebuild-exports';
import type { Migration } from './types';

const someText = (column: string) => `${column} TEXT NOT NULL CHECK (length(trim(${column})) > 0)`;
const optionalText = (column: string) => `${column} TEXT CHECK (${column} IS NULL OR length(trim(${column})) > 0)`;
const day = (column: string, required = false) =>
  `${column} TEXT ${required ? 'NOT NULL ' : ''}CHECK (${column} IS NULL OR (${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(${column}) = ${column}))`;
const statuses = "('not-started', 'on-track', 'at-risk', 'off-track', 'complete', 'not-implemented')";
const rag = (column: string) => `${column} TEXT CHECK (${column} IS NULL OR ${column} IN ('red', 'amber', 'green'))`;
/** Where a row comes from: a review or an activity — exactly one (the CHECK at the end of the table). */
const source = `
        review_id TEXT REFERENCES reviews (id) ON DELETE CASCADE,
        activity_id TEXT REFERENCES activities (id) ON DELETE RESTRICT,`;
const oneSource = 'CHECK ((review_id IS NULL) <> (activity_id IS NULL))';

const categories = ['Information sharing', 'Assessment', 'Supervision', 'Escalation', 'Voice of the child', 'Professional curiosity'];

const migration: Migration = {
  version: 13,
  name: 'action-plan',
  foreignKeysOff: true,
  up(db, context) {
    db.exec(`
      CREATE TABLE activities (
        id TEXT PRIMARY KEY NOT NULL,
        type TEXT NOT NULL CHECK (type IN ('audit', 'section-11', 'peer-review', 'learning-event')),
        ${someText('title')},
        ${day('held_on', true)},
        ${optionalText('lead')},
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE finding_categories (
        id TEXT PRIMARY KEY NOT NULL,
        ${someText('name')},
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX finding_categories_name ON finding_categories (name COLLATE NOCASE);

      CREATE TABLE findings (
        id TEXT PRIMARY KEY NOT NULL,${source}
        ${someText('statement')},
        ${optionalText('pattern')},
        category_id TEXT REFERENCES finding_categories (id) ON DELETE SET NULL,
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        ${oneSource}
      ) STRICT;
      CREATE INDEX findings_review ON findings (review_id, position);
      CREATE INDEX findings_activity ON findings (activity_id, position);
      CREATE INDEX findings_category ON findings (category_id);

      CREATE TABLE finding_evidence (
        id TEXT PRIMARY KEY NOT NULL,
        finding_id TEXT NOT NULL REFERENCES findings (id) ON DELETE CASCADE,
        target_kind TEXT NOT NULL CHECK (target_kind IN ('entry', 'episode', 'excerpt', 'theme')),
        entry_id TEXT REFERENCES chronology_entries (id) ON DELETE SET NULL,
        episode_id TEXT REFERENCES key_practice_episodes (id) ON DELETE SET NULL,
        excerpt_id TEXT REFERENCES excerpts (id) ON DELETE SET NULL,
        theme_id TEXT REFERENCES themes (id) ON DELETE SET NULL,
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        CHECK (target_kind = 'entry' OR entry_id IS NULL),
        CHECK (target_kind = 'episode' OR episode_id IS NULL),
        CHECK (target_kind = 'excerpt' OR excerpt_id IS NULL),
        CHECK (target_kind = 'theme' OR theme_id IS NULL)
      ) STRICT;
      CREATE INDEX finding_evidence_finding ON finding_evidence (finding_id, position);
      CREATE INDEX finding_evidence_entry ON finding_evidence (entry_id);
      CREATE INDEX finding_evidence_episode ON finding_evidence (episode_id);
      CREATE INDEX finding_evidence_excerpt ON finding_evidence (excerpt_id);
      CREATE INDEX finding_evidence_theme ON finding_evidence (theme_id);

      CREATE TABLE recommendations (
        id TEXT PRIMARY KEY NOT NULL,${source}
        ${someText('text')},
        addressed_to TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(addressed_to) AND json_type(addressed_to) = 'array'),
        ${day('made_on', true)},
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        ${oneSource}
      ) STRICT;
      CREATE INDEX recommendations_review ON recommendations (review_id, position);
      CREATE INDEX recommendations_activity ON recommendations (activity_id, position);

      CREATE TABLE recommendation_findings (
        id TEXT PRIMARY KEY NOT NULL,
        recommendation_id TEXT NOT NULL REFERENCES recommendations (id) ON DELETE CASCADE,
        finding_id TEXT REFERENCES findings (id) ON DELETE SET NULL,
        position INTEGER NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX recommendation_findings_pair ON recommendation_findings (recommendation_id, finding_id) WHERE finding_id IS NOT NULL;
      CREATE INDEX recommendation_findings_finding ON recommendation_findings (finding_id);

      CREATE TABLE actions (
        id TEXT PRIMARY KEY NOT NULL,
        recommendation_id TEXT NOT NULL REFERENCES recommendations (id) ON DELETE RESTRICT,
        ${someText('text')},
        ${someText('lead_agency')},
        ${someText('lead_role')},
        ${day('due_on', true)},
        ${optionalText('measure')},
        status TEXT NOT NULL DEFAULT 'not-started' CHECK (status IN ${statuses}),
        ${rag('rag')},
        ${day('status_on')},
        ${optionalText('reason')},
        ${day('completed_on')},
        ${optionalText('impact')},
        ${day('impact_on')},
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (status <> 'not-implemented' OR reason IS NOT NULL),
        CHECK ((status = 'complete') = (completed_on IS NOT NULL))
      ) STRICT;
      CREATE INDEX actions_recommendation ON actions (recommendation_id);
      CREATE INDEX actions_due ON actions (due_on);
      CREATE INDEX actions_agency ON actions (lead_agency COLLATE NOCASE);

      CREATE TABLE action_progress (
        id TEXT PRIMARY KEY NOT NULL,
        action_id TEXT NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
        ${day('on_day', true)},
        status TEXT NOT NULL CHECK (status IN ${statuses}),
        ${rag('rag')},
        ${optionalText('note')},
        ${optionalText('reason')},
        recorded_at TEXT NOT NULL,
        CHECK (status <> 'not-implemented' OR reason IS NOT NULL)
      ) STRICT;
      CREATE INDEX action_progress_action ON action_progress (action_id, on_day);

      CREATE TABLE action_files (
        id TEXT PRIMARY KEY NOT NULL,
        action_id TEXT NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
        purpose TEXT NOT NULL CHECK (purpose IN ('completion', 'impact')),
        ${someText('file_name')},
        size INTEGER NOT NULL CHECK (size > 0 AND size <= 20971520),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
        content BLOB NOT NULL,
        added_at TEXT NOT NULL,
        CHECK (length(content) = size)
      ) STRICT;
      CREATE INDEX action_files_action ON action_files (action_id);

      CREATE TABLE action_edits (
        id TEXT PRIMARY KEY NOT NULL,
        action_id TEXT NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
        changed_at TEXT NOT NULL,
        -- {"field": [before, after], …} in the words the history shows.
        changes TEXT NOT NULL CHECK (json_valid(changes) AND json_type(changes) = 'object')
      ) STRICT;
      CREATE INDEX action_edits_action ON action_edits (action_id, changed_at);

      CREATE TABLE briefings (
        document_id TEXT PRIMARY KEY NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        review_id TEXT NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX briefings_review ON briefings (review_id);

      CREATE TABLE briefing_deliveries (
        id TEXT PRIMARY KEY NOT NULL,
        document_id TEXT NOT NULL REFERENCES briefings (document_id) ON DELETE CASCADE,
        ${someText('agency')},
        ${day('received_on', true)},
        -- How the agency used it; null: use not confirmed.
        ${optionalText('used')},
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX briefing_deliveries_agency ON briefing_deliveries (document_id, agency COLLATE NOCASE);
    `);
    const now = context.now().toISOString();
    const insert = db.prepare('INSERT INTO finding_categories (id, name, position, created_at) VALUES (?, ?, ?, ?)');
    categories.forEach((name, position) => insert.run(`category-${name.toLowerCase().replace(/ /g, '-')}`, name, position, now));
    rebuildExports(
      db,
      [
        [
          "kind IN ('chronology', 'document', 'terms', 'agency-request', 'interviews')",
          "kind IN ('chronology', 'document', 'terms', 'agency-request', 'interviews', 'action-register', 'annual-report')",
        ],
        ['review_id TEXT NOT NULL REFERENCES reviews', 'review_id TEXT REFERENCES reviews'],
      ],
      'migration 12',
    );
  },
};

export default migration;
