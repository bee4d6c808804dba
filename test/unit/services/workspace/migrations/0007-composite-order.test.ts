import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../../../electron/services/sqlite';
import { openWorkspaceDb } from '../../../../../electron/services/workspace/db/open';
import { migrate, migrations } from '../../../../../electron/services/workspace/migrations';
import { context, newKey, tempDir } from '../db/helpers';

const first = '2026-11-26T09:00:00.000Z';
const second = '2026-11-27T09:00:00.000Z';
const compositeQuery = 'SELECT id FROM chronology_entries WHERE review_id = ? ORDER BY date_start, time, imported_at, sequence, row_number';

function addSubmission(db: Db, id: string, importedAt: string) {
  db.prepare(
    `INSERT INTO chronology_submissions (id, review_id, agency, file_name, format, header_index, headers, mapping, size, sha256, content, imported_at)
     VALUES (?, 'r1', 'Police', 'police.csv', 'csv', 0, '["Date"]', '["date"]', 3, 'x', x'010203', ?)`,
  ).run(id, importedAt);
}

/** An entry as version 6 wrote it: no import time of its own. */
function addEntry(db: Db, id: string, submission: string, sequence: number, start: string, time: string | null) {
  db.prepare(
    `INSERT INTO chronology_entries (id, review_id, submission_id, row_number, sequence, agency, date_start, date_end, time, precision, approximate, date_text, created_at, updated_at)
     VALUES (?, 'r1', ?, 2, ?, 'Police', ?, ?, ?, 'day', 0, 'as written', ?, ?)`,
  ).run(id, submission, sequence, start, start, time, first, first);
}

function workspaceAt6(): Db {
  const db = openWorkspaceDb(path.join(tempDir(), 'workspace.db'), newKey(), { create: true });
  migrate(db, context(), migrations.slice(0, 6));
  db.prepare(`INSERT INTO reviews (id, type, title, status, rule_set, created_at, updated_at) VALUES ('r1', 'lcspr', 'Child M', 'commissioned', 'local', ?, ?)`).run(first, first);
  addSubmission(db, 's1', first);
  addSubmission(db, 's2', second);
  // The later file's entry was given the lower sequence: the import time must still come first.
  addEntry(db, 'later-file', 's2', 1, '2019-03-11', '10:00');
  addEntry(db, 'earlier-file', 's1', 2, '2019-03-11', '10:00');
  addEntry(db, 'untimed', 's2', 3, '2019-03-11', null);
  addEntry(db, 'day-before', 's2', 4, '2019-03-10', '23:59');
  return db;
}

describe('migration 0007-composite-order', () => {
  it('gives every existing entry its submission’s import time, so the composite order comes from one index', () => {
    const db = workspaceAt6();
    migrate(db, context(), migrations.slice(0, 7));
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    const stamped = db.prepare('SELECT id, imported_at FROM chronology_entries ORDER BY id').all();
    expect(stamped).toEqual([
      { id: 'day-before', imported_at: second },
      { id: 'earlier-file', imported_at: first },
      { id: 'later-file', imported_at: second },
      { id: 'untimed', imported_at: second },
    ]);
    expect(db.prepare(compositeQuery).pluck().all('r1')).toEqual(['day-before', 'untimed', 'earlier-file', 'later-file']);
    db.close();
  });

  it('reads the composite in index order, without sorting, and drops the index it replaces', () => {
    const db = workspaceAt6();
    migrate(db, context(), migrations.slice(0, 7));
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${compositeQuery}`).all('r1') as Array<{ detail: string }>).map((step) => step.detail);
    expect(plan).toEqual([expect.stringContaining('USING INDEX chronology_entries_composite')]);
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'chronology_entries' AND sql IS NOT NULL ORDER BY name").pluck().all();
    expect(indexes).toEqual(['chronology_entries_composite', 'chronology_entries_submission']);
    db.close();
  });
});
