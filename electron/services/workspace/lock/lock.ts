/**
 * The single-writer lock: `<workspace>/workspace.lock`, created exclusively (O_EXCL) with
 * {pid, host, startedAt, app}. A second app instance — or a second window — finds it and is
 * refused with who holds it. A lock whose process is gone (same host) is stale and can be broken
 * by the user; a lock from another host cannot be checked from here, so it counts as held but
 * names the host, and the user may break it if they know that copy is closed.
 *
 * This guards against our own app only; SQLite's file locks still protect the database itself.
 */
import { closeSync, fsyncSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../../shared/errors';
import { productName } from '../../../../shared/product';
import { createLogger } from '../../log';
import { systemClock, type Clock } from '../db/clock';

const log = createLogger('workspace.lock');

export const lockFileName = 'workspace.lock';

const lockSchema = z.object({
  pid: z.number().int().positive(),
  host: z.string().min(1).max(255),
  startedAt: z.string().min(1).max(64),
  app: z.string().max(200),
});

export type LockInfo = z.infer<typeof lockSchema>;

export interface AcquireLockOptions {
  /** Replace a lock whose process is gone, or one held from another computer. Never a live lock on this computer. */
  breakStale?: boolean;
  /** Recorded in the lock, e.g. "Practice Review Workspace 0.1.0" or "prw 0.1.0". */
  app?: string;
  clock?: Clock;
  /** For tests: this process's identity and the liveness check. */
  pid?: number;
  host?: string;
  isAlive?: (pid: number) => boolean;
}

export interface WorkspaceLock {
  readonly file: string;
  readonly info: LockInfo;
  /** Removes the lock file if it is still ours; safe to call more than once. */
  release(): void;
}

/** What holds a workspace right now, for a status line: null when unlocked, 'unreadable' for a damaged lock file. */
export function readLock(workspaceDir: string): LockInfo | 'unreadable' | null {
  const file = path.join(workspaceDir, lockFileName);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return parseLock(text) ?? 'unreadable';
}

export function acquireLock(workspaceDir: string, options: AcquireLockOptions = {}): WorkspaceLock {
  const file = path.join(workspaceDir, lockFileName);
  const info: LockInfo = {
    pid: options.pid ?? process.pid,
    host: options.host ?? os.hostname(),
    startedAt: (options.clock ?? systemClock)().toISOString(),
    app: options.app ?? productName,
  };
  const isAlive = options.isAlive ?? processIsAlive;
  const text = JSON.stringify(info, null, 2) + '\n';

  // Two attempts: the second only after removing a stale lock the user chose to break.
  for (let attempt = 0; attempt < 2; attempt++) {
    if (tryCreate(file, text)) return ownLock(file, info, text);
    const existingText = readIfPresent(file);
    if (existingText === undefined) continue; // released between our two calls: try again
    const holder = parseLock(existingText);
    const verdict = judge(holder, info.host, isAlive);
    if (verdict === 'held-here') throw heldHere(holder!);
    if (!options.breakStale) throw verdict === 'held-elsewhere' ? heldElsewhere(holder!) : staleError(holder);
    // Remove only the lock we inspected: if it changed meanwhile, someone else got there first.
    if (readIfPresent(file) === existingText) {
      unlinkSync(file);
      log.warn('broke a workspace lock', { reason: verdict, sameHost: holder?.host === info.host });
    }
  }
  const now = readIfPresent(file);
  const holder = now === undefined ? undefined : parseLock(now);
  throw holder ? heldHere(holder) : staleError(undefined);
}

type Verdict = 'held-here' | 'held-elsewhere' | 'stale';

function judge(holder: LockInfo | undefined, host: string, isAlive: (pid: number) => boolean): Verdict {
  if (!holder) return 'stale';
  if (holder.host !== host) return 'held-elsewhere';
  return isAlive(holder.pid) ? 'held-here' : 'stale';
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

function parseLock(text: string): LockInfo | undefined {
  try {
    const parsed = lockSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** signal 0 checks existence only. EPERM: the process exists but belongs to another user — still alive. */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function heldHere(holder: LockInfo): AppError {
  return new AppError(
    'locked',
    `This workspace is open in another window or app (process ${holder.pid} on ${holder.host}, since ${holder.startedAt}). Close it there first.`,
  );
}

function heldElsewhere(holder: LockInfo): AppError {
  return new AppError(
    'locked',
    `This workspace is open on another computer (${holder.host}, process ${holder.pid}, since ${holder.startedAt}), or that copy of the app stopped without closing it. ` +
      'Close it there first. If you are sure it is not open there, you can break the lock.',
  );
}

function staleError(holder: LockInfo | undefined): AppError {
  const who = holder ? ` by process ${holder.pid} on ${holder.host} (since ${holder.startedAt}), which is no longer running` : ', but the lock file is damaged';
  return new AppError(
    'stale-lock',
    `This workspace was not closed properly: it is still marked as open${who}. If no other copy of the app has it open, break the lock to open it.`,
  );
}
