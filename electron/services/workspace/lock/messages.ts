/**
 * What the user reads when a workspace is locked: who has it (the app, the computer) and since
 * when, and what to do. The app offers a button to break a stale lock; the command line names
 * its option instead, so the last sentence depends on where the message is shown.
 */
import { formatMoment } from '../../../../shared/dates/moment';
import { AppError, assertNever } from '../../../../shared/errors';
import type { LockInfo } from './lock-info';
import type { Verdict } from './verdict';

export type LockSurface = 'app' | 'command-line';

/** A lock refusal that remembers whose lock it was, so the command line can reword it. */
export class LockError extends AppError {
  constructor(
    readonly verdict: Verdict,
    readonly holder: LockInfo | undefined,
    readonly breakAsked: boolean,
    surface: LockSurface,
  ) {
    const { code, message } = lockProblem(verdict, holder, breakAsked, surface);
    super(code, message);
  }
}

/** The same refusal as the command line says it. */
export function forCommandLine(error: LockError): LockError {
  return new LockError(error.verdict, error.holder, error.breakAsked, 'command-line');
}

function lockProblem(verdict: Verdict, holder: LockInfo | undefined, breakAsked: boolean, surface: LockSurface): { code: 'locked' | 'stale-lock'; message: string } {
  switch (verdict) {
    case 'held-here': {
      const still = breakAsked ? ' The lock was not broken because that app is still running.' : '';
      return { code: 'locked', message: `This workspace is open in another window or app (${who(holder!)}, process ${holder!.pid} on ${holder!.host}${since(holder!)}).${still} Close it there first.` };
    }
    case 'held-elsewhere': {
      // Not known to be stale, but not known to be live either: the user may break it, as a stale one.
      return {
        code: 'stale-lock',
        message:
          `This workspace is open on another computer (${who(holder!)} on ${holder!.host}${since(holder!)}), or that copy of the app stopped without closing it. ` +
          `Close it there first. If you are sure it is not open there, ${breakAction(surface)}.`,
      };
    }
    case 'stale': {
      const what = holder
        ? `${who(holder)} opened it on the computer “${holder.host}”${onDate(holder)} and is no longer running.`
        : 'It is still marked as open, but the lock file is damaged.';
      return { code: 'stale-lock', message: `This workspace was not closed properly. ${what} If no other copy of the app has it open, ${breakAction(surface)}.` };
    }
    default:
      return assertNever(verdict);
  }
}

/** The app shows an "Open anyway" button under the message; the command line has an option. */
function breakAction(surface: LockSurface): string {
  return surface === 'app' ? 'you can open it anyway' : 'run the command again with --break-stale-lock';
}

function who(holder: LockInfo): string {
  return holder.app.trim() || 'the app';
}

function since(holder: LockInfo): string {
  const when = formatLockTime(holder.startedAt);
  return when ? `, since ${when}` : '';
}

function onDate(holder: LockInfo): string {
  const when = formatLockTime(holder.startedAt);
  return when ? ` on ${when}` : '';
}

/** "Monday 7 December 2026 at 09:12": the lock's start, day first, in words. */
export function formatLockTime(iso: string, timeZone?: string): string | null {
  return formatMoment(iso, timeZone);
}
