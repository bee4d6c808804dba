import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../../../electron/services/sqlite';
import { openWorkspaceDb } from '../../../../../electron/services/workspace/db/open';
import { migrate, migrations } from '../../../../../electron/services/workspace/migrations';
import { context, newKey, tempDir } from '../db/helpers';

const at = '2026-12-07T09:00:00.000Z';
const sha = 'c'.repeat(64);

/** A workspace at version 11 with a review, a person, a notes document and one recorded export. */
function workspaceAt11(): Db {
  const db = openWorkspaceDb(path.join(tempDir(), 'workspace.db'), newKey(), { create: true });
  migrate(db, context(), migrations.slice(0, 11));
  db.prepare(`INSERT INTO reviews (id, type, title, status, rule_set, created_at, updated_at) VALUES ('r1', 'lcspr', 'Child Q', 'notified', 'wt2023', ?, ?)`).run(at, at);
  db.prepare(
    `INSERT INTO review_people (id, review_id, real_name, role, practitioner_role, agency, pseudonym, created_at, updated_at) VALUES ('p1', 'r1', 'Imogen Trelawny', 'practitioner', 'Social worker', 'Children’s Services', 'Social worker A', ?, ?)`,
  ).run(at, at);
  db.prepare(
    `INSERT INTO documents (id, review_id, title, kind, marking, content, word_count, schema_version, revision, created_at, updated_at) VALUES ('d1', 'r1', 'Notes', 'interview-notes', 'OFFICIAL-SENSITIVE', '{"type":"doc","content":[]}', 0, 1, 1, ?, ?)`,
  ).run(at, at);
  db.prepare(
    `INSERT INTO exports (id, sha256, kind, format, review_id, subject_id, version, anonymised, filtered, file_name, exported_by, exported_at, unresolved_reason, detail)
     VALUES ('e1', ?, 'agency-request', 'pdf', 'r1', NULL, NULL, 1, 0, 'letter.pdf', 'Sam Reviewer', ?, NULL, '{}')`,
  ).run(sha, at);
  return db;
}

const insertExport = (db: Db, id: string, kind: string, format: string) =>
  db
    .prepare(`INSERT INTO exports (id, sha256, kind, format, review_id, anonymised, filtered, file_name, exported_by, exported_at) VALUES (?, ?, ?, ?, 'r1', 1, 0, 'themes.qdpx', 'Sam', ?)`)
    .run(id, sha, kind, format, at);

describe('migration 0012-conversations', () => {
  it('takes a version 11 database to 12, keeping the export record, and takes the REFI-QDA exports of conversations', () => {
    const db = workspaceAt11();
    migrate(db, context(), migrations.slice(0, 12));
    expect(db.pragma('user_version', { simple: true })).toBe(12);
    expect(db.prepare('SELECT id, kind, file_name FROM exports').all()).toEqual([{ id: 'e1', kind: 'agency-request', file_name: 'letter.pdf' }]);
    insertExport(db, 'e2', 'interviews', 'qdpx');
    insertExport(db, 'e3', 'interviews', 'qdc');
    expect(() => insertExport(db, 'e4', 'interviews', 'docx')).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE exports SET file_name = 'x.pdf' WHERE id = 'e1'").run()).toThrow(/cannot be changed/);
    db.close();
  });

  it('keeps a conversation’s notes and participants: neither can be deleted from under it', () => {
    const db = workspaceAt11();
    migrate(db, context(), migrations.slice(0, 12));
    db.prepare(`INSERT INTO conversations (id, review_id, kind, notes_document_id, created_at, updated_at) VALUES ('c1', 'r1', 'individual', 'd1', ?, ?)`).run(at, at);
    db.prepare(`INSERT INTO conversation_participants (conversation_id, person_id, position, consent_status, consent_covers) VALUES ('c1', 'p1', 1, 'given', '["notes"]')`).run();
    db.prepare("UPDATE documents SET archived_at = ?, archived_by = 'Sam' WHERE id = 'd1'").run(at);
    expect(() => db.prepare("DELETE FROM documents WHERE id = 'd1'").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("DELETE FROM review_people WHERE id = 'p1'").run()).toThrow(/FOREIGN KEY/);
    // A declined consent covers nothing.
    expect(() => db.prepare(`UPDATE conversation_participants SET consent_status = 'declined' WHERE person_id = 'p1'`).run()).toThrow(/CHECK/);
    db.close();
  });

  it('refuses an excerpt that ends before it starts and a theme colour not written #rrggbb', () => {
    const db = workspaceAt11();
    migrate(db, context(), migrations.slice(0, 12));
    db.prepare(`INSERT INTO conversations (id, review_id, kind, notes_document_id, created_at, updated_at) VALUES ('c1', 'r1', 'group', 'd1', ?, ?)`).run(at, at);
    const excerpt = (start: number, end: number) =>
      db
        .prepare(`INSERT INTO excerpts (id, review_id, conversation_id, exact, prefix, suffix, start_at, end_at, created_at, updated_at) VALUES (?, 'r1', 'c1', 'words', '', '', ?, ?, ?, ?)`)
        .run(`x${start}`, start, end, at, at);
    excerpt(0, 5);
    expect(() => excerpt(5, 5)).toThrow(/CHECK/);
    const theme = (id: string, colour: string) =>
      db.prepare(`INSERT INTO themes (id, review_id, name, colour, position, created_at, updated_at) VALUES (?, 'r1', ?, ?, 1, ?, ?)`).run(id, id, colour, at, at);
    theme('t1', '#0072b2');
    expect(() => theme('t2', 'blue')).toThrow(/CHECK/);
    db.close();
  });
});
