/**
 * 0012: practitioner conversations, their coding and themes (issue #17).
 *
 * - `question_sets`: the partnership's own question sets (and its edited copies of the built-in
 *   ones), kept in the workspace as validated JSON.
 * - `conversations`: an individual interview, group conversation or learning event in a review,
 *   with its notes document (kind 'interview-notes'), which it keeps: a notes document cannot be
 *   deleted from under its conversation.
 * - `conversation_participants`: who took part (people of the review's register) and their
 *   consent: given / declined / withdrawn, its day, and what it covers.
 * - `themes`: the review's hierarchical theme tree (name, colour, description, memo).
 * - `excerpts`: text coded in a conversation's notes, anchored by quote, context and position —
 *   beside the note, never in it. `orphaned` when its text is no longer in the note.
 * - `excerpt_participants`, `excerpt_themes`: who said it, what it is coded to (no theme: uncoded).
 * - `interview_links`: a theme or an excerpt linked to a chronology entry or key practice episode;
 *   when the entry or episode goes, the link stays and says its source was removed.
 * - `exports`: kinds widened to 'interviews' and formats to the REFI-QDA 'qdc' and 'qdpx', by the
 *   same table rebuild as 0011.
 */
import { rebuildExports } from './rebuild-exports';
import type { Migration } from './types';

const day = (column: string) => `${column} TEXT CHECK (${column} IS NULL OR ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')`;
const jsonList = (column: string) => `${column} TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(${column}) AND json_type(${column}) = 'array')`;
const flag = (column: string) => `${column} INTEGER NOT NULL DEFAULT 0 CHECK (${column} IN (0, 1))`;

const migration: Migration = {
  version: 12,
  name: 'conversations',
  foreignKeysOff: true,
  up(db) {
    db.exec(`
      CREATE TABLE question_sets (
        id TEXT PRIMARY KEY NOT NULL,
        body TEXT NOT NULL CHECK (json_valid(body) AND json_type(body) = 'object'),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE conversations (
        id TEXT PRIMARY KEY NOT NULL,
        review_id TEXT NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('individual', 'group', 'learning-event')),
        ${day('held_on')},
        format TEXT CHECK (format IS NULL OR format IN ('in-person', 'video', 'phone')),
        place TEXT CHECK (place IS NULL OR length(trim(place)) > 0),
        ${jsonList('interviewers')},
        status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'notes-agreed', 'closed')),
        question_set_id TEXT,
        notes_document_id TEXT NOT NULL UNIQUE REFERENCES documents (id) ON DELETE RESTRICT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX conversations_review ON conversations (review_id, held_on);

      CREATE TABLE conversation_participants (
        conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        person_id TEXT NOT NULL REFERENCES review_people (id) ON DELETE RESTRICT,
        position INTEGER NOT NULL,
        consent_status TEXT CHECK (consent_status IS NULL OR consent_status IN ('given', 'declined', 'withdrawn')),
        ${day('consent_on')},
        ${jsonList('consent_covers')},
        -- Only a consent given covers anything.
        CHECK (consent_status = 'given' OR consent_covers = '[]'),
        PRIMARY KEY (conversation_id, person_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX conversation_participants_person ON conversation_participants (person_id);

      CREATE TABLE themes (
        id TEXT PRIMARY KEY NOT NULL,
        review_id TEXT NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
        parent_id TEXT REFERENCES themes (id) ON DELETE RESTRICT,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        colour TEXT NOT NULL CHECK (colour GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
        description TEXT,
        memo TEXT,
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (parent_id IS NULL OR parent_id <> id)
      ) STRICT;
      CREATE INDEX themes_review ON themes (review_id, position);
      -- Two themes with the same name under the same parent would be indistinguishable in a view or a codebook.
      CREATE UNIQUE INDEX themes_name ON themes (review_id, ifnull(parent_id, ''), name COLLATE NOCASE);

      CREATE TABLE excerpts (
        id TEXT PRIMARY KEY NOT NULL,
        review_id TEXT NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
        conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        exact TEXT NOT NULL CHECK (length(exact) > 0),
        prefix TEXT NOT NULL,
        suffix TEXT NOT NULL,
        start_at INTEGER NOT NULL CHECK (start_at >= 0),
        end_at INTEGER NOT NULL,
        ${flag('orphaned')},
        ${flag('possible_quote')},
        memo TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (end_at > start_at)
      ) STRICT;
      CREATE INDEX excerpts_conversation ON excerpts (conversation_id, start_at);
      CREATE INDEX excerpts_review ON excerpts (review_id);

      CREATE TABLE excerpt_participants (
        excerpt_id TEXT NOT NULL REFERENCES excerpts (id) ON DELETE CASCADE,
        person_id TEXT NOT NULL REFERENCES review_people (id) ON DELETE RESTRICT,
        PRIMARY KEY (excerpt_id, person_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE excerpt_themes (
        excerpt_id TEXT NOT NULL REFERENCES excerpts (id) ON DELETE CASCADE,
        theme_id TEXT NOT NULL REFERENCES themes (id) ON DELETE CASCADE,
        PRIMARY KEY (excerpt_id, theme_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX excerpt_themes_theme ON excerpt_themes (theme_id);

      CREATE TABLE interview_links (
        id TEXT PRIMARY KEY NOT NULL,
        review_id TEXT NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
        theme_id TEXT REFERENCES themes (id) ON DELETE CASCADE,
        excerpt_id TEXT REFERENCES excerpts (id) ON DELETE CASCADE,
        target_kind TEXT NOT NULL CHECK (target_kind IN ('entry', 'episode')),
        entry_id TEXT REFERENCES chronology_entries (id) ON DELETE SET NULL,
        episode_id TEXT REFERENCES key_practice_episodes (id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        CHECK ((theme_id IS NULL) <> (excerpt_id IS NULL)),
        CHECK (target_kind = 'entry' OR entry_id IS NULL),
        CHECK (target_kind = 'episode' OR episode_id IS NULL)
      ) STRICT;
      CREATE INDEX interview_links_theme ON interview_links (theme_id);
      CREATE INDEX interview_links_excerpt ON interview_links (excerpt_id);
      CREATE INDEX interview_links_entry ON interview_links (entry_id);
      CREATE INDEX interview_links_episode ON interview_links (episode_id);
    `);
    widenExports(db);
  },
};

function widenExports(db: Parameters<Migration['up']>[0]): void {
  rebuildExports(
    db,
    [
      ["kind IN ('chronology', 'document', 'terms', 'agency-request')", "kind IN ('chronology', 'document', 'terms', 'agency-request', 'interviews')"],
      ["format IN ('csv', 'xlsx', 'pdf')", "format IN ('csv', 'xlsx', 'pdf', 'qdc', 'qdpx')"],
    ],
    'migration 11',
  );
}

export default migration;
