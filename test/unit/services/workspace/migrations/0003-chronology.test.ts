import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../../../electron/services/sqlite';
import { openWorkspaceDb } from '../../../../../electron/services/workspace/db/open';
import { migrate, migrations } from '../../../../../electron/services/workspace/migrations';
import { context, newKey, tempDir } from '../db/helpers';

const at = '2026-11-26T09:00:00.000Z';
const newTables = ['chronology_duplicate_decisions', 'chronology_entries', 'chronology_formats', 'chronology_rejected', 'chronology_submissions', 'episode_entries', 'key_practice_episodes'];

function migratedTo3(): Db {
  const db = openWorkspaceDb(path.join(tempDir(), 'workspace.db'), newKey(), { create: true });
  migrate(db, context(), migrations.slice(0, 3));
  db.prepare(`INSERT INTO reviews (id, type, title, status, rule_set, created_at, updated_at) VALUES ('r1', 'lcspr', 'Child M', 'commissioned', 'local', ?, ?)`).run(at, at);
  db.prepare(
    `INSERT INTO chronology_submissions (id, review_id, agency, file_name, format, header_index, headers, mapping, size, sha256, content, imported_at)
     VALUES ('s1', 'r1', 'Police', 'police.csv', 'csv', 0, '["Date"]', '["date"]', 3, 'x', x'010203', ?)`,
  ).run(at);
  return db;
}

function addEntry(db: Db, values: { id?: string; start?: string; end?: string; time?: string | null } = {}) {
  db.prepare(
    `INSERT INTO chronology_entries (id, review_id, submission_id, row_number, sequence, agency, date_start, date_end, time, precision, approximate, date_text, created_at, updated_at)
     VALUES (?, 'r1', 's1', 2, 1, 'Police', ?, ?, ?, 'day', 0, 'as written', ?, ?)`,
  ).run(values.id ?? 'e1', values.start ?? '2019-03-11', values.end ?? values.start ?? '2019-03-11', values.time ?? null, at, at);
}

describe('migration 0003-chronology', () => {
  it('takes a version 2 database to 3 with the chronology tables, all STRICT', () => {
    const db = migratedTo3();
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    const tables = (db.pragma('table_list') as Array<{ name: string; strict: number; schema: string }>).filter((table) => table.schema === 'main' && newTables.includes(table.name));
    expect(tables.map(({ name, strict }) => ({ name, strict })).sort((a, b) => a.name.localeCompare(b.name))).toEqual(newTables.map((name) => ({ name, strict: 1 })));
    db.close();
  });

  it('refuses impossible days, an end before the start and a malformed time', () => {
    const db = migratedTo3();
    expect(() => addEntry(db, { start: '2019-02-30' })).toThrow(/CHECK/);
    expect(() => addEntry(db, { start: '2019-03-12', end: '2019-03-11' })).toThrow(/CHECK/);
    expect(() => addEntry(db, { time: '9am' })).toThrow(/CHECK/);
    addEntry(db, { time: '09:30' });
    db.close();
  });

  it('removes a review’s submissions, entries and rejected rows with it', () => {
    const db = migratedTo3();
    addEntry(db);
    db.prepare(`INSERT INTO chronology_rejected (id, review_id, submission_id, row_number, reason, row_values) VALUES ('x1', 'r1', 's1', 3, 'Blank row', '{}')`).run();
    db.prepare(`INSERT INTO key_practice_episodes (id, review_id, title, created_at, updated_at) VALUES ('k1', 'r1', 'Episode', ?, ?)`).run(at, at);
    db.prepare(`INSERT INTO episode_entries (episode_id, entry_id) VALUES ('k1', 'e1')`).run();
    db.prepare("DELETE FROM reviews WHERE id = 'r1'").run();
    for (const table of ['chronology_submissions', 'chronology_entries', 'chronology_rejected', 'key_practice_episodes', 'episode_entries']) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
    db.close();
  });

  it('stores a duplicate pair once, in one order', () => {
    const db = migratedTo3();
    addEntry(db, { id: 'a' });
    addEntry(db, { id: 'b' });
    db.prepare(`INSERT INTO chronology_duplicate_decisions (entry_a, entry_b, decision, decided_at) VALUES ('a', 'b', 'same', ?)`).run(at);
    expect(() => db.prepare(`INSERT INTO chronology_duplicate_decisions (entry_a, entry_b, decision, decided_at) VALUES ('b', 'a', 'same', ?)`).run(at)).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO chronology_duplicate_decisions (entry_a, entry_b, decision, decided_at) VALUES ('a', 'b', 'maybe', ?)`).run(at)).toThrow();
    db.close();
  });
});
