import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../../../electron/services/sqlite';
import { openWorkspaceDb } from '../../../../../electron/services/workspace/db/open';
import { migrate, migrations } from '../../../../../electron/services/workspace/migrations';
import { context, newKey, tempDir } from '../db/helpers';

const at = '2026-12-07T09:00:00.000Z';

/** A workspace at version 9 with one document and a version of it. */
function documentAt9(): Db {
  const db = openWorkspaceDb(path.join(tempDir(), 'workspace.db'), newKey(), { create: true });
  migrate(db, context(), migrations.slice(0, 9));
  db.prepare(`INSERT INTO reviews (id, type, title, status, rule_set, created_at, updated_at) VALUES ('r1', 'lcspr', 'Child M', 'commissioned', 'local', ?, ?)`).run(at, at);
  db.prepare(
    `INSERT INTO documents (id, review_id, title, kind, marking, schema_version, content, created_at, updated_at)
     VALUES ('d1', 'r1', 'Draft report', 'general', 'OFFICIAL-SENSITIVE', 1, '{"type":"doc","content":[]}', ?, ?)`,
  ).run(at, at);
  db.prepare(
    `INSERT INTO document_versions (id, document_id, number, label, schema_version, content, sha256, created_at)
     VALUES ('v1', 'd1', 1, 'First draft', 1, '{"type":"doc","content":[]}', ?, ?)`,
  ).run('a'.repeat(64), at);
  return db;
}

const archive = (db: Db, when: string | null, by: string | null) => db.prepare("UPDATE documents SET archived_at = ?, archived_by = ? WHERE id = 'd1'").run(when, by);
const remove = (db: Db) => db.prepare("DELETE FROM documents WHERE id = 'd1'").run();

describe('migration 0010-document-archive', () => {
  it('takes a version 9 database to 10, every document still in the list (not archived)', () => {
    const db = documentAt9();
    migrate(db, context(), migrations.slice(0, 10));
    expect(db.pragma('user_version', { simple: true })).toBe(10);
    expect(db.prepare('SELECT id, title, archived_at, archived_by FROM documents').all()).toEqual([{ id: 'd1', title: 'Draft report', archived_at: null, archived_by: null }]);
    db.close();
  });

  it('records who archived a document with when, both or neither', () => {
    const db = documentAt9();
    migrate(db, context(), migrations.slice(0, 10));
    expect(() => archive(db, at, null)).toThrow(/CHECK/);
    expect(() => archive(db, null, 'Sam Reviewer')).toThrow(/CHECK/);
    archive(db, at, 'Sam Reviewer');
    expect(db.prepare('SELECT archived_by FROM documents').pluck().get()).toBe('Sam Reviewer');
    db.close();
  });

  it('refuses to delete a document that is not archived, and deletes an archived one with its versions', () => {
    const db = documentAt9();
    migrate(db, context(), migrations.slice(0, 10));
    expect(() => remove(db)).toThrow(/only an archived document can be deleted/);
    expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(1);
    archive(db, at, 'Sam Reviewer');
    remove(db);
    expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM document_versions').pluck().get()).toBe(0);
    db.close();
  });
});
