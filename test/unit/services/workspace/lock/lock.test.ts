import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../../shared/errors';
import {
  acquireLock,
  appInstanceId,
  forCommandLine,
  formatLockTime,
  LockError,
  processIsAlive,
  processStartOf,
  readLock,
} from '../../../../../electron/services/workspace/lock';
import { fixedClock, tempDir } from '../db/helpers';

const lockPath = (dir: string) => path.join(dir, 'workspace.lock');
const onLinux = process.platform === 'linux';

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

const taken = '2026-12-07T09:12:00.000Z';
const when = formatLockTime(taken)!;

describe('acquireLock', () => {
  it('creates workspace.lock with pid, process start, host, instance, time and app, readable only by the user', () => {
    const dir = tempDir('prw-lock-');
    const lock = acquireLock(dir, { app: 'Practice Review Workspace 0.1.0', clock: fixedClock('2026-11-26T16:30:00.000Z') });
    const written = JSON.parse(readFileSync(lockPath(dir), 'utf8'));
    expect(written).toEqual({
      pid: process.pid,
      processStart: processStartOf(process.pid),
      host: os.hostname(),
      instance: appInstanceId,
      startedAt: '2026-11-26T16:30:00.000Z',
      app: 'Practice Review Workspace 0.1.0',
    });
    if (onLinux) expect(written.processStart).toMatch(/^\d+@/);
    expect(lock.info).toEqual(written);
    expect(readLock(dir)).toEqual(written);
    if (process.platform !== 'win32') expect(statSync(lockPath(dir)).mode & 0o777).toBe(0o600);
    lock.release();
    expect(existsSync(lockPath(dir))).toBe(false);
    expect(readLock(dir)).toBeNull();
  });

  it('refuses a second writer in this same app while the first holds it, saying who — even when asked to break it', () => {
    const dir = tempDir('prw-lock-');
    const first = acquireLock(dir, { app: 'Practice Review Workspace', clock: fixedClock(taken) });
    const error = caught(() => acquireLock(dir));
    expect(error.code).toBe('locked');
    expect(error.message).toBe(
      `This workspace is open in another window or app (Practice Review Workspace, process ${process.pid} on ${os.hostname()}, since ${when}). Close it there first.`,
    );
    const asked = caught(() => acquireLock(dir, { breakStale: true }));
    expect(asked.code).toBe('locked');
    expect(asked.message).toContain('The lock was not broken because that app is still running.');
    expect(JSON.parse(readFileSync(lockPath(dir), 'utf8'))).toEqual(first.info);
    first.release();
    acquireLock(dir).release();
  });

  it('reports a lock left by a process that is gone as stale, naming the app, computer and time, and replaces it only when asked', () => {
    const dir = tempDir('prw-lock-');
    const pid = deadPid();
    writeLock(dir, { pid, processStart: '123@boot', host: os.hostname(), instance: 'earlier', startedAt: taken, app: 'Practice Review Workspace' });
    const error = caught(() => acquireLock(dir));
    expect(error.code).toBe('stale-lock');
    expect(error.message).toBe(
      `This workspace was not closed properly. Practice Review Workspace opened it on the computer “${os.hostname()}” on ${when} and is no longer running. ` +
        'If no other copy of the app has it open, you can open it anyway.',
    );
    expect(readLock(dir)).toMatchObject({ pid });

    const lock = acquireLock(dir, { breakStale: true });
    expect(readLock(dir)).toMatchObject({ pid: process.pid, instance: appInstanceId });
    lock.release();
  });

  it.runIf(onLinux)('treats a lock whose pid now belongs to another running program as stale', () => {
    const dir = tempDir('prw-lock-');
    // The parent process is alive, but it is not the program that took this lock.
    writeLock(dir, { pid: process.ppid, processStart: '1@an-earlier-boot', host: os.hostname(), instance: 'x', startedAt: taken, app: 'Practice Review Workspace' });
    expect(caught(() => acquireLock(dir)).code).toBe('stale-lock');
    const lock = acquireLock(dir, { breakStale: true });
    expect(readLock(dir)).toMatchObject({ pid: process.pid });
    lock.release();
  });

  it.runIf(onLinux)('refuses a lock held by another running program with the same start time, even when asked to break it', () => {
    const dir = tempDir('prw-lock-');
    const holder = { pid: process.ppid, processStart: processStartOf(process.ppid), host: os.hostname(), instance: 'other', startedAt: taken, app: 'prw' };
    writeLock(dir, holder);
    const error = caught(() => acquireLock(dir, { breakStale: true }));
    expect(error.code).toBe('locked');
    expect(error.message).toContain(`prw, process ${process.ppid} on ${os.hostname()}`);
    expect(readLock(dir)).toEqual(holder);
  });

  it('treats a lock naming this process but left by an earlier core of it as stale', () => {
    const dir = tempDir('prw-lock-');
    // As a core thread that stopped would leave it if the app could not remove it: same pid, same start.
    writeLock(dir, { pid: process.pid, processStart: processStartOf(process.pid), host: os.hostname(), instance: 'a-core-that-stopped', startedAt: taken, app: 'Practice Review Workspace' });
    expect(caught(() => acquireLock(dir)).code).toBe('stale-lock');
    acquireLock(dir, { breakStale: true }).release();
  });

  describe('locks written before process start and instance were recorded', () => {
    const old = (pid: number) => ({ pid, host: os.hostname(), startedAt: taken, app: 'Practice Review Workspace 0.1.0' });

    it('are read, and stale when their process is gone', () => {
      const dir = tempDir('prw-lock-');
      const pid = deadPid();
      writeLock(dir, old(pid));
      expect(readLock(dir)).toEqual(old(pid));
      expect(caught(() => acquireLock(dir)).code).toBe('stale-lock');
      acquireLock(dir, { breakStale: true }).release();
    });

    it('are held while another process with that pid runs (liveness is all they tell)', () => {
      const dir = tempDir('prw-lock-');
      writeLock(dir, old(process.ppid));
      expect(caught(() => acquireLock(dir, { breakStale: true })).code).toBe('locked');
    });

    it('are stale when they name this process, which never wrote one like that', () => {
      const dir = tempDir('prw-lock-');
      writeLock(dir, old(process.pid));
      expect(caught(() => acquireLock(dir)).code).toBe('stale-lock');
    });
  });

  it('treats an unreadable lock file as stale', () => {
    const dir = tempDir('prw-lock-');
    for (const junk of ['', '{"pid": "x"', '[]', JSON.stringify({ pid: -1, host: 'h', startedAt: 't', app: 'a' })]) {
      writeLock(dir, junk);
      expect(readLock(dir)).toBe('unreadable');
      const error = caught(() => acquireLock(dir));
      expect(error.code).toBe('stale-lock');
      expect(error.message).toContain('the lock file is damaged');
      acquireLock(dir, { breakStale: true }).release();
    }
  });

  it('cannot check a lock from another computer, so names the computer and lets the user break it', () => {
    const dir = tempDir('prw-lock-');
    writeLock(dir, { pid: process.pid, host: 'reviewers-laptop.local', startedAt: taken, app: 'Practice Review Workspace 0.1.0' });
    const error = caught(() => acquireLock(dir));
    // The code the app offers "Open anyway" for.
    expect(error.code).toBe('stale-lock');
    expect(error.message).toBe(
      `This workspace is open on another computer (Practice Review Workspace 0.1.0 on reviewers-laptop.local, since ${when}), or that copy of the app stopped without closing it. ` +
        'Close it there first. If you are sure it is not open there, you can open it anyway.',
    );
    const lock = acquireLock(dir, { breakStale: true });
    expect(readLock(dir)).toMatchObject({ host: os.hostname() });
    lock.release();
  });

  it('on the command line, names the option instead of the button', () => {
    const dir = tempDir('prw-lock-');
    writeLock(dir, { pid: deadPid(), host: os.hostname(), startedAt: taken, app: 'prw' });
    let error: unknown;
    try {
      acquireLock(dir);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(LockError);
    const worded = forCommandLine(error as LockError);
    expect(worded.code).toBe('stale-lock');
    expect(worded.message).toMatch(/If no other copy of the app has it open, run the command again with --break-stale-lock\.$/);
    expect(worded.message).toContain(`prw opened it on the computer “${os.hostname()}” on ${when}`);
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
});

describe('process identity', () => {
  it('processIsAlive: this process is, an exited one is not', () => {
    expect(processIsAlive(process.pid)).toBe(true);
    expect(processIsAlive(deadPid())).toBe(false);
  });

  it.runIf(onLinux)('processStartOf: stable for one process, different for another, null for one that is gone', () => {
    const mine = processStartOf(process.pid);
    expect(mine).toMatch(/^\d+@[0-9a-f-]+$/);
    expect(processStartOf(process.pid)).toBe(mine);
    expect(processStartOf(process.ppid)).not.toBe(mine);
    expect(processStartOf(deadPid())).toBeNull();
  });

  it('formatLockTime: day first, in words, with the 24-hour time', () => {
    expect(formatLockTime('2026-12-07T09:12:00.000Z', 'Europe/London')).toBe('Monday 7 December 2026 at 09:12');
    expect(formatLockTime('2026-07-06T17:05:00.000Z', 'Europe/London')).toBe('Monday 6 July 2026 at 18:05');
    expect(formatLockTime('not a time')).toBeNull();
  });
});
