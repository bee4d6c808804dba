/** Properties of the working-day arithmetic over every start date the shipped table allows. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addWorkingDays,
  fromEpochDay,
  isWorkingDay,
  nextOrSameWorkingDay,
  previousOrSameWorkingDay,
  subtractWorkingDays,
  toEpochDay,
  workingDaysBetween,
} from '../../../../shared/deadlines';
import { day, holidays } from './fixtures';

// Starts from July 2018 to June 2030, so 120 working days either way stay inside the table
// (2018–2030) and no property trips the "not loaded" error.
const anyStart = fc.integer({ min: toEpochDay(day('2018-07-01')), max: toEpochDay(day('2030-06-30')) }).map(fromEpochDay);
const count = fc.integer({ min: 0, max: 60 });
const positive = fc.integer({ min: 1, max: 60 });
const runs = { numRuns: 500 };

describe('working days (properties)', () => {
  it('adding N ≥ 1 working days lands on a working day after the start', () => {
    fc.assert(
      fc.property(anyStart, positive, (start, n) => {
        const due = addWorkingDays(start, n, holidays);
        expect(isWorkingDay(due, holidays)).toBe(true);
        expect(due > start).toBe(true);
      }),
      runs,
    );
  });

  it('subtracting N ≥ 1 working days lands on a working day before the start', () => {
    fc.assert(
      fc.property(anyStart, positive, (start, n) => {
        const due = subtractWorkingDays(start, n, holidays);
        expect(isWorkingDay(due, holidays)).toBe(true);
        expect(due < start).toBe(true);
      }),
      runs,
    );
  });

  it('workingDaysBetween(d, addWorkingDays(d, n)) === n, and −n for subtractWorkingDays', () => {
    fc.assert(
      fc.property(anyStart, count, (start, n) => {
        expect(workingDaysBetween(start, addWorkingDays(start, n, holidays), holidays)).toBe(n);
        expect(workingDaysBetween(start, subtractWorkingDays(start, n, holidays), holidays)).toBe(0 - n); // 0 - n, not -n: never -0
      }),
      runs,
    );
  });

  // Precisely: for N ≥ 1, subtract(add(d, N), N) is the last working day on or before d (d itself
  // when d is a working day), and add(subtract(d, N), N) is the first on or after d.
  it('add then subtract returns to the nearest working day at or before the start', () => {
    fc.assert(
      fc.property(anyStart, positive, (start, n) => {
        expect(subtractWorkingDays(addWorkingDays(start, n, holidays), n, holidays)).toBe(previousOrSameWorkingDay(start, holidays));
        expect(addWorkingDays(subtractWorkingDays(start, n, holidays), n, holidays)).toBe(nextOrSameWorkingDay(start, holidays));
      }),
      runs,
    );
  });

  it('is strictly monotonic in N', () => {
    fc.assert(
      fc.property(anyStart, count, positive, (start, n, more) => {
        expect(addWorkingDays(start, n, holidays) < addWorkingDays(start, n + more, holidays)).toBe(true);
        expect(subtractWorkingDays(start, n, holidays) > subtractWorkingDays(start, n + more, holidays)).toBe(true);
      }),
      runs,
    );
  });

  it('composes: adding a then b is adding a + b', () => {
    fc.assert(
      fc.property(anyStart, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), (start, a, b) => {
        expect(addWorkingDays(addWorkingDays(start, a, holidays), b, holidays)).toBe(addWorkingDays(start, a + b, holidays));
      }),
      runs,
    );
  });

  it('never skips a working day: every day strictly between d and add(d, N) that is a working day is counted', () => {
    fc.assert(
      fc.property(anyStart, positive, (start, n) => {
        const due = addWorkingDays(start, n, holidays);
        let working = 0;
        for (let d = addDays(start, 1); d < due; d = addDays(d, 1)) if (isWorkingDay(d, holidays)) working++;
        expect(working).toBe(n - 1);
      }),
      runs,
    );
  });

  it('workingDaysBetween adds up over consecutive forward intervals', () => {
    fc.assert(
      fc.property(anyStart, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), (a, x, y) => {
        const b = addDays(a, x);
        const c = addDays(b, y);
        expect(workingDaysBetween(a, b, holidays) + workingDaysBetween(b, c, holidays)).toBe(workingDaysBetween(a, c, holidays));
      }),
      runs,
    );
  });

  it('takes at most N + 4 calendar days per 5 working days, plus the holidays in between', () => {
    // A loose bound that catches a runaway loop: N working days need N + 2·⌈N/5⌉ weekend days
    // plus at most the bank holidays in range (never more than 4 in any 10 days).
    fc.assert(
      fc.property(anyStart, positive, (start, n) => {
        const span = toEpochDay(addWorkingDays(start, n, holidays)) - toEpochDay(start);
        expect(span).toBeGreaterThanOrEqual(n);
        expect(span).toBeLessThanOrEqual(n + 2 * Math.ceil(n / 5) + 2 + 4 * Math.ceil((n * 2) / 10));
      }),
      runs,
    );
  });
});
