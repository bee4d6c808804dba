/**
 * Encrypted backups in `<workspace>/backups/`.
 *
 * Why VACUUM INTO and not better-sqlite3's db.backup(): db.backup() opens the destination itself
 * with no key, and SQLite3MC's sqlite3_backup_init refuses to copy an encrypted source into an
 * unkeyed destination ("backup is not supported with incompatible source and target databases")
 * — it never writes plaintext, but it cannot make an encrypted copy either, and the binding gives
 * no way to key the destination first (URI filenames are compiled out: SQLITE_USE_URI=0).
 * `VACUUM INTO` is SQLite's other online copy: it reads one consistent snapshot inside a read
 * transaction (other connections keep writing under WAL) and writes a compact, self-contained
 * file. SQLite3MC attaches the target with no KEY clause, which copies the main database's codec
 * (cipher and key): the copy is encrypted with the workspace's data key, page size included.
 * The tests prove it on the bytes; createBackup also refuses to keep a file that starts with the
 * plaintext SQLite header, in case a future engine behaves differently.
 *
 * A backup is a job: VACUUM INTO is one synchronous statement, so progress is reported by phase
 * (copying, verifying, swapping) and a cancel is honoured between phases. Until the final rename
 * the copy is a hidden `.partial` file; a cancel or a failure deletes it, so no partial backup is
 * ever left under a backup's name.
 */
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../../shared/errors';
import { quietJob, type Job } from '../../jobs';
import { createLogger } from '../../log';
import type { Db } from '../../sqlite';
import { systemClock, type Clock } from '../db/clock';
import { checkDatabase } from '../db/check';
import { corruptDatabaseError, damagedBackupSourceError, isCorruptionError } from '../db/errors';
import { isPlaintextSqlite, sqliteFiles } from '../db/files';
import { exists, fsyncDir, fsyncFile } from '../db/sync';
import { backupName, compareNewestFirst, parseBackupName, type BackupKind, type ParsedBackupName } from './names';

const log = createLogger('workspace.backup');

export const backupsDirName = 'backups';
export const defaultKeep = 10;

export interface BackupInfo {
  name: string;
  kind: BackupKind;
  /** When the backup was taken (UTC, from its name). */
  createdAt: string;
  size: number;
}

export interface CreateBackupOptions {
  /** How many `workspace-*.db` backups to keep (newest); older ones are deleted. pre-restore files are never rotated. */
  keep?: number;
  clock?: Clock;
  /** Progress and cancel; a quiet job (nobody watching, never cancelled) when absent. */
  job?: Job;
}

export function backupsDir(workspaceDir: string): string {
  return path.join(workspaceDir, backupsDirName);
}

