/**
 * Working-day arithmetic against cases worked out by hand. Convention: "N working days from D"
 * counts N working days after D, D itself not counted; "before P" counts back, P not counted.
 * In the comments (n) marks the nth working day counted and ✗ a day skipped.
 */
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  isWorkingDay,
  nextOrSameWorkingDay,
  previousOrSameWorkingDay,
  subtractWorkingDays,
  workingDaysBetween,
} from '../../../../shared/deadlines';
import { AppError } from '../../../../shared/errors';
import { day, holidays } from './fixtures';

const add = (start: string, n: number) => addWorkingDays(day(start), n, holidays);
const subtract = (start: string, n: number) => subtractWorkingDays(day(start), n, holidays);

describe('addWorkingDays: hand-computed', () => {
  it.each([
    // Mon 23 Dec 2019: Tue 24 (1), Wed 25 ✗ Christmas, Thu 26 ✗ Boxing Day, Fri 27 (2), Sat/Sun ✗,
    // Mon 30 (3), Tue 31 (4), Wed 1 Jan ✗ New Year, Thu 2 Jan (5) — the example in issue #4.
    ['2019-12-23', 5, '2020-01-02'],
    // Fri 20 Dec 2024: Mon 23 (1), Tue 24 (2), Wed 25 ✗, Thu 26 ✗, Fri 27 (3), Mon 30 (4), Tue 31 (5).
    ['2024-12-20', 5, '2024-12-31'],
    // Thu 22 Dec 2022 — Christmas on a Sunday: Fri 23 (1), Sat 24/Sun 25 ✗, Mon 26 ✗ Boxing Day,
    // Tue 27 ✗ Christmas substitute, Wed 28 (2), Thu 29 (3), Fri 30 (4), Sat 31/Sun 1 ✗,
    // Mon 2 Jan 2023 ✗ New Year substitute, Tue 3 Jan (5).
    ['2022-12-22', 5, '2023-01-03'],
    // Easter 2020 — Thu 9 Apr: Fri 10 ✗ Good Friday, Sat/Sun ✗, Mon 13 ✗ Easter Monday,
    // Tue 14 (1), Wed 15 (2), Thu 16 (3), Fri 17 (4), Mon 20 (5).
    ['2020-04-09', 5, '2020-04-20'],
    // VE Day 2020 — Mon 4 May: Tue 5 (1), Wed 6 (2), Thu 7 (3), Fri 8 ✗ moved early May holiday,
    // Mon 11 (4), Tue 12 (5).
    ['2020-05-04', 5, '2020-05-12'],
    // …and Mon 4 May 2020 was a working day: Fri 1 May: Mon 4 (1), Tue 5 (2), Wed 6 (3), Thu 7 (4),
    // Fri 8 ✗, Mon 11 (5).
    ['2020-05-01', 5, '2020-05-11'],
    // Jubilee 2022 — Tue 31 May: Wed 1 Jun (1), Thu 2 ✗ spring holiday, Fri 3 ✗ Platinum Jubilee,
    // Mon 6 (2), Tue 7 (3), Wed 8 (4), Thu 9 (5).
    ['2022-05-31', 5, '2022-06-09'],
    // …and Mon 30 May 2022 was a working day: Fri 27 May: Mon 30 (1), Tue 31 (2), Wed 1 Jun (3),
    // Thu 2 ✗, Fri 3 ✗, Mon 6 (4), Tue 7 (5).
    ['2022-05-27', 5, '2022-06-07'],
    // State Funeral — Thu 15 Sep 2022: Fri 16 (1), Mon 19 ✗, Tue 20 (2), Wed 21 (3), Thu 22 (4), Fri 23 (5).
    ['2022-09-15', 5, '2022-09-23'],
    // Coronation — Fri 28 Apr 2023: Mon 1 May ✗ early May, Tue 2 (1), Wed 3 (2), Thu 4 (3), Fri 5 (4),
    // Mon 8 ✗ Coronation, Tue 9 (5).
    ['2023-04-28', 5, '2023-05-09'],
    // From a weekend: Sat 4 Jan 2020: Mon 6 (1).
    ['2020-01-04', 1, '2020-01-06'],
    // Rapid review from a notification on Thu 2 Jan 2020: Fri 3 (1), Mon 6–Fri 10 (2–6),
    // Mon 13–Fri 17 (7–11), Mon 20 (12), Tue 21 (13), Wed 22 (14), Thu 23 (15).
    ['2020-01-02', 15, '2020-01-23'],
  ])('%s + %i working days = %s', (start, n, expected) => {
    expect(add(start, n)).toBe(expected);
  });

  it('returns the start itself for 0, even on a holiday', () => {
    expect(add('2019-12-25', 0)).toBe('2019-12-25');
  });
});

