/**
 * Runs backups on a schedule the workspace service starts on unlock and stops on lock. One run at a
 * time (the next is timed from the end of the previous), the first one due `intervalMs` after the
 * last backup rather than after app start, and timers injectable for tests.
 */
import { createLogger } from '../../log';
import { systemClock, type Clock } from '../db/clock';

const log = createLogger('workspace.backup-schedule');

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  setTimeout: (callback, ms) => {
    const handle = setTimeout(callback, ms);
    // A pending backup must not keep the CLI (or a closing app) alive.
    handle.unref();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface ScheduleOptions {
  intervalMs: number;
  run: () => unknown;
  /** When the newest backup was taken; the first run is due intervalMs after it (at once if overdue). */
  lastRunAt?: Date | null;
  clock?: Clock;
  timers?: Timers;
  /** Called with a failed run's error; the schedule carries on. Defaults to a log line (code only). */
  onError?: (error: unknown) => void;
}

export interface BackupSchedule {
  /** Stops the schedule; resolves once a run already in progress has finished. */
  stop(): Promise<void>;
  readonly running: boolean;
}

export function scheduleBackups(options: ScheduleOptions): BackupSchedule {
  const { intervalMs, run } = options;
  if (!Number.isFinite(intervalMs) || intervalMs < 1000) throw new RangeError('the backup interval must be at least one second');
  const timers = options.timers ?? realTimers;
  const clock = options.clock ?? systemClock;
  const onError = options.onError ?? ((error: unknown) => log.warn('scheduled backup failed', { code: codeOf(error) }));

  let handle: unknown;
  let stopped = false;
  let inFlight: Promise<void> | null = null;

  const arm = (delay: number) => {
    handle = timers.setTimeout(tick, Math.max(0, Math.min(intervalMs, delay)));
  };
  const tick = () => {
    handle = undefined;
    if (stopped) return;
    inFlight = (async () => {
      try {
        await run();
      } catch (error) {
        onError(error);
      }
    })().finally(() => {
      inFlight = null;
      if (!stopped) arm(intervalMs);
    });
  };

  const last = options.lastRunAt?.getTime();
  arm(last === undefined ? intervalMs : last + intervalMs - clock().getTime());

  return {
    async stop() {
      stopped = true;
      if (handle !== undefined) timers.clearTimeout(handle);
      handle = undefined;
      await inFlight;
    },
    get running() {
      return inFlight !== null;
    },
  };
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'unknown';
}
