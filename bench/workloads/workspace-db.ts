/**
 * The encrypted database layer (issue #3): unlock cost, what encryption costs on a bulk write and a
 * cold read compared with plain SQLite on the same settings, and backup/check times for a ~100 MB
 * workspace. "Before tuning" is SQLite3MC's defaults (4 KiB pages, 16 MiB cache); "workspace" is
 * what openWorkspaceDb sets. Plain and encrypted runs are interleaved so drift hits both alike.
 *
 * "Chosen" is the cipher new workspaces get on the machine running the bench (cipher-choice.ts):
 * AEGIS-256 where the CPU has AES instructions, ChaCha20 where it has not; the other is measured
 * beside it. Why ChaCha20 (and SQLCipher) stay well above plain: SQLite3MC encrypts in its VFS, so
 * under WAL each page written goes through the cipher three times — into the WAL, out of it and
 * back in at the checkpoint (which runs inside the big commit) — and each cold read once, at
 * ~300–400 MB/s here. AEGIS-256 runs on the CPU's AES instructions, several times faster.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../../electron/services/sqlite';
import { createBackup } from '../../electron/services/workspace/backup';
import { checkDatabase } from '../../electron/services/workspace/db/check';
import { cipherChoiceHere } from '../../electron/services/workspace/db/cpu-facts';
import { readWorkspaceMeta } from '../../electron/services/workspace/db/meta';
import { keyConnection, openWorkspaceDb, workspaceCacheKiB, workspacePageSize, type WorkspaceCipher } from '../../electron/services/workspace/db/open';
import { migrate, pendingMigrations } from '../../electron/services/workspace/migrations';
import { elapsedMs, type Figure } from '../harness';
import { createKeyFile, generateRecoveryCode, keyFileName, writeKeyFileAtomic } from '../../electron/services/workspace/keys';
import { acquireLock } from '../../electron/services/workspace/lock';
import { rekeyOpenWorkspace } from '../../electron/services/workspace/rekey';
import { quietJob } from '../../electron/services/jobs';

const rows = 100_000;
/** What new workspaces get on this machine, and the other authenticated cipher measured beside it. */
const chosen = cipherChoiceHere().cipher;
const other: WorkspaceCipher = chosen === 'aegis' ? 'chacha20' : 'aegis';
const names: Record<WorkspaceCipher, string> = { aegis: 'aegis-256', chacha20: 'chacha20', sqlcipher: 'sqlcipher' };
const chosenName = `${names[chosen]} (chosen)`;
const pairedRuns = 5;
const key = randomBytes(32);
const context = { appVersion: 'bench', now: () => new Date() };

let dir = '';
const tempDir = () => (dir ||= mkdtempSync(path.join(os.tmpdir(), 'prw-bench-db-')));
const cleanup = () => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
};

interface Setting {
  cipher: WorkspaceCipher | null;
  tuned: boolean;
}

function open(file: string, setting: Setting): Db {
  if (setting.cipher && setting.tuned) {
    const db = openWorkspaceDb(file, key, { create: true, cipher: setting.cipher });
    migrate(db, context);
    return db;
  }
  const db = openDatabase(file);
  if (setting.cipher) keyConnection(db, key, setting.cipher);
  if (setting.tuned) {
    db.pragma(`page_size = ${workspacePageSize}`);
    db.pragma(`cache_size = -${workspaceCacheKiB}`);
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
  db.pragma('temp_store = MEMORY');
  return db;
}

function reopen(file: string, setting: Setting): Db {
  if (setting.cipher && setting.tuned) return openWorkspaceDb(file, key, { cipher: setting.cipher });
  const db = openDatabase(file);
  if (setting.cipher) keyConnection(db, key, setting.cipher);
  if (setting.tuned) db.pragma(`cache_size = -${workspaceCacheKiB}`);
  return db;
}

/** Chronology-like rows, made once so every run inserts the same bytes. */
const data = (() => {
  const words = ['visit', 'school', 'referral', 'strategy', 'meeting', 'health', 'police', 'attended', 'concern', 'plan', 'review', 'letter'];
  return Array.from({ length: rows }, (_, i) => {
    let body = `Entry ${i}:`;
    for (let w = 0; body.length < 120 + ((i * 37) % 200); w++) body += ' ' + words[(i * 7 + w * 13) % words.length];
    return [new Date(Date.UTC(2019, 0, 1) + i * 3_600_000).toISOString(), `agency-${i % 9}`, body] as const;
  });
})();

function fill(db: Db, count = rows, offset = 0): void {
  db.exec('CREATE TABLE IF NOT EXISTS chronology (id INTEGER PRIMARY KEY, at TEXT NOT NULL, agency TEXT NOT NULL, body TEXT NOT NULL) STRICT');
  db.exec('CREATE INDEX IF NOT EXISTS chronology_at ON chronology (at)');
  const insert = db.prepare('INSERT INTO chronology (at, agency, body) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const row = data[(i + offset) % rows]!;
      insert.run(row[0], row[1], row[2]);
    }
  })();
}

