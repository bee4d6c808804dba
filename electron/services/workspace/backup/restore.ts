/**
 * Putting a backup in place of workspace.db, as a job in two halves:
 *
 * prepareRestore (cancellable; the workspace may stay open meanwhile): checks the backup opens
 * with this workspace's data key and passes integrity_check, then copies it beside workspace.db as
 * `workspace.db.restoring` (mode 0600). A backup taken before a re-encryption is in the old cipher:
 * it is re-encrypted into the workspace's current cipher as it is copied, and that copy is checked
 * table by table, so workspace.db always matches the cipher keys.json records. A cancel or a
 * failure deletes the copy: the workspace is as it was.
 *
 * commitRestore (not cancellable; the caller has closed the database and holds the lock): the
 * current workspace.db and its -wal/-shm are linked into backups/ as `pre-restore-<time>.db`, the
 * workspace's own -wal/-shm removed (frames from the old file must never be replayed into the new
 * one), and the copy renamed over workspace.db. A kill at any point leaves a workspace.db that
 * opens — the old one or the restored one — and the set-aside copy keeps everything the old had.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { copyFile, link, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../../../shared/errors';
import { quietJob, type Job } from '../../jobs';
import { createLogger } from '../../log';
import type { Db } from '../../sqlite';
import { checkDatabase } from '../db/check';
import { systemClock, type Clock } from '../db/clock';
import { newerVersionError } from '../db/errors';
import { interimCopyNames, sqliteSidecarSuffixes, workspaceDbPath } from '../db/files';
import { isWorkspaceCipher, openWorkspaceDb, workspaceCipher, workspaceCiphers, type WorkspaceCipher } from '../db/open';
import { exists, fsyncDir, fsyncFile } from '../db/sync';
import { writeReencryptedCopy } from '../rekey/copy';
import { verifyCopy } from '../rekey/verify';
import { backupsDir, errorCode, freeName } from './backup';
import { parseBackupName } from './names';

const log = createLogger('workspace.restore');

export interface RestoreOptions {
  nativeBinding?: string | undefined;
  /** The workspace's cipher as recorded in keys.json: the restored database uses it. Defaults to workspaceCipher. */
  cipher?: string;
  clock?: Clock;
  /** Progress and cancel (until the copy is put in place); quiet when absent. */
  job?: Job;
  /** The folder holding the backup when it is not the workspace's own (a second backup folder). */
  sourceDir?: string;
}

export interface RestoreResult {
  restored: string;
  /** Where the workspace.db that was replaced now lives (in backups/), or null if there was none. */
  setAside: string | null;
}

export interface PreparedRestore {
  /** Puts the copy in place. The caller must have closed its connection and hold the workspace lock. */
  commit(): Promise<RestoreResult>;
  /** Deletes the copy (a cancel after preparing). */
  discard(): Promise<void>;
}

/** Replaces workspace.db with a backup: prepareRestore, then commit. */
export async function restoreBackup(workspaceDir: string, backupFileName: string, dataKey: Buffer, options: RestoreOptions = {}): Promise<RestoreResult> {
  const prepared = await prepareRestore(workspaceDir, backupFileName, dataKey, options);
  return prepared.commit();
}

