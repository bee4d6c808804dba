/**
 * The core's keychain port: Electron's safeStorage, which encrypts with a key the operating
 * system keeps (macOS Keychain, Windows DPAPI, a Linux secret service). safeStorage works on
 * strings, so the workspace key crosses it as base64; the decoded key goes into a buffer of its
 * own that the core zeroes when done. (JavaScript strings cannot be wiped; they are short-lived.)
 */
import type { SafeStorage } from 'electron';
import type { KeychainPort } from '../services';

export type SafeStorageApi = Pick<SafeStorage, 'encryptString' | 'decryptString' | 'isEncryptionAvailable' | 'getSelectedStorageBackend'>;

const base64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function createKeychainPort(safeStorage: SafeStorageApi, platform: NodeJS.Platform): KeychainPort {
  return {
    encrypt: async (plain) => safeStorage.encryptString(plain.toString('base64')),
    decrypt: async (cipher) => {
      const encoded = safeStorage.decryptString(cipher);
      if (!base64.test(encoded)) throw new Error('The keychain returned something that is not a stored key.');
      // Buffer.alloc, not Buffer.from: a small Buffer.from lands in Node's shared pool, where
      // zeroing the key later could not be relied on to be the only copy.
      const plain = Buffer.alloc(Buffer.byteLength(encoded, 'base64'));
      plain.write(encoded, 'base64');
      return plain;
    },
    isAvailable: async () => safeStorage.isEncryptionAvailable(),
    // Read when asked, not when the port is built: the core checks it just before each use,
    // and Electron answers 'unknown' until the app is ready.
    get backend() {
      return platform === 'linux' ? safeStorage.getSelectedStorageBackend() : undefined;
    },
  };
}
