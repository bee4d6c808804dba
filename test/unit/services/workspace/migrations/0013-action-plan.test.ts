import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../../../electron/services/sqlite';
import { openWorkspaceDb } from '../../../../../electron/services/workspace/db/open';
import { migrate, migrations } from '../../../../../electron/services/workspace/migrations';
import { context, newKey, tempDir } from '../db/helpers';

const at = '2026-12-07T09:00:00.000Z';
const sha = 'd'.repeat(64);

/** A workspace at version 12 with a review, a chronology entry and one recorded export. */
function workspaceAt12(): Db {
  const db = openWorkspaceDb(path.join(tempDir(), 'workspace.db'), newKey(), { create: true });
  migrate(db, context(), migrations.slice(0, 12));
  db.prepare(`INSERT INTO reviews (id, type, title, status, rule_set, created_at, updated_at) VALUES ('r1', 'lcspr', 'Child Q', 'notified', 'wt2023', ?, ?)`).run(at, at);
  db.prepare(
    `INSERT INTO exports (id, sha256, kind, format, review_id, subject_id, version, anonymised, filtered, file_name, exported_by, exported_at, unresolved_reason, detail)
     VALUES ('e1', ?, 'interviews', 'qdpx', 'r1', NULL, NULL, 1, 0, 'themes.qdpx', 'Sam Reviewer', ?, NULL, '{}')`,
  ).run(sha, at);
  return db;
}

const finding = (db: Db, id: string, source: { review?: string; activity?: string }) =>
  db
    .prepare(`INSERT INTO findings (id, review_id, activity_id, statement, position, created_at, updated_at) VALUES (?, ?, ?, 'Information was not shared', 1, ?, ?)`)
    .run(id, source.review ?? null, source.activity ?? null, at, at);

describe('migration 0013-action-plan', () => {
  it('takes a version 12 database to 13, keeping the export record; the register’s exports cover every review (no review id)', () => {
    const db = workspaceAt12();
    migrate(db, context(), migrations.slice(0, 13));
    expect(db.pragma('user_version', { simple: true })).toBe(13);
    expect(db.prepare('SELECT id, kind, review_id FROM exports').all()).toEqual([{ id: 'e1', kind: 'interviews', review_id: 'r1' }]);
    db.prepare(`INSERT INTO exports (id, sha256, kind, format, review_id, anonymised, filtered, file_name, exported_by, exported_at) VALUES ('e2', ?, 'action-register', 'xlsx', NULL, 1, 0, 'actions.xlsx', 'Sam', ?)`).run(sha, at);
    expect(() => db.prepare("UPDATE exports SET file_name = 'x.pdf' WHERE id = 'e1'").run()).toThrow(/cannot be changed/);
    expect(db.prepare('SELECT name FROM finding_categories ORDER BY position').pluck().all()).toEqual([
      'Information sharing',
      'Assessment',
      'Supervision',
      'Escalation',
      'Voice of the child',
      'Professional curiosity',
    ]);
    db.close();
  });

  it('a finding comes from a review or an activity, never both or neither; an activity with findings is not deleted from under them', () => {
    const db = workspaceAt12();
    migrate(db, context(), migrations.slice(0, 13));
    db.prepare(`INSERT INTO activities (id, type, title, held_on, created_at, updated_at) VALUES ('a1', 'audit', 'Neglect audit', '2026-10-01', ?, ?)`).run(at, at);
    finding(db, 'f1', { review: 'r1' });
    finding(db, 'f2', { activity: 'a1' });
    expect(() => finding(db, 'f3', {})).toThrow(/CHECK/);
    expect(() => finding(db, 'f4', { review: 'r1', activity: 'a1' })).toThrow(/CHECK/);
    expect(() => db.prepare("DELETE FROM activities WHERE id = 'a1'").run()).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('an action not implemented needs a reason, a complete one its day; a removed finding leaves its recommendation’s line', () => {
    const db = workspaceAt12();
    migrate(db, context(), migrations.slice(0, 13));
    finding(db, 'f1', { review: 'r1' });
    db.prepare(`INSERT INTO recommendations (id, review_id, text, made_on, position, created_at, updated_at) VALUES ('rec1', 'r1', 'Share it', '2026-11-01', 1, ?, ?)`).run(at, at);
    db.prepare(`INSERT INTO recommendation_findings (id, recommendation_id, finding_id, position) VALUES ('rf1', 'rec1', 'f1', 1)`).run();
    const action = (id: string, status: string, reason: string | null, completedOn: string | null) =>
      db
        .prepare(
          `INSERT INTO actions (id, recommendation_id, text, lead_agency, lead_role, due_on, status, reason, completed_on, created_at, updated_at) VALUES (?, 'rec1', 'Train staff', 'Police', 'Head of Safeguarding', '2027-03-31', ?, ?, ?, ?, ?)`,
        )
        .run(id, status, reason, completedOn, at, at);
    action('x1', 'on-track', null, null);
    expect(() => action('x2', 'not-implemented', null, null)).toThrow(/CHECK/);
    action('x3', 'not-implemented', 'The service was recommissioned', null);
    expect(() => action('x4', 'complete', null, null)).toThrow(/CHECK/);
    action('x5', 'complete', null, '2026-12-01');
    expect(() => db.prepare("DELETE FROM recommendations WHERE id = 'rec1'").run()).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM findings WHERE id = 'f1'").run();
    expect(db.prepare("SELECT finding_id FROM recommendation_findings WHERE id = 'rf1'").get()).toEqual({ finding_id: null });
    db.close();
  });
});
