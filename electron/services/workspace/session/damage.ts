/**
 * Damage found early (issue #14). A damaged page surfaces only when something reads it, so a
 * workspace could unlock fine and fail halfway through a task. `quick_check` reads every page
 * (87–324 ms for 100 MB here, docs/benchmarks.md), too slow for the unlock itself in the app:
 * the app runs it a moment after the first screen, on the core's own thread (the window stays
 * responsive), and locks the workspace if it fails; the command line runs it before the command.
 * Either way the user reads the same thing: the workspace is damaged, nothing was changed, and
 * the newest backup (with its date) is the way out.
 */
import { formatMoment } from '../../../../shared/dates/moment';
import { AppError } from '../../../../shared/errors';
import path from 'node:path';
import type { TimersPort } from '../../ports';
import type { Db } from '../../sqlite';
import { listBackups, type BackupInfo } from '../backup';
import { checkDatabase } from '../db/check';
import { workspaceDbName } from '../db/files';

export type DamageSurface = 'app' | 'command-line';

/** When the session checks every page: before the unlock returns, or a moment after it. */
export type DamageCheck = { when: 'at-unlock' } | { when: 'after-unlock'; delayMs: number };

/** The app's default: after the first screen has had time to draw. */
export const afterFirstScreen: DamageCheck = { when: 'after-unlock', delayMs: 2_000 };

/**
 * The session's side of the check: when to run it, and which workspaces this process found
 * damaged (those are checked in full before they open again, until one passes: a restore).
 */
export class DamageWatch {
  private readonly damaged = new Set<string>();
  private timer: { cancel(): void } | null = null;

  constructor(
    private readonly check: DamageCheck,
    private readonly timers: TimersPort,
  ) {}

  /** During unlock, before anything is written: throws the damage error when a full check fails. */
  async atUnlock(db: Db, dir: string): Promise<void> {
    if (this.check.when === 'after-unlock' && !this.damaged.has(path.resolve(dir))) return;
    if (this.sound(db, dir)) return;
    throw await damagedWorkspaceError(dir);
  }

  /** After unlock: runs `check` once, a moment later, unless the unlock already checked. */
  schedule(dir: string, check: () => void): void {
    this.cancel();
    if (this.check.when !== 'after-unlock' || this.damaged.has(path.resolve(dir))) return;
    const timer = this.timers.setInterval(() => {
      timer.cancel();
      check();
    }, this.check.delayMs);
    this.timer = timer;
  }

  cancel(): void {
    this.timer?.cancel();
    this.timer = null;
  }

  /** Reads every page; remembers the outcome for this folder. */
  sound(db: Db, dir: string): boolean {
    const ok = checkDatabase(db, 'quick').ok;
    if (ok) this.damaged.delete(path.resolve(dir));
    else this.damaged.add(path.resolve(dir));
    return ok;
  }
}

/** A workspace whose check failed; remembers the newest backup so the command line can name it. */
export class DamagedWorkspaceError extends AppError {
  constructor(
    readonly dir: string,
    readonly newest: BackupInfo | null,
    surface: DamageSurface,
  ) {
    super('corrupt', damageMessage(dir, newest, surface));
  }
}

export async function damagedWorkspaceError(dir: string, surface: DamageSurface = 'app'): Promise<DamagedWorkspaceError> {
  const newest = (await listBackups(dir)).find((backup) => backup.kind === 'backup') ?? null;
  return new DamagedWorkspaceError(dir, newest, surface);
}

/** The same refusal as the command line says it (the command to run, not the app's button). */
export function damageForCommandLine(error: DamagedWorkspaceError): DamagedWorkspaceError {
  return new DamagedWorkspaceError(error.dir, error.newest, 'command-line');
}

function damageMessage(dir: string, newest: BackupInfo | null, surface: DamageSurface): string {
  const found = `Part of ${workspaceDbName} in this workspace is damaged, so the workspace cannot be opened. Nothing was changed.`;
  const kept = 'The damaged file is kept aside when you restore, never deleted.';
  if (!newest) {
    return `${found} There is no backup in this workspace's backups folder. If you keep a copy of the workspace folder elsewhere, use that copy. ${kept}`;
  }
  const when = formatMoment(newest.createdAt) ?? newest.createdAt;
  const how =
    surface === 'app'
      ? 'choose “Restore from a backup” below'
      : `run: prw backup restore ${quoted(dir)} ${newest.name}`;
  return `${found} Restore it from the newest backup, taken on ${when}: ${how}. ${kept}`;
}

function quoted(dir: string): string {
  return /^[\w./:-]+$/.test(dir) ? dir : `"${dir.replace(/"/g, '\\"')}"`;
}
