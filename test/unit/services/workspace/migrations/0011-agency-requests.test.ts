import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../../../electron/services/sqlite';
import { openWorkspaceDb } from '../../../../../electron/services/workspace/db/open';
import { migrate, migrations } from '../../../../../electron/services/workspace/migrations';
import { context, newKey, tempDir } from '../db/helpers';

const at = '2026-12-07T09:00:00.000Z';
const sha = 'b'.repeat(64);

/** A workspace at version 10 with a review and one recorded export. */
function workspaceAt10(): Db {
  const db = openWorkspaceDb(path.join(tempDir(), 'workspace.db'), newKey(), { create: true });
  migrate(db, context(), migrations.slice(0, 10));
  db.prepare(`INSERT INTO reviews (id, type, title, status, rule_set, created_at, updated_at) VALUES ('r1', 'rapid-review', 'Child M', 'notified', 'wt2023', ?, ?)`).run(at, at);
  db.prepare(
    `INSERT INTO exports (id, sha256, kind, format, review_id, subject_id, version, anonymised, filtered, file_name, exported_by, exported_at, unresolved_reason, detail)
     VALUES ('e1', ?, 'chronology', 'csv', 'r1', NULL, NULL, 1, 0, 'chronology.csv', 'Sam Reviewer', ?, NULL, '{}')`,
  ).run(sha, at);
  return db;
}

const addRequest = (db: Db, values: Partial<Record<string, string | number | null>> = {}) =>
  db
    .prepare(
      `INSERT INTO agency_requests (id, review_id, agency, asks, sent_on, due_on, status, closed_on, confirmed_by, created_at, updated_at)
       VALUES (@id, 'r1', 'Police', '["chronology"]', @sent_on, @due_on, @status, @closed_on, @confirmed_by, '${at}', '${at}')`,
    )
    .run({ id: 'q1', sent_on: '2026-03-02', due_on: '2026-03-16', status: 'requested', closed_on: null, confirmed_by: null, ...values });

describe('migration 0011-agency-requests', () => {
  it('takes a version 10 database to 11: reviews are not looked after, and the export record is kept', () => {
    const db = workspaceAt10();
    migrate(db, context(), migrations.slice(0, 11));
    expect(db.pragma('user_version', { simple: true })).toBe(11);
    expect(db.prepare('SELECT looked_after FROM reviews').pluck().get()).toBe(0);
    expect(db.prepare('SELECT id, sha256, kind, file_name FROM exports').all()).toEqual([{ id: 'e1', sha256: sha, kind: 'chronology', file_name: 'chronology.csv' }]);
    db.close();
  });

  it('accepts a request pack export and still refuses an unknown kind and any change to a record', () => {
    const db = workspaceAt10();
    migrate(db, context(), migrations.slice(0, 11));
    const insert = (id: string, kind: string) =>
      db
        .prepare(
          `INSERT INTO exports (id, sha256, kind, format, review_id, anonymised, filtered, file_name, exported_by, exported_at) VALUES (?, ?, ?, 'pdf', 'r1', 1, 0, 'letter.pdf', 'Sam', ?)`,
        )
        .run(id, sha, kind, at);
    insert('e2', 'agency-request');
    expect(() => insert('e3', 'report')).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE exports SET file_name = 'x.pdf' WHERE id = 'e1'").run()).toThrow(/cannot be changed/);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE tbl_name = 'exports' AND type = 'index'").pluck().get()).toBeGreaterThanOrEqual(2);
    db.close();
  });

  it('refuses a due date before the date sent, a closed request without its date, and a nil return nobody confirmed', () => {
    const db = workspaceAt10();
    migrate(db, context(), migrations.slice(0, 11));
    expect(() => addRequest(db, { due_on: '2026-02-27' })).toThrow(/CHECK/);
    expect(() => addRequest(db, { status: 'received' })).toThrow(/CHECK/);
    expect(() => addRequest(db, { status: 'nil-return', closed_on: '2026-03-05' })).toThrow(/CHECK/);
    addRequest(db, { status: 'nil-return', closed_on: '2026-03-05', confirmed_by: 'Safeguarding lead, Northshire Police' });
    db.prepare("INSERT INTO agency_request_chases (request_id, chased_on, note) VALUES ('q1', '2026-03-17', NULL)").run();
    db.prepare("DELETE FROM reviews WHERE id = 'r1'").run();
    expect(db.prepare('SELECT count(*) FROM agency_requests').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM agency_request_chases').pluck().get()).toBe(0);
    db.close();
  });
});