interface Sample {
  insert: number;
  coldScan: number;
  warmScan: number;
}

function measureOnce(setting: Setting): Sample {
  const file = path.join(tempDir(), `run-${randomBytes(4).toString('hex')}.db`);
  let db = open(file, setting);
  let start = process.hrtime.bigint();
  fill(db); // one transaction; its commit includes the automatic WAL checkpoint
  const insert = elapsedMs(start);
  db.close();
  start = process.hrtime.bigint();
  db = reopen(file, setting);
  db.prepare('SELECT count(*), sum(length(body)) FROM chronology').get();
  const coldScan = elapsedMs(start);
  start = process.hrtime.bigint();
  db.prepare('SELECT count(*), sum(length(body)) FROM chronology').get();
  const warmScan = elapsedMs(start);
  db.close();
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  return { insert, coldScan, warmScan };
}

const settings = {
  plainDefault: { cipher: null, tuned: false },
  encryptedDefault: { cipher: chosen, tuned: false },
  plainTuned: { cipher: null, tuned: true },
  encryptedTuned: { cipher: chosen, tuned: true },
  sqlcipherTuned: { cipher: 'sqlcipher', tuned: true },
  otherTuned: { cipher: other, tuned: true },
} satisfies Record<string, Setting>;
type SettingName = keyof typeof settings;

const samples = Object.fromEntries(Object.keys(settings).map((name) => [name, [] as Sample[]])) as Record<SettingName, Sample[]>;

function collect(): void {
  if (samples.plainTuned.length > 0) return;
  for (let run = 0; run < pairedRuns; run++) {
    for (const name of Object.keys(settings) as SettingName[]) samples[name].push(measureOnce(settings[name]));
  }
}

/** A figure that reports values gathered by collect(): one per paired run. */
function fromSamples(name: string, unit: Figure['unit'], value: (run: number) => number, last = false): Figure {
  let run = 0;
  return {
    name,
    unit,
    runs: pairedRuns,
    setup: () => {
      collect();
      run = 0;
    },
    measure: () => value(run++),
    teardown: last ? cleanup : undefined,
  };
}

const ratio = (encrypted: SettingName, plain: SettingName, field: keyof Sample) => (run: number) =>
  samples[encrypted][run]![field] / samples[plain][run]![field];

let bigFile = '';
function bigWorkspace(): string {
  if (bigFile) return bigFile;
  bigFile = path.join(tempDir(), 'big', 'workspace.db');
  rmSync(path.dirname(bigFile), { recursive: true, force: true });
  mkdirSync(path.dirname(bigFile));
  const db = openWorkspaceDb(bigFile, key, { create: true, cipher: chosen });
  migrate(db, context);
  // ~100 MB: 100k chronology rows ≈ 28 MB, so two batches with bodies twice as long.
  db.exec('CREATE TABLE IF NOT EXISTS chronology (id INTEGER PRIMARY KEY, at TEXT NOT NULL, agency TEXT NOT NULL, body TEXT NOT NULL) STRICT');
  const insert = db.prepare('INSERT INTO chronology (at, agency, body) VALUES (?, ?, ?)');
  for (let batch = 0; batch < 2; batch++) {
    db.transaction(() => {
      for (let i = 0; i < rows; i++) {
        const row = data[i]!;
        insert.run(row[0], row[1], row[2] + ' ' + row[2]);
      }
    })();
  }
  db.close();
  return bigFile;
}

let backupDb: Db | undefined;

