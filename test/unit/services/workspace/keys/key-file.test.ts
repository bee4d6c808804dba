import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  addKeychainSlot,
  changePassphrase,
  createKeyFile,
  describeSlots,
  generateRecoveryCode,
  readKeyFile,
  removeKeychainSlot,
  replaceRecoveryCode,
  unlockWithKeychain,
  unlockWithPassphrase,
  unlockWithRecoveryCode,
  writeKeyFileAtomic,
  type KeyFile,
} from '../../../../../electron/services/workspace/keys';
import { fakeKeychain, fastKdf, flipBit, passphrase, tempFolder } from './helpers';

async function setUp() {
  const dataKey = randomBytes(32);
  const recoveryCode = generateRecoveryCode();
  const file = await createKeyFile({ dataKey, passphrase, recoveryCode, cipher: 'chacha20', kdfParams: fastKdf });
  return { dataKey, recoveryCode, file };
}

function slotOf(file: KeyFile, kind: string) {
  return JSON.stringify(file.slots.find((slot) => slot.kind === kind));
}

const folder = tempFolder();

describe('creating keys.json', () => {
  it('has a passphrase slot and a recovery slot wrapping the same data key, and records the cipher and scrypt cost', async () => {
    const { dataKey, recoveryCode, file } = await setUp();
    expect(file).toMatchObject({ format: 'prw-keys', version: 1, cipher: 'chacha20' });
    expect(file.slots.map((slot) => slot.kind)).toEqual(['passphrase', 'recovery']);
    expect(file.slots[0]!.kdf).toMatchObject({ algorithm: 'scrypt', N: 4096, r: 8, p: 1 });
    expect(file.slots[1]!.kdf).toMatchObject({ algorithm: 'hkdf-sha256' });
    expect(await unlockWithPassphrase(file, passphrase)).toEqual(dataKey);
    expect(await unlockWithRecoveryCode(file, recoveryCode)).toEqual(dataKey);
  });

  it('never stores the data key, passphrase or recovery code in the clear', async () => {
    const { dataKey, recoveryCode, file } = await setUp();
    const text = JSON.stringify(file);
    for (const secret of [dataKey.toString('base64'), dataKey.toString('hex'), passphrase, recoveryCode, recoveryCode.replace(/-/g, '')]) {
      expect(text).not.toContain(secret);
    }
  });

  it('uses a fresh nonce for every wrap', async () => {
    const { file } = await setUp();
    expect(new Set(file.slots.map((slot) => slot.nonce)).size).toBe(file.slots.length);
  });

  it('refuses an empty passphrase', async () => {
    await expect(
      createKeyFile({ dataKey: randomBytes(32), passphrase: '', recoveryCode: generateRecoveryCode(), cipher: 'chacha20', kdfParams: fastKdf }),
    ).rejects.toMatchObject({ code: 'validation' });
  });

  it('refuses a data key that is not 256 bits', async () => {
    await expect(
      createKeyFile({ dataKey: randomBytes(16), passphrase, recoveryCode: generateRecoveryCode(), cipher: 'chacha20', kdfParams: fastKdf }),
    ).rejects.toThrow(/32-byte/);
  });
});

describe('unlocking', () => {
  it('returns a data key buffer the caller owns (zeroing it does not affect the next unlock)', async () => {
    const { dataKey, file } = await setUp();
    const first = await unlockWithPassphrase(file, passphrase);
    expect(first).not.toBe(dataKey);
    first.fill(0);
    expect(await unlockWithPassphrase(file, passphrase)).toEqual(dataKey);
  });

  it('accepts the recovery code typed back in lower case with spaces', async () => {
    const { dataKey, recoveryCode, file } = await setUp();
    expect(await unlockWithRecoveryCode(file, recoveryCode.toLowerCase().replace(/-/g, ' '))).toEqual(dataKey);
  });

  it('says exactly "The passphrase does not unlock this workspace." for a wrong or empty passphrase', async () => {
    const { file } = await setUp();
    for (const wrong of ['correct horse battery stapler', 'Correct horse battery staple', '']) {
      await expect(unlockWithPassphrase(file, wrong)).rejects.toMatchObject({
        code: 'wrong-secret',
        message: 'The passphrase does not unlock this workspace.',
      });
    }
  });

  it('says exactly "The recovery code does not unlock this workspace." for another workspace\'s code', async () => {
    const { file } = await setUp();
    await expect(unlockWithRecoveryCode(file, generateRecoveryCode())).rejects.toMatchObject({
      code: 'wrong-secret',
      message: 'The recovery code does not unlock this workspace.',
    });
  });

  it('reports a mistyped recovery code as a typo, not as the wrong code', async () => {
    const { recoveryCode, file } = await setUp();
    const typo = (recoveryCode[0] === 'A' ? 'B' : 'A') + recoveryCode.slice(1);
    await expect(unlockWithRecoveryCode(file, typo)).rejects.toMatchObject({
      code: 'validation',
      message: 'That recovery code is not complete or has a typo — check each group and try again',
    });
  });

  it('leaves keys.json byte-identical on disk after failed unlocks', async () => {
    const { file } = await setUp();
    const target = path.join(folder(), 'keys.json');
    await writeKeyFileAtomic(target, file);
    const before = readFileSync(target);
    const mtime = statSync(target).mtimeMs;
    const onDisk = await readKeyFile(target);
    await expect(unlockWithPassphrase(onDisk, 'wrong')).rejects.toMatchObject({ code: 'wrong-secret' });
    await expect(unlockWithRecoveryCode(onDisk, generateRecoveryCode())).rejects.toMatchObject({ code: 'wrong-secret' });
    expect(readFileSync(target)).toEqual(before);
    expect(statSync(target).mtimeMs).toBe(mtime);
  });
});

