/**
 * Writing an export where the user chose, all or nothing (electron/services/atomic-file.ts): a
 * failure half way (disk full, no permission) leaves no partial file and the target as it was,
 * with a message the user can act on.
 */
import { AppError } from '../../../shared/errors';
import { describeErrno, errnoCode, writeFileAtomic } from '../atomic-file';

export async function writeExportFile(target: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(target, bytes);
  } catch (error) {
    throw new AppError('unavailable', `The file could not be saved there (${describeErrno(errnoCode(error))}). Nothing was written. Choose another place and export again.`);
  }
}
