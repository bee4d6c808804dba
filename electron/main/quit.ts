/**
 * Locks the open workspace before the app goes: the database is closed cleanly (its WAL
 * checkpointed, the lock file removed, the audit log told) instead of being cut off mid-write.
 *
 * Electron quits without waiting for promises, so the first quit event is cancelled, the core
 * shuts down, and the app quits again. Locking is bounded by a timeout: a core that cannot
 * finish must not leave the user with an app that will not close (the database survives an
 * abrupt end; it is only less tidy).
 */
import { createLogger } from '../services';

const log = createLogger('quit');

/** Long enough for a backup in progress to finish, short enough that "Quit" still means quit. */
export const shutdownTimeoutMs = 10_000;

interface QuitEvent {
  preventDefault(): void;
}

export interface QuittingApp {
  on(event: 'before-quit' | 'will-quit', listener: (event: QuitEvent) => void): unknown;
  quit(): void;
}

export interface QuitGuard {
  /** Locks now (e.g. Windows is ending the session, which skips the quit events). Runs once. */
  lockNow(): Promise<void>;
}

export function lockBeforeQuit(app: QuittingApp, shutdown: () => Promise<void>, timeoutMs = shutdownTimeoutMs): QuitGuard {
  let locking: Promise<void> | undefined;
  let done = false;

  const lockNow = (): Promise<void> => {
    locking ??= bounded(Promise.resolve().then(shutdown), timeoutMs).catch((error: unknown) => {
      log.error('could not lock the workspace before quitting', { type: error instanceof Error ? error.name : typeof error });
    });
    return locking;
  };

  const onQuit = (event: QuitEvent) => {
    if (done) return;
    event.preventDefault();
    void lockNow().then(() => {
      if (done) return;
      done = true;
      app.quit();
    });
  };
  // before-quit comes first (windows still open); will-quit covers a quit that reaches it alone.
  app.on('before-quit', onQuit);
  app.on('will-quit', onQuit);
  return { lockNow };
}

/**
 * Linux and macOS announce a shutdown or restart through powerMonitor; cancelling the event asks
 * the system to wait while the app quits (and so locks) on its own. Electron passes the event
 * object although its typings declare none, hence the optional parameter.
 */
export function quitOnSystemShutdown(
  powerMonitor: { on(event: 'shutdown', listener: (event?: Partial<QuitEvent>) => void): unknown },
  app: Pick<QuittingApp, 'quit'>,
): void {
  powerMonitor.on('shutdown', (event) => {
    event?.preventDefault?.();
    app.quit();
  });
}

function bounded(work: Promise<void>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new ShutdownTimeout()), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

class ShutdownTimeout extends Error {
  override name = 'ShutdownTimeout';
}
