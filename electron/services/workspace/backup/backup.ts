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
 */
import { copyFile, mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../../shared/errors';
import { createLogger } from '../../log';
import type { Db } from '../../sqlite';
import { checkDatabase } from '../db/check';
import { systemClock, type Clock } from '../db/clock';
import { corruptDatabaseError, isCorruptionError } from '../db/errors';
import { plaintextSqliteHeader, sqliteFiles, sqliteSidecarSuffixes, workspaceDbPath } from '../db/files';
import { openWorkspaceDb } from '../db/open';
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
}

export function backupsDir(workspaceDir: string): string {
  return path.join(workspaceDir, backupsDirName);
}

/** Takes an encrypted copy of the open workspace database, then rotates. Blocks while SQLite copies (≈1 s per 100 MB here). */
export async function createBackup(db: Db, workspaceDir: string, options: CreateBackupOptions = {}): Promise<BackupInfo> {
  const keep = options.keep ?? defaultKeep;
  if (!Number.isSafeInteger(keep) || keep < 1) throw new AppError('validation', 'The number of backups to keep must be a whole number of at least 1.');
  if (db.inTransaction) throw new Error('createBackup cannot run inside a transaction');
  const dir = backupsDir(workspaceDir);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await removeLeftoverPartials(dir);

  const time = (options.clock ?? systemClock)();
  const name = await freeName(dir, 'backup', time);
  const finalPath = path.join(dir, name);
  const partial = path.join(dir, `.${name}.partial`);
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    await assertEncrypted(partial);
    await fsyncFile(partial);
    await rename(partial, finalPath);
    await fsyncDir(dir);
  } catch (error) {
    await rm(partial, { force: true });
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
  const entries = await listParsed(backupsDir(workspaceDir));
  const infos: BackupInfo[] = [];
  for (const { name, parsed } of entries) {
    try {
      const { size } = await stat(path.join(backupsDir(workspaceDir), name));
      infos.push({ name, kind: parsed.kind, createdAt: parsed.time.toISOString().replace(/\.\d{3}Z$/, 'Z'), size });
    } catch {
      // Deleted while we looked: not a backup any more.
    }
  }
  return infos;
}

export interface RestoreOptions {
  nativeBinding?: string;
  /** The workspace's cipher as recorded in keys.json (backups share it); defaults to workspaceCipher. */
  cipher?: string;
  clock?: Clock;
}

export interface RestoreResult {
  restored: string;
  /** Where the workspace.db that was replaced now lives (in backups/), or null if there was none. */
  setAside: string | null;
}

/**
 * Replaces workspace.db with a backup. The caller must have closed its connection (and hold the
 * workspace lock). The backup is checked first — it must open with this workspace's data key and
 * pass integrity_check — and the current database (+ -wal/-shm) is moved into backups/ as
 * `pre-restore-<time>.db`, never deleted. The backup itself stays where it is.
 */
export async function restoreBackup(workspaceDir: string, backupFileName: string, dataKey: Buffer, options: RestoreOptions = {}): Promise<RestoreResult> {
  const parsed = parseBackupName(backupFileName);
  const dir = backupsDir(workspaceDir);
  const source = path.join(dir, backupFileName);
  if (!parsed || !(await exists(source))) {
    throw new AppError('not-found', `There is no backup called "${path.basename(backupFileName)}" in this workspace's backups folder. Choose one from the list of backups.`);
  }
  verifyBackup(source, backupFileName, dataKey, options);

  const target = workspaceDbPath(workspaceDir);
  const incoming = `${target}.restoring`;
  await copyFile(source, incoming);
  await fsyncFile(incoming);

  let setAside: string | null = null;
  const moved: Array<[from: string, to: string]> = [];
  try {
    if (await exists(target)) {
      setAside = await freeName(dir, 'pre-restore', (options.clock ?? systemClock)());
      const asidePath = path.join(dir, setAside);
      for (const suffix of ['', ...sqliteSidecarSuffixes]) {
        if (await exists(target + suffix)) {
          await rename(target + suffix, asidePath + suffix);
          moved.push([target + suffix, asidePath + suffix]);
        }
      }
      await fsyncDir(dir);
    }
    await rename(incoming, target);
    await fsyncDir(workspaceDir);
  } catch (error) {
    // Put the original back exactly as it was; the backup copy is the only thing discarded.
    for (const [from, to] of moved.reverse()) await rename(to, from).catch(() => undefined);
    await rm(incoming, { force: true });
    log.error('restore failed; the workspace database was put back', { code: errorCode(error) });
    throw new AppError('unavailable', 'The backup could not be put in place, so the workspace was left as it was. Check the disk and try again.');
  }
  log.info('backup restored', { setAside: setAside !== null });
  return { restored: backupFileName, setAside };
}

function verifyBackup(file: string, name: string, dataKey: Buffer, options: RestoreOptions): void {
  const unusable = () =>
    new AppError('corrupt', `The backup "${name}" is damaged or does not belong to this workspace, so it was not restored. Choose another backup. Nothing was changed.`);
  let db: Db;
  try {
    db = openWorkspaceDb(file, dataKey, { readonly: true, nativeBinding: options.nativeBinding, cipher: options.cipher });
  } catch (error) {
    if (error instanceof AppError && error.code === 'newer-version') throw error;
    throw unusable();
  }
  try {
    if (!checkDatabase(db, 'integrity').ok) throw unusable();
  } finally {
    db.close();
  }
}

async function listParsed(dir: string): Promise<Array<{ name: string; parsed: ParsedBackupName }>> {
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

async function rotate(dir: string, keep: number): Promise<void> {
  const backups = (await listParsed(dir)).filter((entry) => entry.parsed.kind === 'backup');
  for (const { name } of backups.slice(keep)) {
    for (const file of sqliteFiles(path.join(dir, name))) await rm(file, { force: true });
  }
}

async function freeName(dir: string, kind: BackupKind, time: Date): Promise<string> {
  for (let ordinal = 1; ordinal < 10_000; ordinal++) {
    const name = backupName(kind, time, ordinal);
    if (!(await exists(path.join(dir, name))) && !(await exists(path.join(dir, `.${name}.partial`)))) return name;
  }
  throw new AppError('unavailable', 'Too many backups were taken in the same second. Wait a moment and try again.');
}

async function removeLeftoverPartials(dir: string): Promise<void> {
  for (const name of await readdir(dir)) {
    if (/^\.workspace-.*\.db\.partial$/.test(name)) await rm(path.join(dir, name), { force: true });
  }
}

async function assertEncrypted(file: string): Promise<void> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(plaintextSqliteHeader.length);
    await handle.read(head, 0, head.length, 0);
    if (head.equals(plaintextSqliteHeader)) {
      log.error('backup came out unencrypted; it was deleted');
      throw new AppError('internal', 'The backup could not be encrypted, so it was deleted and not kept. The workspace itself is unchanged.');
    }
  } finally {
    await handle.close();
  }
}

async function fsyncFile(file: string): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes a rename durable. Windows cannot open a directory for fsync; its renames are journaled anyway. */
async function fsyncDir(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // best effort (see above)
  } finally {
    await handle?.close();
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

function errorCode(error: unknown): string {
  if (error instanceof AppError) return error.code;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'unknown';
}
