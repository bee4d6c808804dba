/**
 * Who a lock names, and whether that is still the same running program. A pid alone is not
 * enough: after a crash (and always after a restart of the computer) the number is handed to
 * some other program, and a lock naming it would read as held for ever.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * Random for each load of this module: once per CLI run, and once per core thread in the app
 * (a core that stopped and was started again in the same app process gets a new one, though the
 * pid is the same). It tells a lock this core holds from one an earlier core of this process left.
 */
export const appInstanceId = randomUUID();

/**
 * When the process with this pid started, as an opaque token compared only for equality, or null
 * where it cannot be read cheaply. On Linux: field 22 of /proc/<pid>/stat (clock ticks since
 * boot) with the boot id, since the ticks restart at every boot. On macOS and Windows there is no
 * file to read and running `ps`/WMI on every unlock is too slow and fragile, so locks there fall
 * back to liveness only: a reused pid still reads as held, and the user closes that program or
 * restarts.
 */
export function processStartOf(pid: number): string | null {
  if (process.platform !== 'linux') return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in brackets and may itself hold spaces or brackets.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = fields[22 - 3];
    if (!ticks || !/^\d+$/.test(ticks)) return null;
    return `${ticks}@${bootId()}`;
  } catch {
    return null;
  }
}

let cachedBootId: string | undefined;

function bootId(): string {
  if (cachedBootId === undefined) {
    try {
      cachedBootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    } catch {
      cachedBootId = '';
    }
  }
  return cachedBootId;
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
