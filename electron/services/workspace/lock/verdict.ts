/**
 * Whether a lock is still held. Stale: its process is gone, or the pid now belongs to another
 * program (a different start time), or it names this very process but a core of it that stopped
 * (a different instance id). A lock from another computer cannot be checked from here.
 */
import type { LockInfo } from './lock-info';

export type Verdict = 'held-here' | 'held-elsewhere' | 'stale';

/** This process, as a new lock would record it. */
export interface Self {
  pid: number;
  host: string;
  processStart: string | null;
  instance: string;
}

export interface Probe {
  isAlive(pid: number): boolean;
  processStartOf(pid: number): string | null;
}

export function judge(holder: LockInfo | undefined, self: Self, probe: Probe): Verdict {
  if (!holder) return 'stale';
  if (holder.host !== self.host) return 'held-elsewhere';
  if (holder.pid === self.pid) {
    if (differ(holder.processStart, self.processStart)) return 'stale';
    // One core per process holds locks (the CLI's, or the app's core thread, whose host removes
    // its lock when it stops and only then starts another), so a lock of this process that this
    // core did not take was left by an earlier core. Older locks have no instance: the same holds.
    return holder.instance === self.instance ? 'held-here' : 'stale';
  }
  if (!probe.isAlive(holder.pid)) return 'stale';
  return differ(holder.processStart, probe.processStartOf(holder.pid)) ? 'stale' : 'held-here';
}

/** Different only when both are known: without a start time, a live pid counts as the holder. */
function differ(recorded: string | null | undefined, now: string | null): boolean {
  return typeof recorded === 'string' && now !== null && recorded !== now;
}
