/**
 * Changes that reached the disk without their audit entry, because the app was stopped between
 * the two (the kill loop found each): the next unlock records them, once, as "-found-at-unlock".
 * The ordinary flows record nothing of the kind.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup, restoreBackup } from '../../../../../electron/services/workspace/backup';
import { changePassphrase, keyFileName, readKeyFile, unlockWithPassphrase, writeKeyFileAtomic } from '../../../../../electron/services/workspace/keys';
import { auditRows, call, useWorkspace } from '../../reviews/helpers';
import { fastKdf, testPassphrase } from './helpers';

const workspace = useWorkspace();
const unlockWith = (secret = testPassphrase) => call(workspace.rig, 'workspace:unlock', { path: workspace.dir, method: 'passphrase', secret });
const found = () => auditRows(workspace.rig).filter((row) => row.action.endsWith('-found-at-unlock'));

async function dataKey(passphrase = testPassphrase): Promise<Buffer> {
  return unlockWithPassphrase(await readKeyFile(path.join(workspace.dir, keyFileName)), passphrase);
}

describe('records found missing at unlock', () => {
  it('a passphrase changed by an app stopped before it wrote the entry: recorded once, at the next unlock', async () => {
    const { rig, dir } = workspace;
    await rig.core.session.lock('user');
    rig.advance(60_000);
    const next = 'amber falcon ledger 88';
    const file = path.join(dir, keyFileName);
    const key = await dataKey();
    await writeKeyFileAtomic(file, await changePassphrase(await readKeyFile(file), key, next, { kdfParams: fastKdf, now: () => rig.ports.timers.now() }));
    key.fill(0);

    await unlockWith(next);
    expect(found().map((row) => row.action)).toEqual(['passphrase.changed-found-at-unlock']);
    await rig.core.session.lock('user');
    await unlockWith(next);
    expect(found()).toHaveLength(1);
  });

  it('a restore stopped before its entry: recorded with the file it set aside; the restored backup is not reported', async () => {
    const { rig, dir } = workspace;
    await call(rig, 'review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
    const backup = await call(rig, 'backup:create', {});
    await rig.core.session.lock('user');
    rig.advance(60_000);
    const key = await dataKey();
    const { setAside } = await restoreBackup(dir, backup.name, key, { clock: () => rig.ports.timers.now() });
    key.fill(0);

    await unlockWith();
    expect(found().map((row) => [row.action, row.entity_id])).toEqual([['backup.restored-found-at-unlock', setAside]]);
  });

  it('a backup stopped before its entry: recorded with its name', async () => {
    const { rig, dir } = workspace;
    const info = await createBackup(rig.core.session.require().db, dir, { clock: () => rig.ports.timers.now() });
    await rig.core.session.lock('user');
    await unlockWith();
    expect(found().map((row) => [row.action, row.entity_id])).toEqual([['backup.created-found-at-unlock', info.name]]);
  });

  it('backups, restores and passphrase changes made in the app: nothing found', async () => {
    const { rig } = workspace;
    const first = await call(rig, 'backup:create', {});
    rig.advance(60_000);
    await call(rig, 'review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
    await call(rig, 'backup:create', {});
    rig.advance(60_000);
    await call(rig, 'workspace:change-passphrase', { current: testPassphrase, next: 'amber falcon ledger 88' });
    rig.advance(60_000);
    await call(rig, 'backup:restore', { path: workspace.dir, method: 'passphrase', secret: 'amber falcon ledger 88', backup: first.name });
    expect(auditRows(rig).filter((row) => row.action === 'backup.restored')).toHaveLength(1);
    await rig.core.session.lock('user');
    await unlockWith('amber falcon ledger 88');
    expect(found()).toEqual([]);
  });
});
