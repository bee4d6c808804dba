import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../../../electron/services/sqlite';
import { openWorkspaceDb } from '../../../../../electron/services/workspace/db/open';
import { migrate, migrations } from '../../../../../electron/services/workspace/migrations';
import { context, newKey, tempDir } from '../db/helpers';

function migratedTo2(): Db {
  const db = openWorkspaceDb(path.join(tempDir(), 'workspace.db'), newKey(), { create: true });
  migrate(db, context(), migrations.slice(0, 2));
  return db;
}

const newTables = ['escalations', 'rapid_review_decisions', 'review_copies', 'review_people', 'review_status_changes', 'reviews'];
const at = '2026-11-26T09:00:00.000Z';

function addReview(db: Db, id = 'r1', dates: { aware?: string; notified?: string } = {}) {
  db.prepare(
    `INSERT INTO reviews (id, type, title, status, rule_set, aware_on, notified_on, created_at, updated_at)
     VALUES (?, 'rapid-review', 'Child M', 'notified', 'local', ?, ?, ?, ?)`,
  ).run(id, dates.aware ?? null, dates.notified ?? null, at, at);
}

function addPerson(db: Db, id: string, reviewId: string, pseudonym: string) {
  db.prepare(`INSERT INTO review_people (id, review_id, real_name, role, pseudonym, created_at, updated_at) VALUES (?, ?, 'Maisie Hartwell', 'child', ?, ?, ?)`).run(
    id,
    reviewId,
    pseudonym,
    at,
    at,
  );
}

describe('migration 0002-reviews', () => {
  it('takes a fresh database to version 2 with the register tables, all STRICT', () => {
    const db = migratedTo2();
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    const list = (db.pragma('table_list') as Array<{ name: string; strict: number; schema: string }>).filter(
      (table) => table.schema === 'main' && newTables.includes(table.name),
    );
    expect(list.map(({ name, strict }) => ({ name, strict })).sort((a, b) => a.name.localeCompare(b.name))).toEqual(newTables.map((name) => ({ name, strict: 1 })));
    db.close();
  });

  it('links every register table to its review with a foreign key', () => {
    const db = migratedTo2();
    const keys = (table: string) =>
      (db.pragma(`foreign_key_list(${table})`) as Array<{ table: string; from: string; to: string; on_delete: string }>).map(({ table: parent, from, to, on_delete }) => ({
        parent,
        from,
        to,
        onDelete: on_delete,
      }));
    for (const table of ['review_status_changes', 'rapid_review_decisions', 'review_copies', 'review_people']) {
      expect(keys(table), table).toEqual([{ parent: 'reviews', from: 'review_id', to: 'id', onDelete: 'CASCADE' }]);
    }
    // An escalation outlives the review it was linked to.
    expect(keys('escalations')).toEqual([{ parent: 'reviews', from: 'review_id', to: 'id', onDelete: 'SET NULL' }]);
    db.close();
  });

  it('enforces the foreign keys: no person without a review, and removing a review removes its people', () => {
    const db = migratedTo2();
    expect(() => addPerson(db, 'p0', 'no-such-review', 'Child A')).toThrow(/FOREIGN KEY/);
    addReview(db);
    addPerson(db, 'p1', 'r1', 'Child A');
    db.prepare(
      `INSERT INTO escalations (id, review_id, stage, raised_by, issue, raised_on, stage_started_on, created_at, updated_at)
       VALUES ('e1', 'r1', 1, 'Health Visitor', 'Threshold disagreement', '2020-01-06', '2020-01-06', ?, ?)`,
    ).run(at, at);
    db.prepare("DELETE FROM reviews WHERE id = 'r1'").run();
    expect(db.prepare('SELECT count(*) FROM review_people').pluck().get()).toBe(0);
    expect(db.prepare("SELECT review_id FROM escalations WHERE id = 'e1'").pluck().get()).toBeNull();
    db.close();
  });

  it('refuses impossible dates, a notification before awareness, and list columns that are not JSON arrays', () => {
    const db = migratedTo2();
    expect(() => addReview(db, 'r1', { aware: '2019-02-30' })).toThrow(/CHECK/);
    expect(() => addReview(db, 'r2', { aware: '2019-3-4' })).toThrow(/CHECK/);
    expect(() => addReview(db, 'r3', { aware: '2019-03-04', notified: '2019-03-01' })).toThrow(/CHECK/);
    addReview(db, 'r4', { aware: '2019-03-04', notified: '2019-03-04' });
    expect(() => db.prepare("UPDATE reviews SET agencies = '{}' WHERE id = 'r4'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE reviews SET title = '  ' WHERE id = 'r4'").run()).toThrow(/CHECK/);
    db.close();
  });

  it('keeps pseudonyms unique within a review regardless of case, but not across reviews', () => {
    const db = migratedTo2();
    addReview(db, 'r1');
    addReview(db, 'r2');
    addPerson(db, 'p1', 'r1', 'Child A');
    expect(() => addPerson(db, 'p2', 'r1', 'child a')).toThrow(/UNIQUE/);
    addPerson(db, 'p3', 'r2', 'Child A');
    db.close();
  });

  it('requires methodology and indicative terms of reference with outcome (c)', () => {
    const db = migratedTo2();
    addReview(db);
    const insert = db.prepare(
      `INSERT INTO rapid_review_decisions (review_id, outcome, rationale, agreed_by_name, agreed_by_role, agreed_on, methodology, indicative_tor, recorded_at)
       VALUES ('r1', ?, 'Learning about neglect', 'A. Chair', 'Independent chair', '2020-01-20', ?, ?, ?)`,
    );
    expect(() => insert.run('c', null, null, at)).toThrow(/CHECK/);
    expect(() => insert.run('d', null, null, at)).toThrow(/CHECK/);
    insert.run('c', 'Learning Together', 'Scope: 2018–2019', at);
    db.close();
  });
});
