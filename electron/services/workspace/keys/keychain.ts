/**
 * The OS keychain, as the core sees it. Electron's main process implements this port with
 * safeStorage (encryptString/decryptString on the buffer, isEncryptionAvailable,
 * getSelectedStorageBackend on Linux); the core never imports 'electron'.
 */
import { AppError } from '../../../../shared/errors';

export interface KeychainPort {
  encrypt(plain: Buffer): Promise<Buffer>;
  decrypt(cipher: Buffer): Promise<Buffer>;
  isAvailable(): Promise<boolean>;
  /** Linux only: safeStorage.getSelectedStorageBackend(), e.g. 'gnome_libsecret', 'kwallet6'. */
  backend?: string;
}

/**
 * Backends that would not protect the key: Chromium's `basic_text` stores it under a hard-coded
 * password, and `unknown` means safeStorage was asked before the app was ready.
 */
const refusedBackends = new Set(['basic_text', 'unknown']);

export async function assertKeychainUsable(port: KeychainPort): Promise<void> {
  if (port.backend !== undefined && refusedBackends.has(port.backend)) {
    throw new AppError(
      'unavailable',
      'This computer has no secure keychain for the app to use (only plain-text storage, which would not protect the workspace). ' +
        'Unlock with your passphrase instead, or set up a keyring such as GNOME Keyring or KWallet and try again.',
    );
  }
  let available = false;
  try {
    available = await port.isAvailable();
  } catch {
    available = false;
  }
  if (!available) {
    throw new AppError(
      'unavailable',
      "This computer's keychain is not available right now. Unlock with your passphrase or recovery code instead.",
    );
  }
}

export const keychainUnlockFailedMessage =
  'The keychain on this computer could not unlock this workspace (its stored key may have been reset, or the workspace was copied from another computer). ' +
  'Unlock with your passphrase or recovery code instead; you can then turn the keychain on again in Settings.';

export const keychainSaveFailedMessage =
  "The keychain on this computer could not store the workspace key, so keychain unlocking was not turned on. Nothing was changed.";
