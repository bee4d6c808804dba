/**
 * What the unlock screen may offer for a workspace before any secret is typed. keys.json lists its
 * slots in the clear (only their contents are sealed), so this needs no secret, and it reads the
 * file through the same strict parser as an unlock: a slot is offered only if the file really holds it.
 */
import path from 'node:path';
import type { UnlockOptions } from '../../../../shared/workspace';
import { keyFileName, readKeyFile } from '../keys';

export async function unlockOptions(dir: string): Promise<UnlockOptions> {
  try {
    const keyFile = await readKeyFile(path.join(dir, keyFileName));
    return { keychain: keyFile.slots.some((slot) => slot.kind === 'keychain') };
  } catch {
    // Offer nothing extra. Unlocking with the passphrase reads the file again and says what is wrong with it.
    return { keychain: false };
  }
}
