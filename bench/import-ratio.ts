/**
 * Encrypted ÷ plain on the app's own import path (issue #13's goal: ≤ 1.3× bulk insert, ≤ 1.2×
 * cold scan with AEGIS-256). The same 25,000-row file is read and prepared once; then each run
 * writes it, as the import's transaction does (the submission with its file, every entry row,
 * the rejected rows, through the chronology's repository functions), into a new database keyed
 * with AEGIS-256 and into a plain SQLite file of the same schema and settings, in alternating
 * order. The cold scan reads every entry in composite order on a new connection (nothing in
 * SQLite's page cache, so every page is read and, in the workspace, decrypted).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { insertRejected } from '../electron/services/chronology/entry-repository';
import { insertImported } from '../electron/services/chronology/import-rows';
import { detectHeader, readSource, suggestMapping } from '../electron/services/chronology/read';
import { insertSubmission } from '../electron/services/chronology/submission-repository';
import { openDatabase, type Db } from '../electron/services/sqlite';
import { applyWorkspaceSettings, openWorkspaceDb, workspacePageSize } from '../electron/services/workspace/db/open';
import { migrate } from '../electron/services/workspace/migrations';
import { prepareRows } from '../shared/chronology/prepare';
import type { PreparedEntry, RejectedRow } from '../shared/chronology/types';
import { elapsedMs, median, type Figure } from './harness';

type Side = 'plain' | 'aegis';

interface Prepared {
  bytes: Buffer;
  entries: PreparedEntry[];
  rejected: RejectedRow[];
}

const at = '2026-12-07T09:00:00.000Z';
let dir = '';
let prepared: Prepared;
const samples: Record<'insert' | 'scan', Record<Side, number[]>> = { insert: { plain: [], aegis: [] }, scan: { plain: [], aegis: [] } };

/** The settings workspace/db/open.ts gives a workspace, without the cipher. */
function openPlain(file: string): Db {
  const db = openDatabase(file);
  db.pragma(`page_size = ${workspacePageSize}`);
  applyWorkspaceSettings(db, false);
  return db;
}

function open(side: Side, file: string, key: Buffer, create: boolean): Db {
  if (side === 'plain') return openPlain(file);
  return openWorkspaceDb(file, key, { create, cipher: 'aegis' });
}

async function prepare(csv: string): Promise<void> {
  dir = mkdtempSync(path.join(tmpdir(), 'prw-bench-ratio-'));
  const bytes = Buffer.from(csv);
  const table = await readSource(bytes, 'police.csv', {});
  const { headerIndex, headers } = detectHeader(table.rows);
  const { entries, rejected } = prepareRows(table.rows, headerIndex, suggestMapping(headers), { date1904: false, today: at.slice(0, 10), earliest: null, fileName: 'police.csv' });
  prepared = { bytes, entries, rejected };
}

/** One side of one run: a new database, the import's write timed, then a cold scan timed. */
function runSide(side: Side, run: number): void {
  const file = path.join(dir, `${side}-${run}.db`);
  const key = randomBytes(32);
  const db = open(side, file, key, true);
  migrate(db, { appVersion: 'bench', now: () => new Date(at) });
  db.prepare(`INSERT INTO reviews (id, type, title, status, rule_set, created_at, updated_at) VALUES ('r1', 'lcspr', 'Bench', 'commissioned', 'local', ?, ?)`).run(at, at);
  const { bytes, entries, rejected } = prepared;
  const start = process.hrtime.bigint();
  db.transaction(() => {
    insertSubmission(db, {
      id: 's1', reviewId: 'r1', agency: 'Police', fileName: 'police.csv', format: 'csv', encoding: 'utf-8', sheet: null, headerIndex: 0,
      headers: [], mapping: [], date1904: false, content: bytes, sha256: '0'.repeat(64), importedAt: at,
    });
    insertImported(db, entries, { reviewId: 'r1', agency: 'Police', submissionId: 's1', file: 'police.csv', importedAt: at }, 1);
    insertRejected(db, 'r1', 's1', rejected.map((row, index) => ({ ...row, id: `x${index}` })));
  })();
  samples.insert[side].push(elapsedMs(start));
  db.close();

  const cold = open(side, file, key, false);
  const scan = process.hrtime.bigint();
  const columns = 'id, agency, date_start, date_end, time, date_text, source, author_role, event, action, extra, flags';
  let rows = 0;
  for (const _ of cold.prepare(`SELECT ${columns} FROM chronology_entries WHERE review_id = 'r1' ORDER BY date_start, time, imported_at, sequence, row_number`).raw().iterate()) rows++;
  samples.scan[side].push(elapsedMs(scan));
  cold.close();
  if (rows !== entries.length) throw new Error(`scanned ${rows}`);
}

const runs = 7;

export function ratioFigures(csv: () => string): Figure[] {
  const last = (kind: 'insert' | 'scan') => samples[kind].aegis.at(-1)! / samples[kind].plain.at(-1)!;
  return [
    {
      name: 'import write, AEGIS-256 ÷ plain SQLite (same rows, same schema and settings)',
      unit: 'ratio',
      runs,
      setup: () => prepare(csv()),
      measure: () => {
        const run = samples.insert.plain.length;
        for (const side of run % 2 === 0 ? (['plain', 'aegis'] as const) : (['aegis', 'plain'] as const)) runSide(side, run);
        return last('insert');
      },
    },
    // The runs above timed the scans too: these report what they measured.
    { name: 'cold scan of 25,000 entries in composite order, AEGIS-256 ÷ plain', unit: 'ratio', runs: 1, measure: () => median(samples.scan.aegis) / median(samples.scan.plain) },
    { name: 'import write, plain SQLite (median of the runs above)', unit: 'ms', runs: 1, measure: () => median(samples.insert.plain) },
    { name: 'import write, AEGIS-256 (median of the runs above)', unit: 'ms', runs: 1, measure: () => median(samples.insert.aegis) },
    { name: 'cold scan, plain SQLite (median of the runs above)', unit: 'ms', runs: 1, measure: () => median(samples.scan.plain) },
    {
      name: 'cold scan, AEGIS-256 (median of the runs above)',
      unit: 'ms',
      runs: 1,
      measure: () => median(samples.scan.aegis),
      teardown: () => rmSync(dir, { recursive: true, force: true }),
    },
  ];
}