/** Takes an encrypted copy of the open workspace database, then rotates. Blocks while SQLite copies (≈1 s per 100 MB here). */
export async function createBackup(db: Db, workspaceDir: string, options: CreateBackupOptions = {}): Promise<BackupInfo> {
  const keep = options.keep ?? defaultKeep;
  if (!Number.isSafeInteger(keep) || keep < 1) throw new AppError('validation', 'The number of backups to keep must be a whole number of at least 1.');
  if (db.inTransaction) throw new Error('createBackup cannot run inside a transaction');
  const job = options.job ?? quietJob('backup');
  job.throwIfCancelled();
  const dir = backupsDir(workspaceDir);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await removeLeftoverPartials(dir);

  const time = (options.clock ?? systemClock)();
  const name = await freeName(dir, 'backup', time);
  const finalPath = path.join(dir, name);
  const partial = path.join(dir, `.${name}.partial`);
  try {
    // A damaged workspace is never backed up: the copy would push a good backup out of the
    // rotation. VACUUM INTO rebuilds indexes from the tables, so a damaged index page would
    // pass unnoticed into a "good" backup; quick_check reads every page first.
    job.progress('copying', 0, 1);
    if (!checkDatabase(db, 'quick').ok) throw damagedBackupSourceError();
    await job.pause();
    // Created empty and private first: VACUUM INTO keeps an existing empty file's mode.
    await writeFile(partial, '', { mode: 0o600, flag: 'wx' });
    db.prepare('VACUUM INTO ?').run(partial);
    job.progress('copying', 1, 1);
    await job.pause();
    job.progress('verifying', 0, 1);
    assertEncrypted(partial);
    await fsyncFile(partial);
    job.progress('verifying', 1, 1);
    // The last moment a cancel is honoured: after the rename the backup is complete.
    job.throwIfCancelled();
    job.progress('swapping', 0, 1);
    await rename(partial, finalPath);
    await fsyncDir(dir);
    job.progress('swapping', 1, 1);
  } catch (error) {
    await rm(partial, { force: true });
    if (error instanceof AppError && error.code === 'cancelled') throw error;
    log.error('backup failed', { code: errorCode(error) });
    if (error instanceof AppError) throw error;
    // VACUUM INTO reads every page: a damaged one shows up here first.
    if (isCorruptionError(error)) throw corruptDatabaseError('has a damaged page');
    throw new AppError('unavailable', 'The backup could not be written. Check that the disk has space and the workspace folder can be written to, then try again. The workspace itself is unchanged.');
  }
  const size = (await stat(finalPath)).size;
  await rotate(dir, keep);
  log.info('backup created', { size });
  return { name, kind: 'backup', createdAt: time.toISOString().replace(/\.\d{3}Z$/, 'Z'), size };
}

/** Backups and set-aside files in the workspace's backups folder, newest first. */
export async function listBackups(workspaceDir: string): Promise<BackupInfo[]> {
  return listBackupsIn(backupsDir(workspaceDir));
}

/** Backups in any folder this module writes them to (the workspace's, or a second folder's), newest first. */
export async function listBackupsIn(dir: string): Promise<BackupInfo[]> {
  const infos: BackupInfo[] = [];
  for (const { name, parsed } of await listParsed(dir)) {
    try {
      const { size } = await stat(path.join(dir, name));
      infos.push({ name, kind: parsed.kind, createdAt: parsed.time.toISOString().replace(/\.\d{3}Z$/, 'Z'), size });
    } catch {
      // Deleted while we looked: not a backup any more.
    }
  }
  return infos;
}

export async function listParsed(dir: string): Promise<Array<{ name: string; parsed: ParsedBackupName }>> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .map((name) => ({ name, parsed: parseBackupName(name) }))
    .filter((entry): entry is { name: string; parsed: ParsedBackupName } => entry.parsed !== undefined)
    .sort((a, b) => compareNewestFirst(a.parsed, b.parsed));
}

export async function rotate(dir: string, keep: number): Promise<void> {
  const backups = (await listParsed(dir)).filter((entry) => entry.parsed.kind === 'backup');
  for (const { name } of backups.slice(keep)) {
    for (const file of sqliteFiles(path.join(dir, name))) await rm(file, { force: true });
  }
}

export async function freeName(dir: string, kind: BackupKind, time: Date): Promise<string> {
  for (let ordinal = 1; ordinal < 10_000; ordinal++) {
    const name = backupName(kind, time, ordinal);
    if (!(await exists(path.join(dir, name))) && !(await exists(path.join(dir, `.${name}.partial`)))) return name;
  }
  throw new AppError('unavailable', 'Too many backups were taken in the same second. Wait a moment and try again.');
}

export async function removeLeftoverPartials(dir: string): Promise<void> {
  for (const name of await readdir(dir)) {
    if (/^\.workspace-.*\.db\.partial$/.test(name)) await rm(path.join(dir, name), { force: true });
  }
}

export function assertEncrypted(file: string): void {
  if (isPlaintextSqlite(file)) {
    log.error('backup came out unencrypted; it was deleted');
    throw new AppError('internal', 'The backup could not be encrypted, so it was deleted and not kept. The workspace itself is unchanged.');
  }
}

export function errorCode(error: unknown): string {
  if (error instanceof AppError) return error.code;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'unknown';
}
