import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../electron/services';
import { createRig, fingerprint, testPassphrase, type TestRig } from './helpers';

let rig: TestRig;
beforeEach(() => {
  rig = createRig();
});
afterEach(() => rig.cleanup());

async function created() {
  return rig.core.session.create(rig.dataDir, 'Child M', testPassphrase);
}

describe('creating a workspace', () => {
  it('makes Name.review with keys.json and an encrypted workspace.db, opens it and remembers the path', async () => {
    const { path: dir, recoveryCode } = await created();
    expect(dir).toBe(path.join(rig.dataDir, 'Child M.review'));
    expect(existsSync(path.join(dir, 'keys.json'))).toBe(true);
    expect(readFileSync(path.join(dir, 'workspace.db')).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(recoveryCode).toMatch(/^([0-9A-Z]{4}-){8}[0-9A-Z]{4}$/);
    const status = rig.core.session.status();
    expect(status).toMatchObject({ state: 'open', name: 'Child M', path: dir });
    if (status.state === 'open') expect(status.slots.map((slot) => slot.kind).sort()).toEqual(['passphrase', 'recovery']);
    expect(rig.ports.preferences.recentPaths()).toEqual([dir]);
  });

  it('refuses to create over an existing folder and leaves it alone', async () => {
    const { path: dir } = await created();
    await rig.core.session.lock('user');
    const before = fingerprint(dir);
    await expect(created()).rejects.toMatchObject({ code: 'validation', message: expect.stringContaining('already a folder called "Child M.review"') });
    expect(fingerprint(dir)).toEqual(before);
  });
});

describe('locking and unlocking', () => {
  it('unlocks with the passphrase and with the recovery code after a lock, and tells the renderer it locked', async () => {
    const { path: dir, recoveryCode } = await created();
    await rig.core.session.lock('user');
    expect(rig.core.session.status()).toEqual({ state: 'closed' });
    expect(rig.events).toContainEqual({ event: 'workspace:locked', payload: { reason: 'user' } });
    expect(existsSync(path.join(dir, 'workspace.lock'))).toBe(false);

    await rig.core.session.unlock(dir, 'passphrase', testPassphrase);
    expect(rig.core.session.status().state).toBe('open');
    await rig.core.session.lock('user');
    await rig.core.session.unlock(dir, 'recovery-code', recoveryCode.toLowerCase().replaceAll('-', ' '));
    expect(rig.core.session.status().state).toBe('open');
  });

  it('refuses a wrong passphrase with a plain message and changes no file', async () => {
    const { path: dir } = await created();
    await rig.core.session.lock('user');
    const before = fingerprint(dir);
    await expect(rig.core.session.unlock(dir, 'passphrase', 'not the passphrase')).rejects.toMatchObject({
      code: 'wrong-secret',
      message: 'The passphrase does not unlock this workspace.',
    });
    await expect(rig.core.session.unlock(dir, 'recovery-code', 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA')).rejects.toMatchObject({
      code: expect.stringMatching(/wrong-secret|validation/),
    });
    expect(fingerprint(dir)).toEqual(before);
    expect(rig.core.session.status()).toEqual({ state: 'closed' });
  });

  it('refuses a second writer and says who holds the workspace', async () => {
    const { path: dir } = await created();
    const other = createRig({}, rig.dataDir);
    await expect(other.core.session.unlock(dir, 'passphrase', testPassphrase)).rejects.toMatchObject({
      code: 'locked',
      message: expect.stringContaining(`process ${process.pid} on ${hostname()}`),
    });
    expect(rig.core.session.status().state).toBe('open');
  });

  it('detects a lock left by a process that has gone, and opens once the user chooses to break it', async () => {
    const { path: dir } = await created();
    await rig.core.session.lock('user');
    const dead = { pid: 2 ** 22 - 3, host: hostname(), startedAt: '2026-11-25T10:00:00.000Z', app: 'Practice Review Workspace' };
    writeFileSync(path.join(dir, 'workspace.lock'), JSON.stringify(dead));
    await expect(rig.core.session.unlock(dir, 'passphrase', testPassphrase)).rejects.toMatchObject({ code: 'stale-lock' });
    await rig.core.session.unlock(dir, 'passphrase', testPassphrase, true);
    expect(rig.core.session.status().state).toBe('open');
    expect(JSON.parse(readFileSync(path.join(dir, 'workspace.lock'), 'utf8'))).toMatchObject({ pid: process.pid });
  });
});

describe('auto-lock', () => {
  it('locks when the computer suspends or the screen locks', async () => {
    await created();
    rig.firePower('suspend');
    // The window is told once the lock is complete (its audit entry and anchor written, the file closed).
    await waitUntil(() => rig.events.some((event) => event.event === 'workspace:locked' && (event.payload as { reason: string }).reason === 'suspend'));
    expect(rig.core.session.status().state).toBe('closed');

    await rig.core.session.unlock(path.join(rig.dataDir, 'Child M.review'), 'passphrase', testPassphrase);
    rig.firePower('lock-screen');
    // The window is told once the lock is complete (its audit entry and anchor written, the file closed).
    await waitUntil(() => rig.events.some((event) => event.event === 'workspace:locked' && (event.payload as { reason: string }).reason === 'screen-lock'));
    expect(rig.core.session.status().state).toBe('closed');
  });

  it('locks after the configured idle minutes, and activity postpones it', async () => {
    rig.ports.preferences.saveSettings({ ...rig.ports.preferences.settings(), autoLockMinutes: 5 });
    await created();
    rig.advance(4 * 60_000);
    await dispatch(rig.core.handlers, 'workspace:activity', {});
    rig.advance(4 * 60_000);
    expect(rig.core.session.status().state).toBe('open');
    rig.advance(60_000);
    // The window is told once the lock is complete (its audit entry and anchor written, the file closed).
    await waitUntil(() => rig.events.some((event) => event.event === 'workspace:locked' && (event.payload as { reason: string }).reason === 'idle'));
    expect(rig.core.session.status().state).toBe('closed');
  });
});

async function waitUntil(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(condition()).toBe(true);
}
