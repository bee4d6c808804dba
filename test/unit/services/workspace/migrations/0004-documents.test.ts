import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../../../electron/services/sqlite';
import { openWorkspaceDb } from '../../../../../electron/services/workspace/db/open';
import { migrate, migrations } from '../../../../../electron/services/workspace/migrations';
import { context, newKey, tempDir } from '../db/helpers';

const at = '2026-11-27T09:00:00.000Z';
const doc = '{"type":"doc","content":[{"type":"paragraph"}]}';
const hash = 'a'.repeat(64);

function migratedTo4(): Db {
  const db = openWorkspaceDb(path.join(tempDir(), 'workspace.db'), newKey(), { create: true });
  migrate(db, context(), migrations.slice(0, 4));
  db.prepare(`INSERT INTO reviews (id, type, title, status, rule_set, created_at, updated_at) VALUES ('r1', 'lcspr', 'Child M', 'commissioned', 'local', ?, ?)`).run(at, at);
  return db;
}

function addDocument(db: Db, values: { content?: string; kind?: string; title?: string } = {}) {
  db.prepare(
    `INSERT INTO documents (id, review_id, title, kind, marking, schema_version, content, created_at, updated_at)
     VALUES ('d1', 'r1', ?, ?, 'OFFICIAL-SENSITIVE', 1, ?, ?, ?)`,
  ).run(values.title ?? 'Draft report', values.kind ?? 'general', values.content ?? doc, at, at);
}

function addVersion(db: Db, values: { sha256?: string; number?: number } = {}) {
  db.prepare(
    `INSERT INTO document_versions (id, document_id, number, label, schema_version, content, sha256, created_at)
     VALUES (?, 'd1', ?, 'Draft for PRG', 1, ?, ?, ?)`,
  ).run(`v${values.number ?? 1}`, values.number ?? 1, doc, values.sha256 ?? hash, at);
}

describe('migration 0004-documents', () => {
  it('takes a version 3 database to 4 with STRICT document tables', () => {
    const db = migratedTo4();
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    const tables = (db.pragma('table_list') as Array<{ name: string; strict: number; schema: string }>).filter((table) => table.name.startsWith('document'));
    expect(tables.map(({ name, strict }) => ({ name, strict })).sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: 'document_versions', strict: 1 },
      { name: 'documents', strict: 1 },
    ]);
    db.close();
  });

  it('refuses content that is not a document, an unknown kind and a blank title', () => {
    const db = migratedTo4();
    expect(() => addDocument(db, { content: '{"type":"paragraph"}' })).toThrow(/CHECK/);
    expect(() => addDocument(db, { content: 'not json' })).toThrow(/CHECK/);
    expect(() => addDocument(db, { kind: 'letter' })).toThrow(/CHECK/);
    expect(() => addDocument(db, { title: '  ' })).toThrow(/CHECK/);
    addDocument(db);
    db.close();
  });

  it('keeps versions immutable, numbered once each, with a well-formed SHA-256', () => {
    const db = migratedTo4();
    addDocument(db);
    expect(() => addVersion(db, { sha256: 'XYZ' })).toThrow(/CHECK/);
    addVersion(db);
    expect(() => addVersion(db)).toThrow(/UNIQUE/);
    expect(() => db.prepare(`UPDATE document_versions SET label = 'Changed' WHERE id = 'v1'`).run()).toThrow(/cannot be changed/);
    db.close();
  });

  it('removes a review’s documents and their versions with it', () => {
    const db = migratedTo4();
    addDocument(db);
    addVersion(db);
    db.prepare(`DELETE FROM reviews WHERE id = 'r1'`).run();
    expect(db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM document_versions').get()).toEqual({ n: 0 });
    db.close();
  });
});
