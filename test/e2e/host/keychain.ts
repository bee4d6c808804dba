/**
 * A TEST keychain, not a real one. The app's keychain port is Electron's safeStorage, which needs
 * an OS keyring that the e2e machines do not have; this one really encrypts (AES-256-GCM) with a
 * random key that lives only in this host's memory, so a keychain slot written by one test host
 * cannot be opened by another — like a keychain on a different computer. It reports the backend
 * "test" so nothing can mistake it for a real keyring.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { KeychainPort } from '../../../electron/services/workspace/keys';

export interface TestKeychain extends KeychainPort {
  /** False makes isAvailable() answer false, as a locked or missing OS keyring would. */
  available: boolean;
}

const ivBytes = 12;
const tagBytes = 16;

export function createTestKeychain(): TestKeychain {
  const key = randomBytes(32);
  let available = true;
  return {
    backend: 'test',
    get available() {
      return available;
    },
    set available(value: boolean) {
      available = value;
    },
    isAvailable: async () => available,
    encrypt: async (plain) => {
      const iv = randomBytes(ivBytes);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decrypt: async (sealed) => {
      if (sealed.length < ivBytes + tagBytes) throw new Error('The test keychain was given data it did not write.');
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, ivBytes));
      decipher.setAuthTag(sealed.subarray(ivBytes, ivBytes + tagBytes));
      return Buffer.concat([decipher.update(sealed.subarray(ivBytes + tagBytes)), decipher.final()]);
    },
  };
}
