import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../../shared/errors';
import { acquireLock, processIsAlive, readLock } from '../../../../../electron/services/workspace/lock';
import { fixedClock, tempDir } from '../db/helpers';

const lockPath = (dir: string) => path.join(dir, 'workspace.lock');

function caught(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

/** The pid of a process that has certainly exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  expect(processIsAlive(child.pid!)).toBe(false);
  return child.pid!;
}

function writeLock(dir: string, lock: object | string) {
  writeFileSync(lockPath(dir), typeof lock === 'string' ? lock : JSON.stringify(lock));
}

describe('acquireLock', () => {
  it('creates workspace.lock with pid, host, start time and app, readable only by the user', () => {
    const dir = tempDir('prw-lock-');
    const lock = acquireLock(dir, { app: 'Practice Review Workspace 0.1.0', clock: fixedClock('2026-11-26T16:30:00.000Z') });
    const written = JSON.parse(readFileSync(lockPath(dir), 'utf8'));
    expect(written).toEqual({ pid: process.pid, host: os.hostname(), startedAt: '2026-11-26T16:30:00.000Z', app: 'Practice Review Workspace 0.1.0' });
    expect(lock.info).toEqual(written);
    expect(readLock(dir)).toEqual(written);
    if (process.platform !== 'win32') expect(statSync(lockPath(dir)).mode & 0o777).toBe(0o600);
    lock.release();
    expect(existsSync(lockPath(dir))).toBe(false);
    expect(readLock(dir)).toBeNull();
  });

  it('refuses a second writer while the first is alive, saying who holds it — even with breakStale', () => {
    const dir = tempDir('prw-lock-');
    const first = acquireLock(dir, { clock: fixedClock('2026-11-26T16:30:00.000Z') });
    const error = caught(() => acquireLock(dir));
    expect(error.code).toBe('locked');
    expect(error.message).toBe(
      `This workspace is open in another window or app (process ${process.pid} on ${os.hostname()}, since 2026-11-26T16:30:00.000Z). Close it there first.`,
    );
    expect(caught(() => acquireLock(dir, { breakStale: true })).code).toBe('locked');
    expect(JSON.parse(readFileSync(lockPath(dir), 'utf8'))).toEqual(first.info);
    first.release();
    acquireLock(dir).release();
  });

  it('reports a lock left by a process that is gone as stale, and replaces it only when asked', () => {
    const dir = tempDir('prw-lock-');
    const pid = deadPid();
    writeLock(dir, { pid, host: os.hostname(), startedAt: '2026-11-25T08:00:00.000Z', app: 'Practice Review Workspace 0.1.0' });
    const error = caught(() => acquireLock(dir));
    expect(error.code).toBe('stale-lock');
    expect(error.message).toContain(`process ${pid}`);
    expect(error.message).toMatch(/no longer running/);
    expect(readLock(dir)).toMatchObject({ pid });

    const lock = acquireLock(dir, { breakStale: true });
    expect(readLock(dir)).toMatchObject({ pid: process.pid });
    lock.release();
  });

  it('treats an unreadable lock file as stale', () => {
    const dir = tempDir('prw-lock-');
    for (const junk of ['', '{"pid": "x"', '[]', JSON.stringify({ pid: -1, host: 'h', startedAt: 't', app: 'a' })]) {
      writeLock(dir, junk);
      expect(readLock(dir)).toBe('unreadable');
      expect(caught(() => acquireLock(dir)).code).toBe('stale-lock');
      acquireLock(dir, { breakStale: true }).release();
    }
  });

  it('treats a lock from another computer as held, naming the computer, and lets the user break it', () => {
    const dir = tempDir('prw-lock-');
    writeLock(dir, { pid: process.pid, host: 'reviewers-laptop.local', startedAt: '2026-11-26T09:15:00.000Z', app: 'Practice Review Workspace 0.1.0' });
    const error = caught(() => acquireLock(dir));
    expect(error.code).toBe('locked');
    expect(error.message).toContain('reviewers-laptop.local');
    expect(error.message).toMatch(/break the lock/);
    const lock = acquireLock(dir, { breakStale: true });
    expect(readLock(dir)).toMatchObject({ host: os.hostname() });
    lock.release();
  });

  it('release() removes only our own lock, and only once', () => {
    const dir = tempDir('prw-lock-');
    const lock = acquireLock(dir, { isAlive: () => false });
    // Someone broke our lock and took their own.
    writeLock(dir, { pid: 424242, host: 'other-host', startedAt: '2026-11-26T12:00:00.000Z', app: 'prw 0.1.0' });
    lock.release();
    expect(readLock(dir)).toMatchObject({ host: 'other-host' });
    lock.release();
    expect(readLock(dir)).toMatchObject({ host: 'other-host' });
  });

  it('processIsAlive: this process is, an exited one is not', () => {
    expect(processIsAlive(process.pid)).toBe(true);
    expect(processIsAlive(deadPid())).toBe(false);
  });
});
