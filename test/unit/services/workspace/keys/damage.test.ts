/**
 * Accidental damage to keys.json (a changed byte on disk) is reported as damage, before any
 * passphrase is tried; a passphrase that does not open a sound file is still a wrong passphrase.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createKeyFile,
  generateRecoveryCode,
  keyFileDamagedMessage,
  readKeyFile,
  unlockWithPassphrase,
  unlockWithRecoveryCode,
  writeKeyFileAtomic,
  type KeyFile,
} from '../../../../../electron/services/workspace/keys';
import { fastKdf, passphrase, tempFolder } from './helpers';

const newFolder = tempFolder();

const damaged = { code: 'corrupt', message: keyFileDamagedMessage };

async function workspaceKeys(): Promise<{ file: string; keys: KeyFile; dataKey: Buffer; recoveryCode: string }> {
  const dataKey = randomBytes(32);
  const recoveryCode = generateRecoveryCode();
  const keys = await createKeyFile({ dataKey, passphrase, recoveryCode, cipher: 'chacha20', kdfParams: fastKdf });
  const file = path.join(newFolder(), 'keys.json');
  await writeKeyFileAtomic(file, keys);
  return { file, keys, dataKey, recoveryCode };
}

/** Changes one base64 character of a stored value on disk to another, as a bad sector or a careless edit would. */
function damageOnDisk(file: string, value: string): void {
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf(`"${value}"`);
  expect(at).toBeGreaterThan(0);
  const index = at + 3;
  const replacement = text[index] === 'A' ? 'B' : 'A';
  writeFileSync(file, text.slice(0, index) + replacement + text.slice(index + 1));
}

function saltOf(slot: KeyFile['slots'][number]): string {
  if (!('salt' in slot.kdf)) throw new Error('expected a slot with a salt');
  return slot.kdf.salt;
}

describe('a damaged keys.json', () => {
  const fields: Array<[string, (keys: KeyFile) => string]> = [
    ['salt', (keys) => saltOf(keys.slots[0]!)],
    ['nonce', (keys) => keys.slots[0]!.nonce],
    ['wrapped key (ciphertext)', (keys) => keys.slots[0]!.ciphertext],
    ['recovery slot salt', (keys) => saltOf(keys.slots[1]!)],
  ];

  it.each(fields)('a changed %s is reported as a damaged key file, not a wrong passphrase', async (_name, valueOf) => {
    const { file, keys } = await workspaceKeys();
    damageOnDisk(file, valueOf(keys));
    const before = readFileSync(file);
    await expect(readKeyFile(file)).rejects.toMatchObject(damaged);
    // Reading never repairs or rewrites the file.
    expect(readFileSync(file)).toEqual(before);
  });

  it('the message says how to recover, and that backups inside the folder do not hold keys.json', () => {
    expect(keyFileDamagedMessage).toMatch(/^The workspace's key file \(keys\.json\) is damaged/);
    expect(keyFileDamagedMessage).toMatch(/earlier copy of the whole workspace folder/);
    expect(keyFileDamagedMessage).toMatch(/backups inside the folder hold only the database/);
    expect(keyFileDamagedMessage).toMatch(/Nothing in the workspace was changed\.$/);
  });

  it('a wrong passphrase on a sound key file is still a wrong passphrase', async () => {
    const { file } = await workspaceKeys();
    const keys = await readKeyFile(file);
    await expect(unlockWithPassphrase(keys, 'not the passphrase')).rejects.toMatchObject({
      code: 'wrong-secret',
      message: 'The passphrase does not unlock this workspace.',
    });
  });

  it('a sound key file opens with the passphrase and with the recovery code', async () => {
    const { file, dataKey, recoveryCode } = await workspaceKeys();
    const keys = await readKeyFile(file);
    expect(await unlockWithPassphrase(keys, passphrase)).toEqual(dataKey);
    expect(await unlockWithRecoveryCode(keys, recoveryCode)).toEqual(dataKey);
  });

  it('a key file written before checksums existed still opens, and a wrong passphrase there stays a wrong passphrase', async () => {
    const { file, dataKey } = await workspaceKeys();
    const older = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    delete older.checksum;
    writeFileSync(file, JSON.stringify(older, null, 2));
    const keys = await readKeyFile(file);
    expect(await unlockWithPassphrase(keys, passphrase)).toEqual(dataKey);
    await expect(unlockWithPassphrase(keys, 'not the passphrase')).rejects.toMatchObject({ code: 'wrong-secret' });
  });

  it('a changed checksum is itself damage', async () => {
    const { file, keys } = await workspaceKeys();
    damageOnDisk(file, keys.checksum!);
    await expect(readKeyFile(file)).rejects.toMatchObject(damaged);
  });
});
