/**
 * Re-encrypting an open workspace with another page cipher, crash-safe. The data key stays the
 * same, so keys.json's slots (passphrase, recovery code, keychain) keep working; only the cipher
 * it records changes.
 *
 * Order of writes, and why a kill at any moment leaves a workspace that opens:
 *   1. A backup, in the old cipher (backups/). Nothing else has changed.
 *   2. `workspace.db.rekeying` (mode 0600): VACUUM INTO from the open workspace, rekeyed to the new
 *      cipher (not in WAL mode, where rekeying corrupts), fsynced. workspace.db is only read.
 *   3. The copy is checked: it opens with the key and the new cipher, passes integrity_check, and
 *      every table has the row count the workspace had when it was copied (nothing can write in
 *      between: the session refuses other work while this runs).
 *   4. The workspace's connection is closed, which checkpoints its WAL into workspace.db and
 *      removes -wal/-shm; a WAL that still holds frames stops the swap (they would belong to the
 *      old file).
 *   5. rename(workspace.db.rekeying → workspace.db), then fsync of the folder. This is the commit
 *      point: rename is atomic, so workspace.db is always one complete, checked database.
 *   6. keys.json records the new cipher (written atomically).
 * A kill before 5 leaves the old workspace.db and a keys.json that names its cipher; the interim
 * copy is deleted at the next unlock. A kill between 5 and 6 leaves the new workspace.db under a
 * keys.json that still names the old cipher: both ciphers authenticate every page, so opening with
 * the old one fails on page 1 without writing anything, and unlock (open-recorded.ts) then opens
 * it with the new one and records that cipher. After 6 the two agree.
 */
import { renameSync, rmSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../../shared/errors';
import { createLogger } from '../../log';
import type { Job } from '../../jobs';
import { isCorruptionError } from '../db/errors';
import { interimCopyNames, removeInterimCopies, sqliteSidecarSuffixes, workspaceDbPath } from '../db/files';
import { openWorkspaceDb, type WorkspaceCipher } from '../db/open';
import { fsyncDir } from '../db/sync';
import { changeCipher, keyFileName, writeKeyFileAtomic } from '../keys';
import type { OpenWorkspace } from '../session/open-workspace';
import { writeReencryptedCopy, type WriteCopy } from './copy';
import { verifyCopy } from './verify';

const log = createLogger('workspace.rekey');

export interface RekeyRequest {
  /** The unlocked workspace; its `db` and `keyFile` are replaced when the new database is in place. */
  open: OpenWorkspace;
  from: WorkspaceCipher;
  to: WorkspaceCipher;
  job: Job;
  /** Takes the backup made first (the session's own backup, with its rotation). */
  backup: () => Promise<{ name: string }>;
  nativeBinding?: string | undefined;
  /** Test seam: replaces the step that writes the copy (tests simulate a full disk with it). */
  writeCopy?: WriteCopy | undefined;
}

export interface RekeyOutcome {
  from: WorkspaceCipher;
  to: WorkspaceCipher;
  backup: string;
}

export async function rekeyOpenWorkspace(request: RekeyRequest): Promise<RekeyOutcome> {
  const { open, from, to, job } = request;
  if (open.db.inTransaction) throw new AppError('busy', 'Other work is still saving to the workspace. Wait for it to finish, then try re-encrypting again. Nothing was changed.');
  const copy = path.join(open.dir, interimCopyNames.rekey);
  await removeInterimCopies(open.dir);

  job.progress('copying', 0, 3);
  const backup = await request.backup();
  job.progress('copying', 1, 3);
  await job.pause();
  try {
    const expected = await (request.writeCopy ?? writeReencryptedCopy)({
      source: open.db,
      from,
      to,
      target: copy,
      dataKey: open.dataKey,
      nativeBinding: request.nativeBinding,
      between: async () => {
        job.progress('copying', 2, 3);
        await job.pause();
      },
    });
    job.progress('copying', 3, 3);
    await verifyCopy({ file: copy, dataKey: open.dataKey, cipher: to, expected, job, nativeBinding: request.nativeBinding });
    // The last moment a cancel is honoured: from here the swap runs to the end.
    job.throwIfCancelled();
  } catch (error) {
    await removeCopy(copy);
    throw toRekeyError(error);
  }

  job.progress('swapping', 0, 2);
  swapIn(open, copy, { from, to }, request.nativeBinding);
  await fsyncDir(open.dir);
  job.progress('swapping', 1, 2);
  await recordCipher(open, to);
  job.progress('swapping', 2, 2);
  log.info('workspace re-encrypted', { from, to });
  return { from, to, backup: backup.name };
}

/**
 * Steps 4 and 5, synchronous so nothing else runs between closing the old database and renaming
 * the new one over it. If the rename cannot happen, the old database is opened again and the copy
 * deleted: the workspace is as it was.
 */
function swapIn(open: OpenWorkspace, copy: string, ciphers: { from: WorkspaceCipher; to: WorkspaceCipher }, nativeBinding: string | undefined): void {
  const dbFile = workspaceDbPath(open.dir);
  open.db.close();
  try {
    if (sizeOf(dbFile + '-wal') > 0) throw new Error('the WAL was not checkpointed on close');
    // Empty leftovers of the old file's WAL index must not be taken for the new file's.
    for (const suffix of sqliteSidecarSuffixes) rmSync(dbFile + suffix, { force: true });
    renameSync(copy, dbFile);
  } catch (error) {
    log.error('re-encrypted copy not put in place; the workspace was reopened as it was', { code: codeOf(error) });
    rmSync(copy, { force: true });
    open.db = openWorkspaceDb(dbFile, open.dataKey, { cipher: ciphers.from, nativeBinding });
    throw new AppError('unavailable', 'The re-encrypted copy could not be put in place, so it was deleted. The workspace was not changed. Check the disk, then try again.');
  }
  // The new file: a fresh connection with the workspace's settings (WAL again, and so on).
  open.db = openWorkspaceDb(dbFile, open.dataKey, { cipher: ciphers.to, nativeBinding });
}

/** Step 6. If keys.json cannot be written now, the next unlock finds the cipher by trying and records it then. */
async function recordCipher(open: OpenWorkspace, cipher: WorkspaceCipher): Promise<void> {
  const keyFile = changeCipher(open.keyFile, open.dataKey, cipher);
  open.keyFile = keyFile;
  try {
    await writeKeyFileAtomic(path.join(open.dir, keyFileName), keyFile);
  } catch (error) {
    log.warn('keys.json could not record the new cipher; the next unlock will', { code: codeOf(error) });
  }
}

async function removeCopy(copy: string): Promise<void> {
  for (const file of [copy, `${copy}-journal`]) await rm(file, { force: true }).catch(() => undefined);
}

function toRekeyError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const code = codeOf(error);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return new AppError(
      'unavailable',
      'The workspace could not be re-encrypted: the disk is full. The new copy needs about as much free space as the workspace itself. Free some space, then try again. The workspace was not changed.',
    );
  }
  if (isCorruptionError(error)) return new AppError('corrupt', 'The workspace could not be re-encrypted because part of it could not be read. The workspace was not changed. Restore it from a backup, or contact support.');
  log.error('re-encryption failed', { code });
  return new AppError('unavailable', 'The workspace could not be re-encrypted. It was not changed. Check that the disk has space and the workspace folder can be written to, then try again.');
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'unknown';
}
