/**
 * Writing a file all or nothing: the bytes go to a private temporary file beside the target
 * (mode 0600), are flushed to disk, then renamed over the target in one step, and the folder is
 * flushed so the rename survives a power cut. A failure half way (disk full, no permission)
 * leaves no partial file and the target as it was; the error is rethrown for the caller to word.
 * keys.json and every export are written this way.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { createLogger } from './log';

const log = createLogger('atomic-file');

/** The temporary name used beside `target`: ".<name>.<16 hex>.tmp". */
export function temporaryNameFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(8).toString('hex')}.tmp`);
}

export async function writeFileAtomic(target: string, bytes: Uint8Array, temporary = temporaryNameFor(target)): Promise<void> {
  try {
    const handle = await open(temporary, 'wx', 0o600);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await syncDirectory(path.dirname(target));
}

async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    // The new file is in place; some filesystems (network, FUSE) refuse directory fsync.
    log.warn('could not fsync a folder after writing', { errno: errnoCode(error) });
  }
}

export function errnoCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'unknown';
}

/** Why a write failed, in words a user can act on. */
export function describeErrno(code: string): string {
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the disk is read-only';
    case 'EBUSY':
      return 'the file is in use by another program';
    case 'ENOENT':
      return 'that folder no longer exists';
    default:
      return `error ${code}`;
  }
}