describe('changing the passphrase', () => {
  it('rewraps only the passphrase slot: the old passphrase stops working, the recovery slot is byte-identical', async () => {
    const { dataKey, recoveryCode, file } = await setUp();
    const changed = await changePassphrase(file, dataKey, 'a new passphrase', { kdfParams: fastKdf });
    expect(slotOf(changed, 'recovery')).toBe(slotOf(file, 'recovery'));
    expect(slotOf(changed, 'passphrase')).not.toBe(slotOf(file, 'passphrase'));
    expect(changed.mac).not.toBe(file.mac);
    await expect(unlockWithPassphrase(changed, passphrase)).rejects.toMatchObject({ code: 'wrong-secret' });
    expect(await unlockWithPassphrase(changed, 'a new passphrase')).toEqual(dataKey);
    expect(await unlockWithRecoveryCode(changed, recoveryCode)).toEqual(dataKey);
  });

  it('keeps the recovery slot byte-identical in the file written to disk', async () => {
    const { dataKey, file } = await setUp();
    const target = path.join(folder(), 'keys.json');
    await writeKeyFileAtomic(target, file);
    // Each slot is a block indented by four spaces in the written file.
    const recoveryText = (text: string) => (text.match(/\n {4}\{[\s\S]*?\n {4}\}/g) ?? []).find((block) => block.includes('"recovery"'));
    const before = readFileSync(target, 'utf8');
    await writeKeyFileAtomic(target, await changePassphrase(await readKeyFile(target), dataKey, 'another', { kdfParams: fastKdf }));
    expect(recoveryText(before)).toContain('"hkdf-sha256"');
    expect(recoveryText(readFileSync(target, 'utf8'))).toBe(recoveryText(before));
  });

  it('refuses to rewrap with a key that is not this workspace\'s', async () => {
    const { file } = await setUp();
    await expect(changePassphrase(file, randomBytes(32), 'x', { kdfParams: fastKdf })).rejects.toMatchObject({ code: 'corrupt' });
  });
});

describe('replacing the recovery code', () => {
  it('makes the old code stop working and the new one work; the passphrase slot is byte-identical', async () => {
    const { dataKey, recoveryCode, file } = await setUp();
    const replaced = await replaceRecoveryCode(file, dataKey);
    expect(replaced.recoveryCode).not.toBe(recoveryCode);
    expect(slotOf(replaced.file, 'passphrase')).toBe(slotOf(file, 'passphrase'));
    await expect(unlockWithRecoveryCode(replaced.file, recoveryCode)).rejects.toMatchObject({
      message: 'The recovery code does not unlock this workspace.',
    });
    expect(await unlockWithRecoveryCode(replaced.file, replaced.recoveryCode)).toEqual(dataKey);
    expect(await unlockWithPassphrase(replaced.file, passphrase)).toEqual(dataKey);
  });
});

