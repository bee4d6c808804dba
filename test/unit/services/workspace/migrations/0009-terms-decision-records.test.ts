import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../../../electron/services/sqlite';
import { openWorkspaceDb } from '../../../../../electron/services/workspace/db/open';
import { migrate, migrations } from '../../../../../electron/services/workspace/migrations';
import { context, newKey, tempDir } from '../db/helpers';

const at = '2026-11-27T09:00:00.000Z';
const hash = 'b'.repeat(64);

/** A workspace at version 8 holding one signed version and its approval, recorded before 0009. */
function signedAt8(): Db {
  const db = openWorkspaceDb(path.join(tempDir(), 'workspace.db'), newKey(), { create: true });
  migrate(db, context(), migrations.slice(0, 8));
  db.prepare(`INSERT INTO reviews (id, type, title, status, rule_set, created_at, updated_at) VALUES ('r1', 'lcspr', 'Child M', 'commissioned', 'local', ?, ?)`).run(at, at);
  db.prepare(
    `INSERT INTO terms_versions (review_id, number, status, fields, sections, schema_version, submitted_sha256, created_at, updated_at)
     VALUES ('r1', 1, 'signed-off', '{}', '{"type":"doc","content":[]}', 1, ?, ?, ?)`,
  ).run(hash, at, at);
  db.prepare(`INSERT INTO terms_decisions (id, review_id, number, decision, signatory, role, sha256, decided_at) VALUES ('d1', 'r1', 1, 'approved', 'Pat Example', 'Chair', ?, ?)`).run(hash, at);
  return db;
}

const record = (db: Db, values: { decidedOn?: string; how?: string; by?: string } = {}) =>
  db.prepare('INSERT INTO terms_decision_records (decision_id, decided_on, how, recorded_by) VALUES (?, ?, ?, ?)').run('d1', values.decidedOn ?? '2026-11-24', values.how ?? 'email', values.by ?? 'Sam Reviewer');

const evidence = (db: Db, bytes: Buffer, size = bytes.length) =>
  db.prepare('INSERT INTO terms_decision_evidence (decision_id, file_name, size, sha256, content) VALUES (?, ?, ?, ?, ?)').run('d1', 'approval.eml', size, hash, bytes);

describe('migration 0009-terms-decision-records', () => {
  it('takes a version 8 database to 9 with STRICT tables, keeping the decisions recorded before', () => {
    const db = signedAt8();
    migrate(db, context(), migrations.slice(0, 9));
    expect(db.pragma('user_version', { simple: true })).toBe(9);
    const names = ['terms_decision_evidence', 'terms_decision_records'];
    const tables = (db.pragma('table_list') as Array<{ name: string; strict: number }>).filter((table) => names.includes(table.name));
    expect(tables.map(({ name, strict }) => ({ name, strict })).sort((a, b) => a.name.localeCompare(b.name))).toEqual(names.map((name) => ({ name, strict: 1 })));
    expect(db.prepare('SELECT id, signatory FROM terms_decisions').all()).toEqual([{ id: 'd1', signatory: 'Pat Example' }]);
    db.close();
  });

  it('refuses an impossible day, an unknown way of deciding, no recorder, an empty or oversized file and a size that is not the file’s', () => {
    const db = signedAt8();
    migrate(db, context(), migrations.slice(0, 9));
    expect(() => record(db, { decidedOn: '2026-02-30' })).toThrow(/CHECK/);
    expect(() => record(db, { decidedOn: '24/11/2026' })).toThrow(/CHECK/);
    expect(() => record(db, { how: 'phone' })).toThrow(/CHECK/);
    expect(() => record(db, { by: ' ' })).toThrow(/CHECK/);
    record(db);
    expect(() => evidence(db, Buffer.alloc(0))).toThrow(/CHECK/);
    expect(() => evidence(db, Buffer.from('abc'), 4)).toThrow(/CHECK/);
    expect(() => evidence(db, Buffer.alloc(20 * 1024 * 1024 + 1))).toThrow(/CHECK/);
    evidence(db, Buffer.alloc(20 * 1024 * 1024));
    db.close();
  });

  it('keeps a decision, its record and its evidence unchangeable, and removes them with their review', () => {
    const db = signedAt8();
    migrate(db, context(), migrations.slice(0, 9));
    record(db);
    evidence(db, Buffer.from('I approve.'));
    expect(() => db.prepare(`UPDATE terms_decisions SET signatory = 'Someone Else'`).run()).toThrow(/cannot be changed/);
    expect(() => db.prepare(`UPDATE terms_decision_records SET decided_on = '2026-11-01'`).run()).toThrow(/cannot be changed/);
    expect(() => db.prepare(`UPDATE terms_decision_evidence SET content = x'00', size = 1`).run()).toThrow(/cannot be changed/);
    db.prepare(`DELETE FROM reviews WHERE id = 'r1'`).run();
    expect(db.prepare('SELECT (SELECT count(*) FROM terms_decision_records) + (SELECT count(*) FROM terms_decision_evidence) AS n').get()).toEqual({ n: 0 });
    db.close();
  });
});
