/** Writing an export where the user chose: readable by the user only, and a message they can act on. */
import { writeFile } from 'node:fs/promises';
import { AppError } from '../../shared/errors';

/** `what` names the file in the message, e.g. "The PDF", "The chronology". */
export async function saveExport(target: string, bytes: Uint8Array, what: string): Promise<{ path: string }> {
  try {
    await writeFile(target, bytes, { mode: 0o600 });
  } catch {
    throw new AppError('unavailable', `${what} could not be saved there (the folder may be read-only or the file open in another program). Choose another place.`);
  }
  return { path: target };
}
