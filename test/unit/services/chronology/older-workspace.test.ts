/**
 * A workspace made before the composite kept its order in an index (schema 6) opens with the
 * same composite it had: unlocking fills in what the index needs, and the first view, paged or
 * whole, is what the reviewer saw before.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { workspaceDbPath } from '../../../../electron/services/workspace/db/files';
import { openWorkspaceDb } from '../../../../electron/services/workspace/db/open';
import { readKeyFile, unlockWithPassphrase } from '../../../../electron/services/workspace/keys';
import { call, useWorkspace } from '../reviews/helpers';
import { testPassphrase } from '../workspace/session/helpers';
import { addHartwellPeople, addHartwellReview, fixtureFiles, importFile } from './helpers';

const workspace = useWorkspace();

/** Takes the locked workspace's database back to schema 6, as an older app left it. */
async function makeSchema6(dir: string): Promise<void> {
  const keys = await readKeyFile(path.join(dir, 'keys.json'));
  const dataKey = await unlockWithPassphrase(keys, testPassphrase);
  const db = openWorkspaceDb(workspaceDbPath(dir), dataKey, { cipher: keys.cipher });
  try {
    db.exec(`
      DROP INDEX chronology_entries_composite;
      ALTER TABLE chronology_entries DROP COLUMN imported_at;
      CREATE INDEX chronology_entries_order ON chronology_entries (review_id, date_start, time, sequence);
      -- What 0008 adds besides the entries table, which it rebuilds from the columns it had before.
      DROP TABLE chronology_entry_versions;
      ALTER TABLE chronology_submissions DROP COLUMN removed_at;
      ALTER TABLE chronology_submissions DROP COLUMN removed_by;
      ALTER TABLE chronology_submissions DROP COLUMN removed_reason;
      ALTER TABLE chronology_submissions DROP COLUMN undo_closed;
      ALTER TABLE chronology_rejected DROP COLUMN dismissed_at;
      ALTER TABLE chronology_rejected DROP COLUMN dismissed_by;
      ALTER TABLE chronology_rejected DROP COLUMN dismissed_reason;
      -- 0009's tables, made again when it runs again.
      DROP TABLE IF EXISTS terms_decision_evidence;
      DROP TABLE IF EXISTS terms_decision_records;
      DROP TRIGGER IF EXISTS terms_decisions_immutable;
      -- 0010's columns on documents, added again when it runs again.
      DROP TRIGGER documents_delete_archived_only;
      DROP INDEX documents_archived;
      ALTER TABLE documents DROP COLUMN archived_by;
      ALTER TABLE documents DROP COLUMN archived_at;
      -- 0011's tables and column, added again when it runs again.
      DROP TABLE agency_request_submissions;
      DROP TABLE agency_request_chases;
      DROP TABLE agency_requests;
      ALTER TABLE reviews DROP COLUMN looked_after;
      -- 0013's tables, made again when it runs again (before 0012's, which its evidence points at).
      DROP TABLE briefing_deliveries;
      DROP TABLE briefings;
      DROP TABLE action_edits;
      DROP TABLE action_files;
      DROP TABLE action_progress;
      DROP TABLE actions;
      DROP TABLE recommendation_findings;
      DROP TABLE recommendations;
      DROP TABLE finding_evidence;
      DROP TABLE findings;
      DROP TABLE finding_categories;
      DROP TABLE activities;
      -- 0012's tables, made again when it runs again.
      DROP TABLE interview_links;
      DROP TABLE excerpt_themes;
      DROP TABLE excerpt_participants;
      DROP TABLE excerpts;
      DROP TABLE themes;
      DROP TABLE conversation_participants;
      DROP TABLE conversations;
      DROP TABLE question_sets;
      PRAGMA user_version = 6;
    `);
    // 0011, 0012 and 0013 widened the export kinds and formats (and let a partnership-wide export have no review) by
    // rebuilding the table: narrow them back as 0006 made them.
    const exportsTable = db.prepare<[], { sql: string }>("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'exports'").get()!.sql;
    const others = db.prepare<[], { sql: string }>("SELECT sql FROM sqlite_schema WHERE tbl_name = 'exports' AND type IN ('index', 'trigger') AND sql IS NOT NULL").all();
    db.exec(
      exportsTable
        .replace(/CREATE TABLE "?exports"?/, 'CREATE TABLE exports_old').replace(", 'agency-request', 'interviews', 'action-register', 'annual-report')", ')')
        .replace(", 'qdc', 'qdpx')", ')')
        .replace('review_id TEXT REFERENCES reviews', 'review_id TEXT NOT NULL REFERENCES reviews'),
    );
    db.exec('INSERT INTO exports_old SELECT * FROM exports; DROP TABLE exports; ALTER TABLE exports_old RENAME TO exports;');
    for (const { sql } of others) db.exec(sql);
  } finally {
    db.close();
    dataKey.fill(0);
  }
}

describe('a workspace from before the composite index', () => {
  it('opens with the same composite, in the same order, paged or whole', async () => {
    const { rig, dir } = workspace;
    const reviewId = await addHartwellReview(rig);
    await addHartwellPeople(rig, reviewId);
    // Files a minute apart; a row of the first one is fixed after the others came in, so it is
    // last in sequence but belongs with its own file's entries.
    const first = path.join(rig.dataDir, 'probation.csv');
    writeFileSync(first, 'Date,Event\n04/13/2019,Written the American way\n13/04/2019,A home visit\n');
    await importFile(rig, reviewId, first, 'Probation');
    for (const file of [...fixtureFiles, 'housing.csv']) {
      rig.advance(60_000);
      if (file === 'housing.csv') writeFileSync(path.join(rig.dataDir, file), 'Date,Event\n13/04/2019,Housing officer visit\n');
      await importFile(rig, reviewId, file === 'housing.csv' ? path.join(rig.dataDir, file) : file, file === 'housing.csv' ? 'Housing' : undefined);
    }
    const rejected = (await call(rig, 'chronology:rejected', { reviewId })).find((row) => row.fileName === 'probation.csv');
    await call(rig, 'chronology:fix-rejected', { id: rejected!.id, values: { Date: '13/04/2019' } });
    const list = (window?: { offset: number; limit: number }) => call(rig, 'chronology:list', { reviewId, anonymised: false, ...(window ? { window } : {}) });
    const before = await list();
    const april13 = before.entries.filter((entry) => entry.date.start === '2019-04-13').map((entry) => entry.event);
    expect(april13).toEqual(['A home visit', 'Written the American way', 'Housing officer visit']);
    const anonymisedBefore = await call(rig, 'chronology:list', { reviewId, anonymised: true });

    await rig.core.session.lock('user');
    await makeSchema6(dir);
    await rig.core.session.unlock(dir, 'passphrase', testPassphrase);

    const { db } = rig.core.session.require();
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(7);
    expect((await list({ offset: 0, limit: 12 })).entries).toEqual(before.entries.slice(0, 12));
    expect(await list()).toEqual(before);
    expect(await call(rig, 'chronology:list', { reviewId, anonymised: true })).toEqual(anonymisedBefore);
    // The backfill gave every entry its file's import time: nothing is left for the order to guess.
    expect(db.prepare("SELECT count(*) FROM chronology_entries WHERE imported_at = ''").pluck().get()).toBe(0);
  });
});
