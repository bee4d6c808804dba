/**
 * Writing an export where the user chose, all or nothing: the bytes go to a private temporary
 * file beside the target (mode 0600), are flushed to disk, then renamed over the target in one
 * step. A failure half way (disk full, no permission) leaves no partial file and the target as
 * it was.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/errors';

export async function writeFileAtomic(target: string, bytes: Uint8Array): Promise<void> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.part`);
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
    await rm(temporary, { force: true }).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOSPC' || code === 'EDQUOT'
        ? 'the disk is full'
        : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
          ? 'you may not save files in that folder'
          : code === 'ENOENT'
            ? 'that folder no longer exists'
            : 'the folder may be read-only or the file open in another program';
    throw new AppError('unavailable', `The file could not be saved there (${why}). Nothing was written. Choose another place and export again.`);
  }
}