export const figures: Figure[] = [
  {
    name: 'unlock: open workspace.db with the raw data key + first query (no SQLite KDF)',
    unit: 'ms',
    runs: 30,
    setup: () => {
      const file = path.join(tempDir(), 'unlock', 'workspace.db');
      mkdirSync(path.dirname(file), { recursive: true });
      const db = openWorkspaceDb(file, key, { create: true });
      migrate(db, context);
      fill(db, 10_000);
      db.close();
    },
    measure: () => {
      const file = path.join(tempDir(), 'unlock', 'workspace.db');
      const start = process.hrtime.bigint();
      const db = openWorkspaceDb(file, key);
      pendingMigrations(db);
      readWorkspaceMeta(db);
      const ms = elapsedMs(start);
      db.close();
      return ms;
    },
  },
  fromSamples('bulk insert 100k rows (~28 MB), one transaction: plain, workspace settings', 'ms', (run) => samples.plainTuned[run]!.insert),
  fromSamples(`bulk insert 100k rows (~28 MB), one transaction: ${chosenName}, workspace settings`, 'ms', (run) => samples.encryptedTuned[run]!.insert),
  fromSamples(`bulk insert 100k rows: ${chosenName}, before tuning (4 KiB pages, 16 MiB cache)`, 'ms', (run) => samples.encryptedDefault[run]!.insert),
  fromSamples(`bulk insert ${chosenName}/plain, workspace settings (16 KiB pages, 64 MiB cache)`, 'ratio', ratio('encryptedTuned', 'plainTuned', 'insert')),
  fromSamples(`bulk insert ${chosenName}/plain, before tuning (4 KiB pages, 16 MiB cache)`, 'ratio', ratio('encryptedDefault', 'plainDefault', 'insert')),
  fromSamples(`bulk insert ${names[other]}/plain, workspace settings`, 'ratio', ratio('otherTuned', 'plainTuned', 'insert')),
  fromSamples('bulk insert sqlcipher/plain, workspace settings', 'ratio', ratio('sqlcipherTuned', 'plainTuned', 'insert')),
  fromSamples('cold full scan of 100k rows (new connection): plain, workspace settings', 'ms', (run) => samples.plainTuned[run]!.coldScan),
  fromSamples(`cold full scan of 100k rows (new connection): ${chosenName}, workspace settings`, 'ms', (run) => samples.encryptedTuned[run]!.coldScan),
  fromSamples(`cold full scan of 100k rows: ${chosenName}, before tuning`, 'ms', (run) => samples.encryptedDefault[run]!.coldScan),
  fromSamples(`cold full scan ${chosenName}/plain, workspace settings`, 'ratio', ratio('encryptedTuned', 'plainTuned', 'coldScan')),
  fromSamples(`cold full scan ${chosenName}/plain, before tuning`, 'ratio', ratio('encryptedDefault', 'plainDefault', 'coldScan')),
  fromSamples(`cold full scan ${names[other]}/plain, workspace settings`, 'ratio', ratio('otherTuned', 'plainTuned', 'coldScan')),
  fromSamples('cold full scan sqlcipher/plain, workspace settings', 'ratio', ratio('sqlcipherTuned', 'plainTuned', 'coldScan')),
  fromSamples(`warm re-scan (same connection, pages cached decrypted) ${chosenName}/plain`, 'ratio', ratio('encryptedTuned', 'plainTuned', 'warmScan'), true),
  {
    name: 'backup (VACUUM INTO, encrypted) of a ~100 MB workspace',
    unit: 'ms',
    runs: 3,
    setup: () => {
      backupDb = openWorkspaceDb(bigWorkspace(), key, { cipher: chosen });
    },
    measure: async () => {
      const start = process.hrtime.bigint();
      await createBackup(backupDb!, path.dirname(bigFile), { keep: 1 });
      return elapsedMs(start);
    },
    teardown: () => {
      backupDb?.close();
    },
  },
  {
    name: 'size of that workspace (what the backup copied)',
    unit: 'MB',
    runs: 1,
    measure: () => statSync(bigWorkspace()).size / 1e6,
  },
  {
    name: 'quick_check of that workspace (why it is not run on every unlock)',
    unit: 'ms',
    runs: 3,
    measure: () => {
      const db = openWorkspaceDb(bigWorkspace(), key, { readonly: true, cipher: chosen });
      const start = process.hrtime.bigint();
      checkDatabase(db, 'quick');
      const ms = elapsedMs(start);
      db.close();
      return ms;
    },
  },
  {
    // The whole re-encryption as the app runs it: backup first, copy, rekey the copy, check, swap.
    // Runs alternate direction (chosen → other → chosen), as each leaves the file in the new cipher.
    name: `re-encrypt that workspace (${names[chosen]} ↔ ${names[other]}): backup, copy, re-encrypt, check, swap`,
    unit: 'ms',
    runs: 3,
    measure: async () => {
      const dir = path.dirname(bigWorkspace());
      const from = rekeyRuns++ % 2 === 0 ? chosen : other;
      const to = from === chosen ? other : chosen;
      const keyFile = await createKeyFile({ dataKey: key, passphrase: 'bench only', recoveryCode: generateRecoveryCode(), cipher: from, kdfParams: { N: 2 ** 12, r: 8, p: 1 } });
      await writeKeyFileAtomic(path.join(dir, keyFileName), keyFile);
      const db = openWorkspaceDb(bigFile, key, { cipher: from });
      const open = { dir, name: 'bench', db, dataKey: key, keyFile, lock: acquireLock(dir, { app: 'bench' }), meta: readWorkspaceMeta(db), lastBackupAt: null, newPassphraseDue: false };
      const start = process.hrtime.bigint();
      await rekeyOpenWorkspace({ open, from, to, job: quietJob('rekey'), backup: () => createBackup(open.db, dir, { keep: 1 }) });
      const ms = elapsedMs(start);
      open.db.close();
      open.lock.release();
      return ms;
    },
    teardown: () => {
      cleanup();
      bigFile = '';
    },
  },
];

let rekeyRuns = 0;
