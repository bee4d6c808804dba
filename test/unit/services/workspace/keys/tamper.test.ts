import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  addKeychainSlot,
  createKeyFile,
  generateRecoveryCode,
  parseKeyFile,
  serialiseKeyFile,
  unlockWithPassphrase,
  unlockWithRecoveryCode,
  type KeyFile,
} from '../../../../../electron/services/workspace/keys';
import { copy, fakeKeychain, fastKdf, flipBit, passphrase, withChecksumRecomputed } from './helpers';

const tampered = {
  code: 'corrupt',
  message: expect.stringMatching(/^keys\.json in this workspace folder has been changed or damaged.*Restore keys\.json from an earlier copy/),
};

async function setUp() {
  const dataKey = randomBytes(32);
  const recoveryCode = generateRecoveryCode();
  const file = await createKeyFile({ dataKey, passphrase, recoveryCode, cipher: 'chacha20', kdfParams: fastKdf });
  return { dataKey, recoveryCode, file };
}

/** What the app does with keys.json from disk: serialise, then read back through the schema. */
function roundTrip(file: KeyFile): KeyFile {
  return parseKeyFile(serialiseKeyFile(file));
}

/** A deliberate edit, checksum recomputed (accidental damage is in damage.test.ts). */
function reparse(file: KeyFile): KeyFile {
  return parseKeyFile(Buffer.from(JSON.stringify(withChecksumRecomputed(file))));
}

describe('tampering with keys.json', () => {
  it('a flipped bit in a slot ciphertext: that slot no longer unlocks, and any other slot reports the file as changed', async () => {
    const { recoveryCode, file } = await setUp();
    for (const field of ['ciphertext', 'nonce', 'tag'] as const) {
      const bad = copy(file);
      bad.slots[0]![field] = flipBit(bad.slots[0]![field], 3);
      const reread = reparse(bad);
      // GCM cannot tell a wrong passphrase from a changed slot, and we don't pretend to.
      await expect(unlockWithPassphrase(reread, passphrase)).rejects.toMatchObject({ code: 'wrong-secret' });
      await expect(unlockWithRecoveryCode(reread, recoveryCode)).rejects.toMatchObject(tampered);
    }
  });

  it('changed KDF parameters (a cheaper scrypt cost or another salt) stop the slot unlocking', async () => {
    const { recoveryCode, file } = await setUp();
    const cheaper = copy(file);
    if (cheaper.slots[0]!.kdf.algorithm !== 'scrypt') throw new Error('expected scrypt first');
    cheaper.slots[0]!.kdf.N = 2 ** 10;
    await expect(unlockWithPassphrase(reparse(cheaper), passphrase)).rejects.toMatchObject({ code: 'wrong-secret' });
    await expect(unlockWithRecoveryCode(reparse(cheaper), recoveryCode)).rejects.toMatchObject(tampered);

    const resalted = copy(file);
    resalted.slots[1]!.kdf = { algorithm: 'hkdf-sha256', salt: randomBytes(16).toString('base64') };
    await expect(unlockWithRecoveryCode(reparse(resalted), recoveryCode)).rejects.toMatchObject({ code: 'wrong-secret' });
    await expect(unlockWithPassphrase(reparse(resalted), passphrase)).rejects.toMatchObject(tampered);
  });

  it('an edited mac is reported as a changed file, even with the right passphrase', async () => {
    const { recoveryCode, file } = await setUp();
    const bad = copy(file);
    bad.mac = flipBit(bad.mac, 31);
    await expect(unlockWithPassphrase(reparse(bad), passphrase)).rejects.toMatchObject(tampered);
    await expect(unlockWithRecoveryCode(reparse(bad), recoveryCode)).rejects.toMatchObject(tampered);
  });

  it('swapped slot kinds are refused as a damaged keys.json before any key work', async () => {
    const { file } = await setUp();
    const bad = copy(file) as unknown as { slots: { kind: string }[] };
    [bad.slots[0]!.kind, bad.slots[1]!.kind] = [bad.slots[1]!.kind, bad.slots[0]!.kind];
    expect(() => parseKeyFile(Buffer.from(JSON.stringify(withChecksumRecomputed(bad as unknown as KeyFile))))).toThrow(expect.objectContaining({ code: 'corrupt', message: expect.stringMatching(/keys\.json/) }));
  });

  it('swapped wrapped keys between slots do not unlock', async () => {
    const { recoveryCode, file } = await setUp();
    const bad = copy(file);
    const [a, b] = [bad.slots[0]!, bad.slots[1]!];
    [a.nonce, a.ciphertext, a.tag, b.nonce, b.ciphertext, b.tag] = [b.nonce, b.ciphertext, b.tag, a.nonce, a.ciphertext, a.tag];
    await expect(unlockWithPassphrase(reparse(bad), passphrase)).rejects.toMatchObject({ code: 'wrong-secret' });
    await expect(unlockWithRecoveryCode(reparse(bad), recoveryCode)).rejects.toMatchObject({ code: 'wrong-secret' });
  });

  it('a changed cipher name, a removed keychain slot or a re-dated slot is caught by the MAC', async () => {
    const { dataKey, file } = await setUp();
    const recipher = copy(file);
    recipher.cipher = 'sqlcipher';
    await expect(unlockWithPassphrase(reparse(recipher), passphrase)).rejects.toMatchObject(tampered);

    const withKeychain = await addKeychainSlot(file, dataKey, fakeKeychain());
    const removed = copy(withKeychain);
    removed.slots.pop();
    await expect(unlockWithPassphrase(reparse(removed), passphrase)).rejects.toMatchObject(tampered);

    const redated = copy(file);
    redated.slots[1]!.createdAt = '2020-01-01T00:00:00.000Z';
    await expect(unlockWithPassphrase(reparse(redated), passphrase)).rejects.toMatchObject(tampered);
  });

  it('a slot planted by someone without the data key (wrapping a key of their own) is caught by the MAC', async () => {
    const { file } = await setUp();
    const attackerKey = randomBytes(32);
    const attacker = await addKeychainSlot(
      await createKeyFile({ dataKey: attackerKey, passphrase: 'x', recoveryCode: generateRecoveryCode(), cipher: 'chacha20', kdfParams: fastKdf }),
      attackerKey,
      fakeKeychain(),
    );
    const planted = copy(file);
    planted.slots.push(attacker.slots[2]!);
    await expect(unlockWithPassphrase(reparse(planted), passphrase)).rejects.toMatchObject(tampered);
  });

  it('an unknown extra field is refused as damage', async () => {
    const { file } = await setUp();
    const bad = { ...copy(file), note: 'hello' };
    expect(() => parseKeyFile(Buffer.from(JSON.stringify(bad)))).toThrow(expect.objectContaining({ code: 'corrupt' }));
    const badSlot = copy(file) as unknown as { slots: Record<string, unknown>[] };
    badSlot.slots[0]!.plaintextHint = 'x';
    expect(() => parseKeyFile(Buffer.from(JSON.stringify(badSlot)))).toThrow(expect.objectContaining({ code: 'corrupt' }));
  });

  it('an untouched file still unlocks after a write/read round trip, whatever its key order', async () => {
    const { dataKey, file } = await setUp();
    expect(await unlockWithPassphrase(roundTrip(file), passphrase)).toEqual(dataKey);
    const reordered = Object.fromEntries(Object.entries(copy(file)).reverse()) as KeyFile;
    expect(await unlockWithPassphrase(reparse(reordered), passphrase)).toEqual(dataKey);
  });
});
