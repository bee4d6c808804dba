import { describe, expect, it } from 'vitest';
import { scheduleBackups, type Timers } from '../../../../../electron/services/workspace/backup';

/** Timers the test advances by hand. */
function manualTimers() {
  let now = 0;
  let nextId = 1;
  const pending = new Map<number, { at: number; callback: () => void }>();
  const timers: Timers = {
    setTimeout(callback, ms) {
      const id = nextId++;
      pending.set(id, { at: now + ms, callback });
      return id;
    },
    clearTimeout(handle) {
      pending.delete(handle as number);
    },
  };
  return {
    timers,
    clock: () => new Date(now),
    delays: () => [...pending.values()].map((timer) => timer.at - now),
    /** Moves time on, firing due timers in order; lets async runs settle after each. */
    async advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const due = [...pending.entries()].filter(([, timer]) => timer.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        pending.delete(due[0]);
        now = due[1].at;
        due[1].callback();
        for (let i = 0; i < 10; i++) await Promise.resolve();
      }
      now = until;
    },
  };
}

const minute = 60_000;

describe('scheduleBackups', () => {
  it('runs every interval, timed from the end of the previous run', async () => {
    const time = manualTimers();
    let runs = 0;
    const schedule = scheduleBackups({ intervalMs: 30 * minute, run: () => void runs++, timers: time.timers, clock: time.clock });
    await time.advance(29 * minute);
    expect(runs).toBe(0);
    await time.advance(1 * minute);
    expect(runs).toBe(1);
    await time.advance(60 * minute);
    expect(runs).toBe(3);
    await schedule.stop();
    await time.advance(120 * minute);
    expect(runs).toBe(3);
    expect(time.delays()).toEqual([]);
  });

  it('is due straight away when the last backup is overdue, and after the remainder when it is recent', async () => {
    const time = manualTimers();
    await time.advance(100 * minute);
    const overdue = scheduleBackups({ intervalMs: 30 * minute, run: () => undefined, timers: time.timers, clock: time.clock, lastRunAt: new Date(0) });
    expect(time.delays()).toEqual([0]);
    await overdue.stop();
    const recent = scheduleBackups({ intervalMs: 30 * minute, run: () => undefined, timers: time.timers, clock: time.clock, lastRunAt: new Date(90 * minute) });
    expect(time.delays()).toEqual([20 * minute]);
    await recent.stop();
  });

  it('keeps going after a failed run and reports the error', async () => {
    const time = manualTimers();
    const errors: unknown[] = [];
    let runs = 0;
    const schedule = scheduleBackups({
      intervalMs: minute,
      run: async () => {
        runs++;
        if (runs === 1) throw new Error('disk full');
      },
      timers: time.timers,
      clock: time.clock,
      onError: (error) => errors.push(error),
    });
    await time.advance(3 * minute);
    expect(runs).toBe(3);
    expect(errors).toHaveLength(1);
    await schedule.stop();
  });

  it('stop() waits for a run in progress and schedules nothing after it', async () => {
    const time = manualTimers();
    let finish!: () => void;
    const schedule = scheduleBackups({
      intervalMs: minute,
      run: () => new Promise<void>((resolve) => (finish = resolve)),
      timers: time.timers,
      clock: time.clock,
    });
    await time.advance(minute);
    expect(schedule.running).toBe(true);
    let stopped = false;
    const stopping = schedule.stop().then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false);
    finish();
    await stopping;
    expect(schedule.running).toBe(false);
    expect(time.delays()).toEqual([]);
  });

  it('refuses a silly interval', () => {
    expect(() => scheduleBackups({ intervalMs: 0, run: () => undefined })).toThrow(RangeError);
  });
});
