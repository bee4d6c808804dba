import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createKeychainPort } from '../../../electron/main/keychain-port';
import { addKeychainSlot, createKeyFile, generateRecoveryCode, unlockWithKeychain } from '../../../electron/services/workspace/keys';
import { fakeSafeStorage } from './fake-electron';

describe('keychain port', () => {
  it('gives back exactly the key it sealed, and the sealed form does not contain it', async () => {
    const safeStorage = fakeSafeStorage();
    const port = createKeychainPort(safeStorage, 'linux');
    const key = randomBytes(32);
    const sealed = await port.encrypt(key);
    expect(safeStorage.encryptString).toHaveBeenCalledWith(key.toString('base64'));
    expect(sealed.includes(key)).toBe(false);
    expect(sealed.toString('latin1')).not.toContain(key.toString('base64'));
    const opened = await port.decrypt(sealed);
    expect(opened.equals(key)).toBe(true);
    expect(opened).not.toBe(key);
  });

  it('returns the key in a buffer of its own, so zeroing it wipes the only copy', async () => {
    const port = createKeychainPort(fakeSafeStorage(), 'linux');
    const opened = await port.decrypt(await port.encrypt(randomBytes(32)));
    // Not a view into Node's shared Buffer pool.
    expect(opened.byteOffset).toBe(0);
    expect(opened.buffer.byteLength).toBe(opened.length);
  });

  it('round-trips keys of any length, including empty', async () => {
    const port = createKeychainPort(fakeSafeStorage(), 'darwin');
    for (const length of [0, 1, 2, 3, 31, 32, 33, 64]) {
      const key = randomBytes(length);
      expect((await port.decrypt(await port.encrypt(key))).equals(key)).toBe(true);
    }
  });

  it('fails, rather than returning garbage, when the keychain cannot open the data', async () => {
    const port = createKeychainPort(fakeSafeStorage(), 'linux');
    const sealed = await port.encrypt(randomBytes(32));
    sealed[sealed.length - 1]! ^= 1;
    await expect(port.decrypt(sealed)).rejects.toThrow();
    // Sealed by another machine's (or a reset) keychain.
    await expect(createKeychainPort(fakeSafeStorage(), 'linux').decrypt(await port.encrypt(randomBytes(32)))).rejects.toThrow();
  });

  it('refuses a decrypted value that is not a key it stored', async () => {
    const safeStorage = fakeSafeStorage();
    const port = createKeychainPort(safeStorage, 'linux');
    await expect(port.decrypt(safeStorage.encryptString('not base64!'))).rejects.toThrow();
  });

  it('reports availability from safeStorage', async () => {
    await expect(createKeychainPort(fakeSafeStorage({ available: true }), 'win32').isAvailable()).resolves.toBe(true);
    await expect(createKeychainPort(fakeSafeStorage({ available: false }), 'win32').isAvailable()).resolves.toBe(false);
  });

  it('reports the storage backend on Linux only', () => {
    const safeStorage = fakeSafeStorage({ backend: 'kwallet6' });
    expect(createKeychainPort(safeStorage, 'linux').backend).toBe('kwallet6');
    expect(createKeychainPort(safeStorage, 'darwin').backend).toBeUndefined();
    expect(createKeychainPort(safeStorage, 'win32').backend).toBeUndefined();
    expect(safeStorage.getSelectedStorageBackend).toHaveBeenCalledOnce();
  });

  it('asks for the backend when the core checks it, not when the port is built (before ready it is "unknown")', () => {
    const safeStorage = fakeSafeStorage({ backend: 'unknown' });
    const port = createKeychainPort(safeStorage, 'linux');
    expect(port.backend).toBe('unknown');
    safeStorage.getSelectedStorageBackend.mockReturnValue('gnome_libsecret');
    expect(port.backend).toBe('gnome_libsecret');
  });

  it("works with the core's keychain slot, which refuses Linux's basic_text backend", async () => {
    const dataKey = randomBytes(32);
    const fast = { N: 2 ** 10, r: 8, p: 1 };
    const file = await createKeyFile({ dataKey, passphrase: 'correct horse battery staple', recoveryCode: generateRecoveryCode(), cipher: 'chacha20', kdfParams: fast });
    const port = createKeychainPort(fakeSafeStorage(), 'linux');
    const withKeychain = await addKeychainSlot(file, dataKey, port);
    expect((await unlockWithKeychain(withKeychain, port)).equals(dataKey)).toBe(true);
    await expect(addKeychainSlot(file, dataKey, createKeychainPort(fakeSafeStorage({ backend: 'basic_text' }), 'linux'))).rejects.toMatchObject({
      code: 'unavailable',
    });
  });
});
