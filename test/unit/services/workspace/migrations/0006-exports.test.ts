import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../../../electron/services/sqlite';
import { openWorkspaceDb } from '../../../../../electron/services/workspace/db/open';
import { migrate, migrations } from '../../../../../electron/services/workspace/migrations';
import { context, newKey, tempDir } from '../db/helpers';

const at = '2026-11-27T09:00:00.000Z';
const hash = 'c'.repeat(64);
const content = 'd'.repeat(64);

function migratedTo(version: number, before?: (db: Db) => void): Db {
  const db = openWorkspaceDb(path.join(tempDir(), 'workspace.db'), newKey(), { create: true });
  migrate(db, context(), migrations.slice(0, 5));
  db.prepare(`INSERT INTO reviews (id, type, title, status, rule_set, created_at, updated_at) VALUES ('r1', 'lcspr', 'Child M', 'commissioned', 'local', ?, ?)`).run(at, at);
  before?.(db);
  if (version === 6) migrate(db, context(), migrations.slice(0, 6));
  return db;
}

function addExport(db: Db, values: { id?: string; kind?: string; format?: string; anonymised?: number; detail?: string; reason?: string | null } = {}) {
  db.prepare(
    `INSERT INTO exports (id, sha256, kind, format, review_id, subject_id, version, anonymised, filtered, file_name, exported_by, exported_at, unresolved_reason, detail)
     VALUES (?, ?, ?, ?, 'r1', NULL, NULL, ?, 0, 'chronology.csv', 'Sam Reviewer', ?, ?, ?)`,
  ).run(values.id ?? 'e1', hash, values.kind ?? 'chronology', values.format ?? 'csv', values.anonymised ?? 1, at, values.reason ?? null, values.detail ?? '{}');
}

describe('migration 0006-exports', () => {
  it('moves the terms-of-reference PDF records into the register of exports and drops pdf_exports', () => {
    const db = migratedTo(6, (before) => {
      before.prepare(`INSERT INTO pdf_exports (sha256, review_id, kind, number, signed, content_sha256, exported_at) VALUES (?, 'r1', 'terms-of-reference', 2, 1, ?, ?)`).run(hash, content, at);
    });
    expect(db.pragma('user_version', { simple: true })).toBe(6);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'pdf_exports'`).get()).toBeUndefined();
    const row = db.prepare('SELECT kind, format, version, anonymised, detail FROM exports').get() as { detail: string };
    expect(row).toMatchObject({ kind: 'terms', format: 'pdf', version: 2, anonymised: 0 });
    expect(JSON.parse(row.detail)).toEqual({ signed: true, contentSha256: content });
    const tables = (db.pragma('table_list') as Array<{ name: string; strict: number }>).filter((table) => ['exports', 'not_people'].includes(table.name));
    expect(tables.map((table) => table.strict)).toEqual([1, 1]);
    db.close();
  });

  it('refuses an unknown kind or format, a detail that is not an object and any change to a record', () => {
    const db = migratedTo(6);
    expect(() => addExport(db, { kind: 'report' })).toThrow(/CHECK/);
    expect(() => addExport(db, { format: 'docm' })).toThrow(/CHECK/);
    expect(() => addExport(db, { detail: '[]' })).toThrow(/CHECK/);
    expect(() => addExport(db, { reason: '  ' })).toThrow(/CHECK/);
    addExport(db);
    expect(() => db.prepare(`UPDATE exports SET anonymised = 0`).run()).toThrow(/cannot be changed/);
    db.close();
  });

  it('removes a review’s export records with it, and keeps each "not a person" once', () => {
    const db = migratedTo(6);
    addExport(db);
    db.prepare(`DELETE FROM reviews WHERE id = 'r1'`).run();
    expect(db.prepare('SELECT count(*) AS n FROM exports').get()).toEqual({ n: 0 });
    db.prepare(`INSERT INTO not_people (key, name, marked_at) VALUES ('riverside', 'Riverside', ?)`).run(at);
    expect(() => db.prepare(`INSERT INTO not_people (key, name, marked_at) VALUES ('riverside', 'RIVERSIDE', ?)`).run(at)).toThrow(/UNIQUE/);
    db.close();
  });
});
