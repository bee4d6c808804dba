/** Shared fixtures for the keys.json tests: cheap scrypt, a fake keychain, temp folders. */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { computeChecksum, type KeychainPort } from '../../../../../electron/services/workspace/keys';
import type { KeyFile } from '../../../../../electron/services/workspace/keys';

/** 2^12 instead of 2^17: milliseconds per test instead of half a second. The slot records it. */
export const fastKdf = { N: 2 ** 12, r: 8, p: 1 };

export const passphrase = 'correct horse battery staple';

/** A stand-in for Electron's safeStorage that really encrypts, under a key of its own. */
export function fakeKeychain(options: { backend?: string; available?: boolean; key?: Buffer } = {}): KeychainPort & {
  sealed: Buffer[];
} {
  const key = options.key ?? randomBytes(32);
  const sealed: Buffer[] = [];
  const port: KeychainPort & { sealed: Buffer[] } = {
    sealed,
    async isAvailable() {
      return options.available ?? true;
    },
    async encrypt(plain) {
      sealed.push(Buffer.from(plain));
      const nonce = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, nonce);
      return Buffer.concat([nonce, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
    },
    async decrypt(blob) {
      const decipher = createDecipheriv('aes-256-gcm', key, blob.subarray(0, 12));
      decipher.setAuthTag(blob.subarray(blob.length - 16));
      return Buffer.concat([decipher.update(blob.subarray(12, blob.length - 16)), decipher.final()]);
    },
  };
  if (options.backend !== undefined) port.backend = options.backend;
  return port;
}

/** A fresh folder per test, removed afterwards. */
export function tempFolder(): () => string {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'prw-keys-'));
    made.push(dir);
    return dir;
  };
}

/** A deep copy to tamper with. */
export function copy(file: KeyFile): KeyFile {
  return JSON.parse(JSON.stringify(file)) as KeyFile;
}

/** Flips one bit of a base64 field. */
export function flipBit(base64: string, byte = 0): string {
  const bytes = Buffer.from(base64, 'base64');
  bytes[byte] = (bytes[byte] ?? 0) ^ 0x01;
  return bytes.toString('base64');
}

/**
 * A deliberate edit: someone who changes keys.json on purpose can recompute its plain checksum,
 * so only GCM and the MAC stand in the way.
 */
export function withChecksumRecomputed(file: KeyFile): KeyFile {
  return { ...file, checksum: computeChecksum(file) };
}
