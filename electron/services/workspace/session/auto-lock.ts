/**
 * Locks the workspace when the user has been away: after the configured idle minutes (activity is
 * reported by the renderer), and at once when the computer suspends or its screen locks.
 */
import type { LockReason } from '../../../../shared/workspace';
import type { Ports } from '../../ports';

export interface AutoLock {
  touch(): void;
  stop(): void;
}

/** How often idle time is checked; auto-lock can be up to this late. */
export const idleCheckMs = 15_000;

export function startAutoLock(ports: Ports, lock: (reason: Exclude<LockReason, 'user' | 'restore'>) => void): AutoLock {
  let lastActivity = ports.timers.now().getTime();
  let stopped = false;
  const fire = (reason: Exclude<LockReason, 'user' | 'restore'>) => {
    if (stopped) return;
    stop();
    lock(reason);
  };

  const unsubscribe = ports.power.on((event) => fire(event === 'suspend' ? 'suspend' : 'screen-lock'));
  const timer = ports.timers.setInterval(() => {
    const minutes = ports.preferences.settings().autoLockMinutes;
    if (minutes > 0 && ports.timers.now().getTime() - lastActivity >= minutes * 60_000) fire('idle');
  }, idleCheckMs);

  function stop() {
    stopped = true;
    unsubscribe();
    timer.cancel();
  }

  return {
    touch: () => {
      lastActivity = ports.timers.now().getTime();
    },
    stop,
  };
}
