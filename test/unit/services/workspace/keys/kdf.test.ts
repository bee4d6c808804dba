import { describe, expect, it } from 'vitest';
import { defaultScryptCost, deriveKey, newScryptParams, scryptMemory } from '../../../../../electron/services/workspace/keys/kdf';
import { fastKdf } from './helpers';

describe('passphrase KDF (scrypt)', () => {
  it('defaults to N=2^17, r=8, p=1: 128 MiB per guess (about 450 ms on the build machine)', () => {
    expect(defaultScryptCost).toEqual({ N: 131072, r: 8, p: 1 });
    expect(Object.isFrozen(defaultScryptCost)).toBe(true);
    expect(scryptMemory(defaultScryptCost)).toBeGreaterThanOrEqual(128 * 1024 * 1024);
    expect(newScryptParams()).toMatchObject({ algorithm: 'scrypt', N: 131072, r: 8, p: 1 });
  });

  it('uses a fresh random salt of at least 16 bytes every time', () => {
    const salts = new Set(Array.from({ length: 20 }, () => newScryptParams(fastKdf).salt));
    expect(salts.size).toBe(20);
    for (const salt of salts) expect(Buffer.from(salt, 'base64').length).toBeGreaterThanOrEqual(16);
  });

  it('gives the same 32-byte key for the same passphrase and parameters, a different one otherwise', async () => {
    const params = newScryptParams(fastKdf);
    const a = await deriveKey('pass phrase', params);
    expect(a).toHaveLength(32);
    expect(await deriveKey('pass phrase', params)).toEqual(a);
    expect(await deriveKey('pass phrasE', params)).not.toEqual(a);
    expect(await deriveKey('pass phrase', newScryptParams(fastKdf))).not.toEqual(a);
    expect(await deriveKey('pass phrase', { ...params, N: 2 ** 13 })).not.toEqual(a);
  });

  it('treats composed and decomposed accents as the same passphrase (macOS and Windows type them differently)', async () => {
    const params = newScryptParams(fastKdf);
    expect(await deriveKey('caf\u00e9', params)).toEqual(await deriveKey('cafe\u0301', params));
  });

  it('refuses costs that are not powers of two or would need more than 1 GiB', () => {
    expect(() => newScryptParams({ N: 3000, r: 8, p: 1 })).toThrow();
    expect(() => newScryptParams({ N: 2 ** 21, r: 8, p: 1 })).toThrow();
    expect(() => newScryptParams({ N: 2 ** 20, r: 16, p: 1 })).toThrow();
  });

  it('runs off the main thread at the default cost, so the window keeps responding', async () => {
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 10);
    const started = performance.now();
    try {
      await deriveKey('pass phrase', newScryptParams());
    } finally {
      clearInterval(timer);
    }
    const elapsed = performance.now() - started;
    // The event loop kept turning during the derivation (a blocking call would give 0 ticks).
    expect(ticks).toBeGreaterThanOrEqual(Math.floor(elapsed / 10 / 4));
    expect(ticks).toBeGreaterThan(3);
  });
});
