/** Getting the data key out of keys.json with whichever secret the user gave. */
import { AppError } from '../../../../shared/errors';
import type { UnlockMethod } from '../../../../shared/workspace';
import { unlockWithKeychain, unlockWithPassphrase, unlockWithRecoveryCode, type KeyFile, type KeychainPort } from '../keys';

export async function unwrapDataKey(keyFile: KeyFile, method: UnlockMethod, secret: string | undefined, keychain: KeychainPort | undefined): Promise<Buffer> {
  switch (method) {
    case 'passphrase':
      return unlockWithPassphrase(keyFile, requireSecret(secret, 'passphrase'));
    case 'recovery-code':
      return unlockWithRecoveryCode(keyFile, requireSecret(secret, 'recovery code'));
    case 'keychain':
      if (!keychain) throw new AppError('unavailable', "This computer's keychain cannot be used here. Unlock with your passphrase or recovery code.");
      return unlockWithKeychain(keyFile, keychain);
  }
}

function requireSecret(secret: string | undefined, what: string): string {
  if (!secret) throw new AppError('validation', `Enter the ${what}.`);
  return secret;
}
