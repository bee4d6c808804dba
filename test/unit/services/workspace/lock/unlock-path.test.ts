/**
 * The app's way in: `workspace:unlock` as the window sends it. A stale lock is refused with who
 * and when, and opens once the user chooses to break it — including the locks the app could not
 * break before (a pid now used by another program; one left by an earlier core of this process).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../electron/services';
import { appInstanceId, formatLockTime, processStartOf } from '../../../../../electron/services/workspace/lock';
import { createRig, testPassphrase, type TestRig } from '../session/helpers';

let rig: TestRig;
let dir: string;
beforeEach(async () => {
  rig = createRig();
  ({ path: dir } = await rig.core.session.create(rig.dataDir, 'Child M', testPassphrase));
  await rig.core.session.lock('user');
});
afterEach(() => rig.cleanup());

const taken = '2026-12-07T09:12:00.000Z';
const lockFile = () => path.join(dir, 'workspace.lock');
const unlock = (breakStaleLock?: boolean) =>
  dispatch(rig.core.handlers, 'workspace:unlock', { path: dir, method: 'passphrase', secret: testPassphrase, ...(breakStaleLock ? { breakStaleLock } : {}) });

function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

const stale: Array<[string, () => object]> = [
  ['left by an app that is no longer running', () => ({ pid: deadPid(), processStart: '99@boot', host: hostname(), instance: 'gone', startedAt: taken, app: 'Practice Review Workspace' })],
  ['written by an older version, naming a process that is gone', () => ({ pid: deadPid(), host: hostname(), startedAt: taken, app: 'Practice Review Workspace' })],
  ['left by an earlier core of this same app process', () => ({ pid: process.pid, processStart: processStartOf(process.pid), host: hostname(), instance: 'stopped-core', startedAt: taken, app: 'Practice Review Workspace' })],
];
if (process.platform === 'linux') {
  stale.push(['whose pid now belongs to another running program', () => ({ pid: process.ppid, processStart: '1@earlier-boot', host: hostname(), instance: 'x', startedAt: taken, app: 'Practice Review Workspace' })]);
}

describe('workspace:unlock with a stale lock', () => {
  it.each(stale)('a lock %s is refused naming the app, computer and time, then breaks when the user chooses', async (_what, lock) => {
    writeFileSync(lockFile(), JSON.stringify(lock()));
    const refused = await unlock();
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'stale-lock',
        message: expect.stringContaining(`Practice Review Workspace opened it on the computer “${hostname()}” on ${formatLockTime(taken)} and is no longer running.`),
      },
    });
    expect(rig.core.session.status().state).toBe('closed');

    const opened = await unlock(true);
    expect(opened).toMatchObject({ ok: true, value: { state: 'open', name: 'Child M' } });
    expect(JSON.parse(readFileSync(lockFile(), 'utf8'))).toMatchObject({ pid: process.pid, instance: appInstanceId });
  });

  it('never breaks a lock this app holds: a second window is told it is open elsewhere', async () => {
    expect(await unlock()).toMatchObject({ ok: true });
    const other = createRig({}, rig.dataDir);
    try {
      const refused = await dispatch(other.core.handlers, 'workspace:unlock', { path: dir, method: 'passphrase', secret: testPassphrase, breakStaleLock: true });
      expect(refused).toMatchObject({ ok: false, error: { code: 'locked', message: expect.stringContaining('The lock was not broken because that app is still running.') } });
      expect(rig.core.session.status().state).toBe('open');
    } finally {
      await other.core.shutdown();
    }
  });
});