describe('subtractWorkingDays: hand-computed', () => {
  it.each([
    // Tue 27 May 2025, the day after the spring bank holiday: Mon 26 ✗, Sat/Sun ✗, Fri 23 (1),
    // Thu 22 (2), Wed 21 (3), Tue 20 (4), Mon 19 (5), Fri 16 (6), Thu 15 (7).
    ['2025-05-27', 7, '2025-05-15'],
    // Tue 14 Apr 2020, after Easter: Mon 13 ✗, Sun/Sat ✗, Fri 10 ✗, Thu 9 (1), Wed 8 (2), Tue 7 (3),
    // Mon 6 (4), Fri 3 (5), Thu 2 (6), Wed 1 (7).
    ['2020-04-14', 7, '2020-04-01'],
    // Thu 2 Jan 2020 back 5: Tue 31 (1), Mon 30 (2), Fri 27 (3), Tue 24 (4), Mon 23 (5).
    ['2020-01-02', 5, '2019-12-23'],
  ])('%s − %i working days = %s', (start, n, expected) => {
    expect(subtract(start, n)).toBe(expected);
  });
});

describe('workingDaysBetween', () => {
  it('counts the working days after the start up to and including the end', () => {
    expect(workingDaysBetween(day('2019-12-23'), day('2020-01-02'), holidays)).toBe(5);
    expect(workingDaysBetween(day('2019-12-24'), day('2019-12-26'), holidays)).toBe(0); // both days are holidays
    expect(workingDaysBetween(day('2020-01-02'), day('2020-01-02'), holidays)).toBe(0); // due today
  });

  it('is negative once the end has passed (overdue)', () => {
    // From Thu 2 Jan 2020 back to Mon 23 Dec 2019: Mon 23, Tue 24, Fri 27, Mon 30, Tue 31.
    expect(workingDaysBetween(day('2020-01-02'), day('2019-12-23'), holidays)).toBe(-5);
    // Due Fri 10 Jan, now Sat 11 Jan: one working day overdue.
    expect(workingDaysBetween(day('2020-01-11'), day('2020-01-10'), holidays)).toBe(-1);
    // Back over a weekend only: zero, and a plain 0 rather than -0.
    expect(workingDaysBetween(day('2020-01-12'), day('2020-01-11'), holidays)).toBe(0);
  });
});

describe('working-day helpers', () => {
  it('knows which days are working days', () => {
    expect(isWorkingDay(day('2022-09-19'), holidays)).toBe(false);
    expect(isWorkingDay(day('2022-09-20'), holidays)).toBe(true);
    expect(isWorkingDay(day('2022-09-18'), holidays)).toBe(false);
  });

  it('finds the nearest working day at or before / at or after a date', () => {
    expect(previousOrSameWorkingDay(day('2020-04-13'), holidays)).toBe('2020-04-09'); // Easter Monday → Maundy Thursday
    expect(nextOrSameWorkingDay(day('2020-04-10'), holidays)).toBe('2020-04-14'); // Good Friday → Tuesday
    expect(nextOrSameWorkingDay(day('2020-04-14'), holidays)).toBe('2020-04-14');
  });
});

describe('years without holiday data', () => {
  function failure(run: () => unknown): AppError {
    try {
      run();
    } catch (error) {
      if (error instanceof AppError) return error;
    }
    throw new Error('expected an AppError');
  }

  it('refuses to count into 2031 rather than assume it has no holidays', () => {
    // Fri 27 Dec 2030: Mon 30 (1), Tue 31 (2), then 1 Jan 2031 — not in the table.
    expect(add('2030-12-27', 2)).toBe('2030-12-31');
    const error = failure(() => add('2030-12-27', 3));
    expect(error.code).toBe('unavailable');
    expect(error.message).toBe('Bank holidays for 2031 are not loaded (loaded: 2018–2030) — load a newer bank-holidays file from gov.uk.');
  });

  it('refuses to count back into 2017', () => {
    expect(failure(() => subtract('2018-01-03', 2)).message).toContain('Bank holidays for 2017 are not loaded');
    expect(failure(() => workingDaysBetween(day('2017-12-20'), day('2018-01-10'), holidays)).message).toContain('2017');
  });

  it('rejects a negative or fractional number of working days', () => {
    expect(failure(() => add('2020-01-02', -1)).message).toBe('A number of working days must be a whole number, 0 or more, not -1.');
    expect(failure(() => subtract('2020-01-02', 1.5)).code).toBe('validation');
  });
});
