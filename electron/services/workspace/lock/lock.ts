/**
 * The single-writer lock: `<workspace>/workspace.lock`, created exclusively (O_EXCL) with
 * {pid, processStart, host, instance, startedAt, app}. A second app instance — or a second
 * window — finds it and is refused with who holds it. A stale lock (verdict.ts: its process is
 * gone, or the pid now names another program, or an earlier core of this process left it) can be
 * broken by the user; a lock from another computer cannot be checked from here, so it counts as
 * held but names the computer, and the user may break it if they know that copy is closed.
 *
 * This guards against our own app only; SQLite's file locks still protect the database itself.
 */
import { closeSync, fsyncSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { productName } from '../../../../shared/product';
import { createLogger } from '../../log';
import { systemClock, type Clock } from '../db/clock';
import { parseLock, type LockInfo } from './lock-info';
import { LockError, type LockSurface } from './messages';
import { appInstanceId, processIsAlive, processStartOf } from './process-identity';
import { judge, type Self } from './verdict';

const log = createLogger('workspace.lock');

export const lockFileName = 'workspace.lock';

export interface AcquireLockOptions {
  /** Replace a stale lock, or one held from another computer. Never a live lock on this computer. */
  breakStale?: boolean;
  /** Recorded in the lock, e.g. "Practice Review Workspace 0.1.0" or "prw 0.1.0". */
  app?: string;
  clock?: Clock;
  /** Who reads the refusal; the app's wording when absent. */
  surface?: LockSurface;
  /** For tests: this process's identity and the checks on the holder. */
  pid?: number;
  host?: string;
  instance?: string;
  isAlive?: (pid: number) => boolean;
  processStartOf?: (pid: number) => string | null;
}

export interface WorkspaceLock {
  readonly file: string;
  readonly info: LockInfo;
  /** Removes the lock file if it is still ours; safe to call more than once. */
  release(): void;
}

/** What holds a workspace right now, for a status line: null when unlocked, 'unreadable' for a damaged lock file. */
export function readLock(workspaceDir: string): LockInfo | 'unreadable' | null {
  const text = readIfPresent(path.join(workspaceDir, lockFileName));
  if (text === undefined) return null;
  return parseLock(text) ?? 'unreadable';
}

export function acquireLock(workspaceDir: string, options: AcquireLockOptions = {}): WorkspaceLock {
  const file = path.join(workspaceDir, lockFileName);
  const probe = { isAlive: options.isAlive ?? processIsAlive, processStartOf: options.processStartOf ?? processStartOf };
  const pid = options.pid ?? process.pid;
  const self: Self = { pid, host: options.host ?? os.hostname(), processStart: probe.processStartOf(pid), instance: options.instance ?? appInstanceId };
  const info: LockInfo = {
    pid: self.pid,
    processStart: self.processStart,
    host: self.host,
    instance: self.instance,
    startedAt: (options.clock ?? systemClock)().toISOString(),
    app: options.app ?? productName,
  };
  const breakStale = options.breakStale ?? false;
  const surface = options.surface ?? 'app';
  const text = JSON.stringify(info, null, 2) + '\n';

  // Two attempts: the second only after removing a stale lock the user chose to break.
  for (let attempt = 0; attempt < 2; attempt++) {
    if (tryCreate(file, text)) return ownLock(file, info, text);
    const existingText = readIfPresent(file);
    if (existingText === undefined) continue; // released between our two calls: try again
    const holder = parseLock(existingText);
    // A live lock is never broken, whatever was asked: the check comes before breakStale.
    const verdict = judge(holder, self, probe);
    if (verdict === 'held-here' || !breakStale) throw new LockError(verdict, holder, breakStale, surface);
    // Remove only the lock we inspected: if it changed meanwhile, someone else got there first.
    if (readIfPresent(file) === existingText) {
      unlinkSync(file);
      log.warn('broke a workspace lock', { reason: holder ? verdict : 'unreadable' });
    }
  }
  const now = readIfPresent(file);
  const holder = now === undefined ? undefined : parseLock(now);
  throw new LockError(holder ? 'held-here' : 'stale', holder, breakStale, surface);
}

function tryCreate(file: string, text: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return true;
}

function ownLock(file: string, info: LockInfo, text: string): WorkspaceLock {
  let released = false;
  return {
    file,
    info,
    release() {
      if (released) return;
      released = true;
      // Someone may have broken our lock and taken their own: leave theirs alone.
      if (readIfPresent(file) === text) unlinkSync(file);
    },
  };
}

function readIfPresent(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
