/** Reading gov.uk bank-holiday files and merging a newer one over the shipped table. */
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  createBankHolidays,
  describeYears,
  mergeBankHolidays,
  parseBankHolidays,
  toGovUkJson,
} from '../../../../shared/deadlines';
import { AppError } from '../../../../shared/errors';
import { day, holidays } from './fixtures';

const event = (date: string, title = 'Bank holiday') => ({ title, date, notes: '', bunting: true });
const govUk = (events: unknown[], extra: Record<string, unknown> = {}) => ({
  'england-and-wales': { division: 'england-and-wales', events },
  scotland: { division: 'scotland', events: [event('2031-01-02', '2nd January')] },
  ...extra,
});

function message(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('validation');
    return (error as AppError).message;
  }
  throw new Error('expected a validation error');
}

describe('parseBankHolidays', () => {
  it('reads England and Wales from a gov.uk file with several divisions', () => {
    const parsed = parseBankHolidays(govUk([event('2031-01-01', 'New Year’s Day'), event('2031-04-11', 'Good Friday')]));
    expect(parsed.division).toBe('england-and-wales');
    expect(parsed.years).toEqual([2031]);
    expect(parsed.dates.has('2031-04-11')).toBe(true);
    expect(parsed.dates.has('2031-01-02')).toBe(false); // Scotland only
  });

  it('says what is wrong with a file that is not in the gov.uk format', () => {
    expect(message(() => parseBankHolidays([]))).toMatch(/^This is not a bank-holidays file/);
    expect(message(() => parseBankHolidays(null))).toMatch(/^This is not a bank-holidays file/);
    expect(message(() => parseBankHolidays('2031-01-01'))).toMatch(/^This is not a bank-holidays file/);
    expect(message(() => parseBankHolidays({ scotland: { division: 'scotland', events: [] } }))).toBe(
      'This bank-holidays file has no "england-and-wales" division (it has "scotland"). Use the gov.uk bank-holidays.json file.',
    );
    expect(message(() => parseBankHolidays(govUk([event('2031-02-30')])))).toBe(
      'This bank-holidays file is not in the gov.uk format at england-and-wales.events.0.date: is not a real YYYY-MM-DD date.',
    );
    expect(message(() => parseBankHolidays(govUk([{ date: '2031-01-01' }])))).toContain('at england-and-wales.events.0.title');
    expect(message(() => parseBankHolidays(govUk([])))).toBe('This bank-holidays file lists no "england-and-wales" bank holidays.');
  });

  it('round-trips through the gov.uk shape', () => {
    expect(parseBankHolidays(toGovUkJson(holidays))).toEqual(holidays);
  });
});

describe('mergeBankHolidays', () => {
  it('extends the table with the years a newer file adds', () => {
    const newer = parseBankHolidays(govUk([event('2030-01-01', 'New Year’s Day'), event('2031-01-01', 'New Year’s Day')]));
    const merged = mergeBankHolidays(holidays, newer);
    expect(describeYears(merged.years)).toBe('2018–2031');
    // Fri 27 Dec 2030: Mon 30 (1), Tue 31 (2), Wed 1 Jan 2031 ✗, Thu 2 (3) — no longer refused.
    expect(addWorkingDays(day('2030-12-27'), 3, merged)).toBe('2031-01-02');
  });

  it('takes every year the newer file covers as published, replacing the shipped one', () => {
    // Suppose 2026 gained a one-off holiday on Fri 12 June: the newer file lists all of 2026.
    const year2026 = holidays.events.filter((item) => item.date.startsWith('2026'));
    const newer = parseBankHolidays(govUk([...year2026, event('2026-06-12', 'A one-off bank holiday')]));
    const merged = mergeBankHolidays(holidays, newer);
    expect(merged.events).toHaveLength(holidays.events.length + 1);
    expect(merged.dates.has('2026-06-12')).toBe(true);
    // A year the newer file lists without a shipped date loses that date: the file is the authority.
    const moved = mergeBankHolidays(holidays, parseBankHolidays(govUk(year2026.filter((item) => item.date !== '2026-08-31'))));
    expect(moved.dates.has('2026-08-31')).toBe(false);
    expect(moved.dates.has('2025-08-25')).toBe(true);
  });

  it('refuses to mix divisions', () => {
    const scotland = createBankHolidays([], 'scotland');
    expect(message(() => mergeBankHolidays(holidays, scotland))).toBe('Cannot merge bank holidays for "scotland" into "england-and-wales".');
  });

  it('describes the years it covers, gaps included', () => {
    expect(describeYears([2018, 2019, 2020, 2022, 2024, 2025])).toBe('2018–2020, 2022, 2024–2025');
    expect(describeYears([])).toBe('');
  });
});
