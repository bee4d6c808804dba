import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../../../electron/services/sqlite';
import { openWorkspaceDb } from '../../../../../electron/services/workspace/db/open';
import { migrate, migrations } from '../../../../../electron/services/workspace/migrations';
import { context, newKey, tempDir } from '../db/helpers';

const at = '2026-11-27T09:00:00.000Z';
const doc = '{"type":"doc","content":[]}';
const hash = 'b'.repeat(64);

function migratedTo5(): Db {
  const db = openWorkspaceDb(path.join(tempDir(), 'workspace.db'), newKey(), { create: true });
  migrate(db, context(), migrations.slice(0, 5));
  db.prepare(`INSERT INTO reviews (id, type, title, status, rule_set, created_at, updated_at) VALUES ('r1', 'lcspr', 'Child M', 'commissioned', 'local', ?, ?)`).run(at, at);
  return db;
}

function addVersion(db: Db, values: { number?: number; status?: string; fields?: string; submitted?: string | null } = {}) {
  db.prepare(
    `INSERT INTO terms_versions (review_id, number, status, fields, sections, schema_version, submitted_sha256, created_at, updated_at)
     VALUES ('r1', ?, ?, ?, ?, 1, ?, ?, ?)`,
  ).run(values.number ?? 1, values.status ?? 'draft', values.fields ?? '{}', doc, values.submitted === undefined ? null : values.submitted, at, at);
}

function addDecision(db: Db, id: string, decision = 'approved') {
  db.prepare(`INSERT INTO terms_decisions (id, review_id, number, decision, signatory, role, sha256, decided_at) VALUES (?, 'r1', 1, ?, 'Pat Example', 'Chair', ?, ?)`).run(id, decision, hash, at);
}

describe('migration 0005-terms', () => {
  it('takes a version 4 database to 5 with STRICT terms tables', () => {
    const db = migratedTo5();
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    const names = ['pdf_exports', 'terms_decisions', 'terms_templates', 'terms_versions'];
    const tables = (db.pragma('table_list') as Array<{ name: string; strict: number }>).filter((table) => names.includes(table.name));
    expect(tables.map(({ name, strict }) => ({ name, strict })).sort((a, b) => a.name.localeCompare(b.name))).toEqual(names.map((name) => ({ name, strict: 1 })));
    db.close();
  });

  it('refuses an unknown status, fields that are not an object and a malformed hash', () => {
    const db = migratedTo5();
    expect(() => addVersion(db, { status: 'approved' })).toThrow(/CHECK/);
    expect(() => addVersion(db, { fields: '[]' })).toThrow(/CHECK/);
    expect(() => addVersion(db, { submitted: 'abc' })).toThrow(/CHECK/);
    addVersion(db, { submitted: hash });
    db.close();
  });

  it('keeps a signed-off version unchangeable and allows one approval per version', () => {
    const db = migratedTo5();
    addVersion(db, { status: 'signed-off', submitted: hash });
    expect(() => db.prepare(`UPDATE terms_versions SET fields = '{"scope":"x"}' WHERE number = 1`).run()).toThrow(/cannot be changed/);
    addDecision(db, 'd1');
    expect(() => addDecision(db, 'd2')).toThrow(/UNIQUE/);
    addDecision(db, 'd3', 'returned');
    db.close();
  });

  it('removes a review’s terms, decisions and (before 0006) export records with it', () => {
    const db = migratedTo5();
    addVersion(db);
    addDecision(db, 'd1', 'returned');
    db.prepare(`INSERT INTO pdf_exports (sha256, review_id, kind, number, signed, content_sha256, exported_at) VALUES (?, 'r1', 'terms-of-reference', 1, 0, ?, ?)`).run(hash, hash, at);
    db.prepare(`DELETE FROM reviews WHERE id = 'r1'`).run();
    for (const table of ['terms_versions', 'terms_decisions', 'pdf_exports']) expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    db.close();
  });
});
