/**
 * Damage found at unlock (issue #14): a damaged middle page, which a plain unlock never reads.
 * The app checks every page a moment after unlocking and locks the workspace when one fails; the
 * next unlock says it is damaged, that nothing was changed, and offers the newest backup with its
 * date. The command line checks before its command and names the restore command.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMoment } from '../../../../../shared/dates/moment';
import { root } from '../../../cli/run';
import { call, failure, useWorkspace } from '../../reviews/helpers';
import { testPassphrase } from '../session/helpers';
import { damageChronology, reviewWithEntries } from './helpers';

const workspace = useWorkspace();
const unlockInput = () => ({ path: workspace.dir, method: 'passphrase' as const, secret: testPassphrase });

/** Takes a backup and returns it as the backups list shows it (with the time it was taken). */
async function newestBackup() {
  const { rig, dir } = workspace;
  const { name } = await call(rig, 'backup:create', {});
  const listed = (await call(rig, 'backup:list', { path: dir })).find((backup) => backup.name === name);
  return listed!;
}

function prw(...args: string[]) {
  return spawnSync(process.execPath, [path.join(root, 'bin/prw.cjs'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, PRW_PASSPHRASE: testPassphrase, PRW_DISPLAY_NAME: 'CLI tester' },
  });
}

describe('a damaged middle page, found at unlock', () => {
  it('in the app: a moment after unlocking the workspace locks itself and says why; the next unlock offers the newest backup with its date; restoring it opens the review', async () => {
    const { rig, dir } = workspace;
    const reviewId = await reviewWithEntries(rig);
    const backup = await newestBackup();
    await damageChronology(rig, dir);

    await call(rig, 'workspace:unlock', unlockInput());
    rig.events.length = 0;
    // The check runs a moment after the first screen, as time passing runs it here.
    rig.advance(2_000);
    await expect.poll(() => rig.events).toContainEqual({ event: 'workspace:locked', payload: { reason: 'damaged' } });
    expect(rig.core.session.status().state).toBe('closed');

    const refused = await failure(rig, 'workspace:unlock', unlockInput());
    expect(refused.code).toBe('corrupt');
    expect(refused.message).toContain('Part of workspace.db in this workspace is damaged, so the workspace cannot be opened. Nothing was changed.');
    expect(refused.message).toContain(`Restore it from the newest backup, taken on ${formatMoment(backup.takenAt)}: choose “Restore from a backup” below.`);
    expect(rig.core.session.status().state).toBe('closed');

    await call(rig, 'backup:restore', { ...unlockInput(), backup: backup.name });
    expect((await call(rig, 'review:list', {})).map((review) => review.id)).toEqual([reviewId]);
    expect((await call(rig, 'chronology:list', { reviewId, anonymised: false })).total).toBe(3_000);
  });

  it('a sound workspace stays open after the check', async () => {
    const { rig } = workspace;
    await reviewWithEntries(rig);
    await rig.core.session.lock('user');
    await call(rig, 'workspace:unlock', unlockInput());
    rig.advance(2_000);
    expect(await rig.core.session.checkForDamage()).toBe(true);
    expect(rig.core.session.status().state).toBe('open');
  });

  it('without a backup, says there is none and what else to use', async () => {
    const { rig, dir } = workspace;
    await reviewWithEntries(rig);
    await damageChronology(rig, dir);
    await call(rig, 'workspace:unlock', unlockInput());
    expect(await rig.core.session.checkForDamage()).toBe(false);
    const refused = await failure(rig, 'workspace:unlock', unlockInput());
    expect(refused.message).toContain("There is no backup in this workspace's backups folder. If you keep a copy of the workspace folder elsewhere, use that copy.");
  });

  it('on the command line: refused before the command runs, naming the backup to restore and the command', async () => {
    const { rig, dir } = workspace;
    await reviewWithEntries(rig);
    const backup = await newestBackup();
    await damageChronology(rig, dir);

    const listed = prw('review', 'list', dir);
    expect(listed.status).toBe(1);
    expect(listed.stdout).toBe('');
    expect(listed.stderr.trim().split('\n')).toHaveLength(1);
    expect(listed.stderr).toContain('Part of workspace.db in this workspace is damaged, so the workspace cannot be opened. Nothing was changed.');
    expect(listed.stderr).toContain(`taken on ${formatMoment(backup.takenAt)}: run: prw backup restore "${dir}" ${backup.name}.`);

    const restored = prw('backup', 'restore', dir, backup.name);
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);
    expect(prw('review', 'list', dir).status).toBe(0);
  });
});