export async function prepareRestore(workspaceDir: string, backupFileName: string, dataKey: Buffer, options: RestoreOptions = {}): Promise<PreparedRestore> {
  const job = options.job ?? quietJob('restore');
  const cipher = options.cipher ?? workspaceCipher;
  if (!isWorkspaceCipher(cipher)) throw newerVersionError();
  const source = path.join(options.sourceDir ?? backupsDir(workspaceDir), backupFileName);
  if (!parseBackupName(backupFileName) || !(await exists(source))) {
    const where = options.sourceDir ? 'the second backup folder' : "this workspace's backups folder";
    throw new AppError('not-found', `There is no backup called "${path.basename(backupFileName)}" in ${where}. Choose one from the list of backups.`);
  }
  const incoming = path.join(workspaceDir, interimCopyNames.restore);
  const discard = async () => {
    for (const file of [incoming, `${incoming}-journal`]) await rm(file, { force: true });
  };
  await discard();

  job.progress('verifying', 0, 1);
  const backup = openBackup(source, backupFileName, dataKey, cipher, options.nativeBinding);
  try {
    job.progress('verifying', 1, 1);
    await job.pause();
    job.progress('copying', 0, 1);
    if (backup.cipher === cipher) {
      // Private from the first byte (copyFile would give it the backup's mode, which older backups left at 0644).
      await pipeline(createReadStream(source), createWriteStream(incoming, { flags: 'wx', mode: 0o600 }));
      await fsyncFile(incoming);
    } else {
      const expected = await writeReencryptedCopy({ source: backup.db, from: backup.cipher, to: cipher, target: incoming, dataKey, nativeBinding: options.nativeBinding, between: () => job.pause() });
      await verifyCopy({ file: incoming, dataKey, cipher, expected, job, nativeBinding: options.nativeBinding });
    }
    job.progress('copying', 1, 1);
    job.throwIfCancelled();
  } catch (error) {
    await discard();
    if (error instanceof AppError) throw error;
    log.error('restore copy failed', { code: errorCode(error) });
    throw new AppError('unavailable', 'The backup could not be copied into the workspace folder, so nothing was restored. Check that the disk has space, then try again. The workspace was not changed.');
  } finally {
    backup.db.close();
  }
  return {
    discard,
    commit: () => commitRestore(workspaceDir, backupFileName, incoming, options.clock ?? systemClock),
  };
}

/** Opens the backup read-only with the workspace's cipher, or the one it had before a re-encryption, and checks every page. */
function openBackup(file: string, name: string, dataKey: Buffer, recorded: WorkspaceCipher, nativeBinding: string | undefined): { db: Db; cipher: WorkspaceCipher } {
  const unusable = () =>
    new AppError('corrupt', `The backup "${name}" is damaged or does not belong to this workspace, so it was not restored. Choose another backup. Nothing was changed.`);
  for (const cipher of [recorded, ...workspaceCiphers.filter((other) => other !== recorded)]) {
    let db: Db;
    try {
      db = openWorkspaceDb(file, dataKey, { readonly: true, nativeBinding, cipher });
    } catch (error) {
      if (error instanceof AppError && error.code === 'newer-version') throw error;
      continue;
    }
    if (checkDatabase(db, 'integrity').ok) return { db, cipher };
    db.close();
    throw unusable();
  }
  throw unusable();
}

async function commitRestore(workspaceDir: string, restored: string, incoming: string, clock: Clock): Promise<RestoreResult> {
  const dir = backupsDir(workspaceDir);
  const target = workspaceDbPath(workspaceDir);
  let setAside: string | null = null;
  const linked: string[] = [];
  const removedSidecars: Array<[from: string, to: string]> = [];
  try {
    if (await exists(target)) {
      // Restoring from a second backup folder may find the workspace's own backups folder gone.
      await mkdir(dir, { recursive: true, mode: 0o700 });
      setAside = await freeName(dir, 'pre-restore', clock());
      const asidePath = path.join(dir, setAside);
      for (const suffix of ['', ...sqliteSidecarSuffixes]) {
        if (!(await exists(target + suffix))) continue;
        await linkOrCopy(target + suffix, asidePath + suffix);
        linked.push(asidePath + suffix);
      }
      await fsyncDir(dir);
      for (const suffix of sqliteSidecarSuffixes) {
        if (!(await exists(target + suffix))) continue;
        await rm(target + suffix);
        removedSidecars.push([asidePath + suffix, target + suffix]);
      }
    }
    await rename(incoming, target);
    await fsyncDir(workspaceDir);
  } catch (error) {
    // Put the original back exactly as it was; the copy of the backup is the only thing discarded.
    for (const [from, to] of removedSidecars) await linkOrCopy(from, to).catch(() => undefined);
    for (const file of linked) await rm(file, { force: true }).catch(() => undefined);
    await rm(incoming, { force: true });
    log.error('restore failed; the workspace database was left as it was', { code: errorCode(error) });
    throw new AppError('unavailable', 'The backup could not be put in place, so the workspace was left as it was. Check the disk and try again.');
  }
  log.info('backup restored', { setAside: setAside !== null });
  return { restored, setAside };
}

/** A hard link keeps the set-aside copy without a second write; filesystems without links (FAT) get a copy. */
async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch {
    await copyFile(from, to);
    await fsyncFile(to);
  }
}
