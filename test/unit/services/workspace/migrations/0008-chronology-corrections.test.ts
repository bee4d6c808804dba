import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../../../electron/services/sqlite';
import { openWorkspaceDb } from '../../../../../electron/services/workspace/db/open';
import { migrate, migrations } from '../../../../../electron/services/workspace/migrations';
import { context, newKey, tempDir } from '../db/helpers';

const at = '2026-11-26T09:00:00.000Z';
const compositeQuery = 'SELECT id FROM chronology_entries WHERE review_id = ? ORDER BY date_start, time, imported_at, sequence, row_number';

/** A workspace at version 7 with one imported entry, a rejected row, an episode and a duplicate decision. */
function workspaceAt7(): Db {
  const db = openWorkspaceDb(path.join(tempDir(), 'workspace.db'), newKey(), { create: true });
  migrate(db, context(), migrations.slice(0, 7));
  db.prepare(`INSERT INTO reviews (id, type, title, status, rule_set, created_at, updated_at) VALUES ('r1', 'lcspr', 'Child M', 'commissioned', 'local', ?, ?)`).run(at, at);
  db.prepare(
    `INSERT INTO chronology_submissions (id, review_id, agency, file_name, format, header_index, headers, mapping, size, sha256, content, imported_at)
     VALUES ('s1', 'r1', 'Police', 'police.csv', 'csv', 0, '["Date"]', '["date"]', 3, 'x', x'010203', ?)`,
  ).run(at);
  const entry = db.prepare(
    `INSERT INTO chronology_entries (id, review_id, submission_id, row_number, sequence, agency, date_start, date_end, time, precision, approximate, date_text, event, created_at, updated_at, imported_at)
     VALUES (?, 'r1', 's1', ?, ?, 'Police', '2019-03-11', '2019-03-11', NULL, 'day', 0, '11/03/2019', 'Strategy discussion', ?, ?, ?)`,
  );
  entry.run('e1', 2, 1, at, at, at);
  entry.run('e2', 3, 2, at, at, at);
  db.prepare(`INSERT INTO chronology_rejected (id, review_id, submission_id, row_number, reason, row_values) VALUES ('x1', 'r1', 's1', 4, 'Blank row', '{}')`).run();
  db.prepare(`INSERT INTO key_practice_episodes (id, review_id, title, created_at, updated_at) VALUES ('k1', 'r1', 'Referral', ?, ?)`).run(at, at);
  db.prepare(`INSERT INTO episode_entries (episode_id, entry_id) VALUES ('k1', 'e1')`).run();
  db.prepare(`INSERT INTO chronology_duplicate_decisions (entry_a, entry_b, decision, decided_at) VALUES ('e1', 'e2', 'same', ?)`).run(at);
  return db;
}

function handEntry(db: Db, values: { submission: string | null; row: number | null; by: string | null }) {
  db.prepare(
    `INSERT INTO chronology_entries (id, review_id, submission_id, row_number, sequence, agency, date_start, date_end, precision, approximate, date_text, event, created_at, updated_at, imported_at, entered_by)
     VALUES ('h1', 'r1', ?, ?, 3, 'Reviewer', '2019-04-01', '2019-04-01', 'day', 0, '1 April 2019', 'Home visit', ?, ?, ?, ?)`,
  ).run(values.submission, values.row, at, at, at, values.by);
}

describe('migration 0008-chronology-corrections', () => {
  it('keeps every entry, its episode and its duplicate link, and the composite still comes from one index', () => {
    const db = workspaceAt7();
    migrate(db, context(), migrations.slice(0, 8));
    expect(db.pragma('user_version', { simple: true })).toBe(8);
    expect(db.prepare(compositeQuery).pluck().all('r1')).toEqual(['e1', 'e2']);
    expect(db.prepare('SELECT entry_id FROM episode_entries').pluck().all()).toEqual(['e1']);
    expect(db.prepare('SELECT count(*) FROM chronology_duplicate_decisions').pluck().get()).toBe(1);
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${compositeQuery}`).all('r1') as Array<{ detail: string }>).map((step) => step.detail);
    expect(plan).toEqual([expect.stringContaining('USING INDEX chronology_entries_composite')]);
    // The references from other tables follow the rebuilt table: deleting an entry still takes its links with it.
    db.prepare("DELETE FROM chronology_entries WHERE id = 'e1'").run();
    expect(db.prepare('SELECT count(*) FROM episode_entries').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM chronology_duplicate_decisions').pluck().get()).toBe(0);
    db.close();
  });

  it('takes an entry written by hand only with who wrote it, and a file entry only with its row', () => {
    const db = workspaceAt7();
    migrate(db, context(), migrations.slice(0, 8));
    expect(() => handEntry(db, { submission: null, row: null, by: null })).toThrow(/CHECK/);
    expect(() => handEntry(db, { submission: 's1', row: null, by: null })).toThrow(/CHECK/);
    expect(() => handEntry(db, { submission: 's1', row: 5, by: 'Sam Reviewer' })).toThrow(/CHECK/);
    handEntry(db, { submission: null, row: null, by: 'Sam Reviewer' });
    expect(db.prepare("SELECT entered_by FROM chronology_entries WHERE id = 'h1'").pluck().get()).toBe('Sam Reviewer');
    db.close();
  });

  it('refuses a deletion without its reason, and never lets an earlier version change', () => {
    const db = workspaceAt7();
    migrate(db, context(), migrations.slice(0, 8));
    expect(() => db.prepare("UPDATE chronology_entries SET deleted_at = ?, deleted_by = 'Sam Reviewer' WHERE id = 'e1'").run(at)).toThrow(/CHECK/);
    db.prepare(`INSERT INTO chronology_entry_versions (entry_id, version, fields, corrected_at, corrected_by, reason) VALUES ('e1', 1, '{"event":"Strategy discussion"}', ?, 'Sam Reviewer', 'Wrong date')`).run(at);
    expect(() => db.prepare("UPDATE chronology_entry_versions SET reason = 'changed'").run()).toThrow(/cannot be changed/);
    expect(() => db.prepare(`INSERT INTO chronology_entry_versions (entry_id, version, fields, corrected_at, corrected_by, reason) VALUES ('e1', 2, '{}', ?, 'Sam Reviewer', '  ')`).run(at)).toThrow(/CHECK/);
    db.close();
  });

  it('gives submissions and rejected rows room for a removal or a dismissal, none to begin with', () => {
    const db = workspaceAt7();
    migrate(db, context(), migrations.slice(0, 8));
    expect(db.prepare("SELECT removed_at, removed_reason, undo_closed FROM chronology_submissions WHERE id = 's1'").get()).toEqual({ removed_at: null, removed_reason: null, undo_closed: 0 });
    expect(db.prepare("SELECT dismissed_at, dismissed_reason FROM chronology_rejected WHERE id = 'x1'").get()).toEqual({ dismissed_at: null, dismissed_reason: null });
    db.close();
  });
});
