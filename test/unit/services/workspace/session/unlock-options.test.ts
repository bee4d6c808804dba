/**
 * The unlock screen offers the keychain only for a workspace whose keys.json really holds a
 * keychain slot, read without any secret through the same strict parser as an unlock.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../electron/services';
import { addKeychainSlot, computeChecksum } from '../../../../../electron/services/workspace/keys';
import { createTestKeychain } from '../../../../e2e/host/keychain';
import { createRig, testPassphrase, type TestRig } from './helpers';

let rig: TestRig;
let dir: string;
beforeEach(async () => {
  rig = createRig();
  ({ path: dir } = await rig.core.session.create(rig.dataDir, 'Child M', testPassphrase));
});
afterEach(() => rig.cleanup());

const options = async (at = dir) => {
  const result = await dispatch(rig.core.handlers, 'workspace:unlock-options', { path: at });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};
const keysFile = () => path.join(dir, 'keys.json');

describe('unlock options', () => {
  it('offers no keychain for a workspace made without one', async () => {
    await rig.core.session.lock('user');
    expect(await options()).toEqual({ keychain: false });
  });

  it('offers the keychain once the workspace has a keychain slot, and not after it is removed', async () => {
    const open = rig.core.session.require();
    await rig.core.session.saveKeyFile(await addKeychainSlot(open.keyFile, open.dataKey, createTestKeychain()));
    await rig.core.session.lock('user');
    expect(await options()).toEqual({ keychain: true });

    await rig.core.session.unlock(dir, 'passphrase', testPassphrase);
    expect((await dispatch(rig.core.handlers, 'workspace:keychain-remove', {})).ok).toBe(true);
    await rig.core.session.lock('user');
    expect(await options()).toEqual({ keychain: false });
  });

  it('does not take keys.json’s word for a keychain slot that holds no key', async () => {
    await rig.core.session.lock('user');
    const file = JSON.parse(readFileSync(keysFile(), 'utf8')) as { slots: object[]; checksum?: string; mac: string };
    const [passphrase] = file.slots as Array<Record<string, unknown>>;
    // A slot that says "keychain" but seals nothing: not what the app writes, so not offered.
    file.slots.push({ ...passphrase, id: 'keychain-claim', kind: 'keychain', kdf: { algorithm: 'os-keychain', sealedKey: '' } });
    const { checksum: _old, ...rest } = file;
    writeFileSync(keysFile(), JSON.stringify({ ...rest, checksum: computeChecksum(rest as never) }, null, 2));
    expect(await options()).toEqual({ keychain: false });
  });

  it('offers nothing extra when keys.json is missing or damaged (the unlock itself says what is wrong)', async () => {
    await rig.core.session.lock('user');
    expect(await options(path.join(rig.dataDir, 'Nowhere.review'))).toEqual({ keychain: false });
    writeFileSync(keysFile(), '{ not json');
    expect(await options()).toEqual({ keychain: false });
  });
});
