import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  dateParts,
  dayOfWeek,
  daysInMonth,
  formatLocalDate,
  fromEpochDay,
  fromParts,
  parseLocalDate,
  toEpochDay,
} from '../../../../shared/deadlines';
import { AppError } from '../../../../shared/errors';
import { day } from './fixtures';

/** Any date 1900–2199, as days since 1970. */
const anyEpochDay = fc.integer({ min: toEpochDay(day('1900-01-01')), max: toEpochDay(day('2199-12-31')) });

function validationMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('validation');
    return (error as AppError).message;
  }
  throw new Error('expected a validation error');
}

describe('parseLocalDate', () => {
  it('accepts real dates, including 29 February in leap years', () => {
    for (const text of ['2019-12-23', '2020-02-29', '2000-02-29', '2030-12-31']) expect(parseLocalDate(text)).toBe(text);
  });

  it('rejects impossible dates, saying why', () => {
    expect(validationMessage(() => parseLocalDate('2019-02-30', 'The awareness date'))).toBe(
      'The awareness date "2019-02-30" is not a real date: February 2019 has 28 days. Write it as YYYY-MM-DD, e.g. 2020-01-02.',
    );
    expect(validationMessage(() => parseLocalDate('2019-02-29'))).toContain('February 2019 has 28 days');
    expect(validationMessage(() => parseLocalDate('2100-02-29'))).toContain('February 2100 has 28 days');
    expect(validationMessage(() => parseLocalDate('2019-04-31'))).toContain('April 2019 has 30 days');
    expect(validationMessage(() => parseLocalDate('2019-13-01'))).toContain('has no month 13');
    expect(validationMessage(() => parseLocalDate('2019-00-10'))).toContain('has no month 0');
    expect(validationMessage(() => parseLocalDate('2019-01-00'))).toContain('January 2019 has 31 days');
  });

  it('rejects malformed text', () => {
    for (const text of ['', '23/12/2019', '2019-1-2', '2019-12-23T00:00:00Z', ' 2019-12-23', '20191223', '0999-01-01']) {
      expect(validationMessage(() => parseLocalDate(text))).toMatch(/YYYY-MM-DD/);
    }
  });

  it('accepts every real date and rejects the day after each month ends (property)', () => {
    fc.assert(
      fc.property(anyEpochDay, (n) => {
        const date = fromEpochDay(n);
        expect(parseLocalDate(date)).toBe(date);
        const { year, month } = dateParts(date);
        const pastEnd = `${fromParts({ year, month, day: 1 }).slice(0, 8)}${daysInMonth(year, month) + 1}`;
        expect(() => parseLocalDate(pastEnd)).toThrow(/is not a real date/);
      }),
    );
  });
});

describe('day arithmetic', () => {
  it('round-trips through whole days since 1970 (property)', () => {
    fc.assert(
      fc.property(anyEpochDay, (n) => {
        expect(toEpochDay(fromEpochDay(n))).toBe(n);
      }),
    );
  });

  it('knows the day of the week without the local time zone', () => {
    expect(dayOfWeek(day('2019-12-23'))).toBe(1); // Monday
    expect(dayOfWeek(day('2020-01-02'))).toBe(4); // Thursday
    expect(dayOfWeek(day('1970-01-01'))).toBe(4);
    expect(dayOfWeek(day('1969-12-28'))).toBe(0); // before the epoch: still a Sunday
  });

  it('formats dates for people', () => {
    expect(formatLocalDate(day('2020-01-02'))).toBe('Thursday 2 January 2020');
    expect(formatLocalDate(day('2020-01-02'), 'short')).toBe('Thu 2 Jan 2020');
  });
});

describe('addMonths', () => {
  it.each([
    ['2019-08-31', 6, '2020-02-29'], // clamped to the end of a leap February
    ['2022-08-31', 6, '2023-02-28'], // and of an ordinary one
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-03-31', 1, '2023-04-30'],
    ['2023-07-15', 6, '2024-01-15'], // across a year
    ['2023-03-31', -1, '2023-02-28'], // backwards clamps too
    ['2023-01-15', -1, '2022-12-15'],
    ['2023-05-10', 0, '2023-05-10'],
  ])('%s + %i months = %s', (start, months, expected) => {
    expect(addMonths(day(start), months)).toBe(expected);
  });

  it('rejects a fractional number of months', () => {
    expect(validationMessage(() => addMonths(day('2023-01-01'), 1.5))).toContain('whole number');
  });

  it('lands in the right month and never overflows into the next (property)', () => {
    fc.assert(
      fc.property(anyEpochDay, fc.integer({ min: -36, max: 36 }), (n, months) => {
        const start = dateParts(fromEpochDay(n));
        const result = dateParts(addMonths(fromEpochDay(n), months));
        const index = start.year * 12 + start.month - 1 + months;
        expect(result.year * 12 + result.month - 1).toBe(index);
        expect(result.day).toBe(Math.min(start.day, daysInMonth(result.year, result.month)));
      }),
    );
  });

  it('is undone by the opposite number of months for days that every month has (property)', () => {
    fc.assert(
      fc.property(anyEpochDay, fc.integer({ min: -36, max: 36 }), (n, months) => {
        const date = fromEpochDay(n);
        fc.pre(dateParts(date).day <= 28);
        expect(addMonths(addMonths(date, months), -months)).toBe(date);
      }),
    );
  });
});