describe('the keychain slot', () => {
  it('round-trips through the keychain, which only ever sees a random slot key, not the data key', async () => {
    const { dataKey, file } = await setUp();
    const keychain = fakeKeychain({ backend: 'gnome_libsecret' });
    const withKeychain = await addKeychainSlot(file, dataKey, keychain);
    expect(withKeychain.slots.map((slot) => slot.kind)).toEqual(['passphrase', 'recovery', 'keychain']);
    expect(slotOf(withKeychain, 'passphrase')).toBe(slotOf(file, 'passphrase'));
    expect(await unlockWithKeychain(withKeychain, keychain)).toEqual(dataKey);
    expect(keychain.sealed).toHaveLength(1);
    expect(keychain.sealed[0]).not.toEqual(dataKey);
    expect(await unlockWithPassphrase(withKeychain, passphrase)).toEqual(dataKey);
  });

  it("refuses Linux's basic_text backend, which would not protect the key", async () => {
    const { dataKey, file } = await setUp();
    await expect(addKeychainSlot(file, dataKey, fakeKeychain({ backend: 'basic_text' }))).rejects.toMatchObject({
      code: 'unavailable',
      message: expect.stringMatching(/no secure keychain/),
    });
    const withKeychain = await addKeychainSlot(file, dataKey, fakeKeychain({ backend: 'kwallet6', key: Buffer.alloc(32, 7) }));
    await expect(unlockWithKeychain(withKeychain, fakeKeychain({ backend: 'basic_text', key: Buffer.alloc(32, 7) }))).rejects.toMatchObject({
      code: 'unavailable',
    });
  });

  it('refuses when the keychain is unavailable', async () => {
    const { dataKey, file } = await setUp();
    await expect(addKeychainSlot(file, dataKey, fakeKeychain({ available: false }))).rejects.toMatchObject({ code: 'unavailable' });
  });

  it('says to use the passphrase when the keychain no longer holds the key (reset, or another computer)', async () => {
    const { dataKey, file } = await setUp();
    const withKeychain = await addKeychainSlot(file, dataKey, fakeKeychain());
    await expect(unlockWithKeychain(withKeychain, fakeKeychain())).rejects.toMatchObject({
      code: 'unavailable',
      message: expect.stringMatching(/Unlock with your passphrase or recovery code/),
    });
  });

  it('can be removed, leaving the other slots byte-identical', async () => {
    const { dataKey, recoveryCode, file } = await setUp();
    const keychain = fakeKeychain();
    const removed = removeKeychainSlot(await addKeychainSlot(file, dataKey, keychain), dataKey);
    expect(removed.slots.map((slot) => JSON.stringify(slot))).toEqual(file.slots.map((slot) => JSON.stringify(slot)));
    await expect(unlockWithKeychain(removed, keychain)).rejects.toMatchObject({ code: 'not-found' });
    expect(await unlockWithRecoveryCode(removed, recoveryCode)).toEqual(dataKey);
    expect(removeKeychainSlot(removed, dataKey)).toBe(removed);
  });

  it('replaces an existing keychain slot instead of adding a second one', async () => {
    const { dataKey, file } = await setUp();
    const first = await addKeychainSlot(file, dataKey, fakeKeychain());
    const second = fakeKeychain();
    const again = await addKeychainSlot(first, dataKey, second);
    expect(again.slots.filter((slot) => slot.kind === 'keychain')).toHaveLength(1);
    expect(await unlockWithKeychain(again, second)).toEqual(dataKey);
  });
});

describe('describing slots for status', () => {
  it('lists kinds and dates and nothing secret', async () => {
    const { dataKey, file } = await setUp();
    const withKeychain = await addKeychainSlot(file, dataKey, fakeKeychain({ backend: 'kwallet6' }), { now: () => new Date('2026-03-01T09:00:00Z') });
    const described = describeSlots(withKeychain);
    expect(described.map(({ kind, createdAt }) => ({ kind, createdAt }))).toEqual([
      { kind: 'passphrase', createdAt: file.slots[0]!.createdAt },
      { kind: 'recovery', createdAt: file.slots[1]!.createdAt },
      { kind: 'keychain', createdAt: '2026-03-01T09:00:00.000Z' },
    ]);
    expect(described[2]!.backend).toBe('kwallet6');
    const text = JSON.stringify(described);
    for (const slot of withKeychain.slots) {
      for (const value of [slot.ciphertext, slot.nonce, slot.tag, 'salt' in slot.kdf ? slot.kdf.salt : slot.kdf.sealedKey]) {
        expect(text).not.toContain(value);
      }
    }
  });
});

describe('secrets hygiene', () => {
  it('puts no passphrase, recovery code or key material in error messages or logs, even at debug level', async () => {
    const written: string[] = [];
    const previous = process.env.PRW_LOG_LEVEL;
    process.env.PRW_LOG_LEVEL = 'debug';
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      const { dataKey, recoveryCode, file } = await setUp();
      const messages: string[] = [];
      const collect = (promise: Promise<unknown>) => promise.then(() => undefined, (error: Error) => void messages.push(error.message));
      await collect(unlockWithPassphrase(file, 'my secret guess'));
      await collect(unlockWithRecoveryCode(file, generateRecoveryCode()));
      await collect(unlockWithRecoveryCode(file, recoveryCode.slice(0, -1)));
      await collect(unlockWithPassphrase({ ...file, mac: flipBit(file.mac) }, passphrase));
      await collect(unlockWithKeychain(await addKeychainSlot(file, dataKey, fakeKeychain()), fakeKeychain()));
      await collect(changePassphrase(file, randomBytes(32), 'new secret', { kdfParams: fastKdf }));
      expect(messages).toHaveLength(6);
      const everything = [...messages, ...written].join('\n');
      const secrets = [passphrase, 'my secret guess', 'new secret', recoveryCode, recoveryCode.slice(0, 9), dataKey.toString('base64'), dataKey.toString('hex')];
      for (const secret of secrets) expect(everything).not.toContain(secret);
      for (const slot of file.slots) expect(everything).not.toContain(slot.ciphertext);
    } finally {
      spy.mockRestore();
      if (previous === undefined) delete process.env.PRW_LOG_LEVEL;
      else process.env.PRW_LOG_LEVEL = previous;
    }
  });
});
