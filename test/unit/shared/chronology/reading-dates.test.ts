/**
 * Agencies' dates read at the precision they were given, day first, never swapped, never a day
 * invented: the forms in the Hartwell fixtures and the traps of issue #5.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChronoDate, parseTime, plausibilityFlags } from '../../../../shared/chronology/dates';
import type { RawCell } from '../../../../shared/chronology/types';

const today = '2026-11-26';
const read = (cell: RawCell, extra: { time?: RawCell; date1904?: boolean } = {}) => parseChronoDate(cell, { date1904: extra.date1904 ?? false, today, ...('time' in extra ? { time: extra.time } : {}) });
const ok = (cell: RawCell, extra: { time?: RawCell; date1904?: boolean } = {}) => {
  const result = read(cell, extra);
  if (!result.ok) throw new Error(result.reason);
  const { start, end, time, precision, approximate } = result.date;
  return { start, end, time, precision, approximate };
};
const reason = (cell: RawCell) => {
  const result = read(cell);
  if (result.ok) throw new Error(`read ${JSON.stringify(cell)} as ${result.date.start}`);
  return result.reason;
};

describe('reading a chronology date', () => {
  it.each([
    ['02/02/2019 23:10', { start: '2019-02-02', end: '2019-02-02', time: '23:10', precision: 'datetime', approximate: false }],
    ['03/04/2019', { start: '2019-04-03', end: '2019-04-03', time: null, precision: 'day', approximate: false }],
    ['3/4/19', { start: '2019-04-03', end: '2019-04-03', time: null, precision: 'day', approximate: false }],
    ['10th January 2019', { start: '2019-01-10', end: '2019-01-10', time: null, precision: 'day', approximate: false }],
    ['3rd April 2019', { start: '2019-04-03', end: '2019-04-03', time: null, precision: 'day', approximate: false }],
    ['14 June 2019', { start: '2019-06-14', end: '2019-06-14', time: null, precision: 'day', approximate: false }],
    ['03-Apr-2019', { start: '2019-04-03', end: '2019-04-03', time: null, precision: 'day', approximate: false }],
    ['19-Feb-2019', { start: '2019-02-19', end: '2019-02-19', time: null, precision: 'day', approximate: false }],
    ['3 Apr 19', { start: '2019-04-03', end: '2019-04-03', time: null, precision: 'day', approximate: false }],
    ['2019-06-14', { start: '2019-06-14', end: '2019-06-14', time: null, precision: 'day', approximate: false }],
    ['2019-06-14T02:13:00', { start: '2019-06-14', end: '2019-06-14', time: '02:13', precision: 'datetime', approximate: false }],
    ['2019-06-14 02:13', { start: '2019-06-14', end: '2019-06-14', time: '02:13', precision: 'datetime', approximate: false }],
    ['w/c 18 February 2019', { start: '2019-02-18', end: '2019-02-24', time: null, precision: 'week', approximate: false }],
    ['approx March 2019', { start: '2019-03-01', end: '2019-03-31', time: null, precision: 'month', approximate: true }],
    ['?March 2019', { start: '2019-03-01', end: '2019-03-31', time: null, precision: 'month', approximate: true }],
    ['February 2020', { start: '2020-02-01', end: '2020-02-29', time: null, precision: 'month', approximate: false }],
    ['Spring term 2019', { start: '2019-01-01', end: '2019-04-30', time: null, precision: 'term', approximate: false }],
    ['Autumn term 2018', { start: '2018-09-01', end: '2018-12-31', time: null, precision: 'term', approximate: false }],
    ['2019', { start: '2019-01-01', end: '2019-12-31', time: null, precision: 'year', approximate: false }],
    ['?22 May 2016', { start: '2016-05-22', end: '2016-05-22', time: null, precision: 'day', approximate: true }],
    ['c. 2017', { start: '2017-01-01', end: '2017-12-31', time: null, precision: 'year', approximate: true }],
  ])('%s', (text, expected) => {
    expect(ok(text)).toEqual(expected);
  });

  it('reads real spreadsheet date cells, with no time at midnight', () => {
    expect(ok({ date: '2019-03-12T00:00:00' })).toMatchObject({ start: '2019-03-12', time: null, precision: 'day' });
    expect(ok({ date: '2019-03-12T10:15:00' })).toMatchObject({ start: '2019-03-12', time: '10:15', precision: 'datetime' });
  });

  it('reads Excel serial dates in the 1900 and 1904 systems, and refuses the 29 February 1900 that never was', () => {
    expect(ok(43466)).toMatchObject({ start: '2019-01-01', precision: 'day' });
    expect(ok(61)).toMatchObject({ start: '1900-03-01' });
    expect(ok(59)).toMatchObject({ start: '1900-02-28' });
    expect(reason(60)).toMatch(/29 February 1900/);
    expect(ok(42004, { date1904: true })).toMatchObject({ start: '2019-01-01' });
    expect(ok(43466.5)).toMatchObject({ start: '2019-01-01', time: '12:00', precision: 'datetime' });
  });

  it('combines a separate time column: text, a spreadsheet time cell or a day fraction', () => {
    expect(ok('2019-03-11', { time: '14:00' })).toMatchObject({ time: '14:00', precision: 'datetime' });
    expect(ok('2019-03-11', { time: { date: '1899-12-30T14:00:00' } })).toMatchObject({ time: '14:00' });
    expect(ok('2019-03-11', { time: 0.5833333 })).toMatchObject({ time: '14:00' });
    expect(ok('2019-03-11', { time: '' })).toMatchObject({ time: null, precision: 'day' });
    expect(ok('March 2019', { time: '10:00' })).toMatchObject({ time: null, precision: 'month' });
    expect(read('2019-03-11', { time: 'lunchtime' })).toMatchObject({ ok: false, reason: expect.stringMatching(/time column is not a time/) });
  });

  it('reads two-digit years in this century unless that is after this year', () => {
    expect(ok('01/01/26')).toMatchObject({ start: '2026-01-01' });
    expect(ok('01/01/27')).toMatchObject({ start: '1927-01-01' });
  });

  it('refuses a month-first date rather than swapping it, and says dates are read day first', () => {
    const why = reason('04/13/2019');
    expect(why).toMatch(/"04\/13\/2019" has no month 13/);
    expect(why).toMatch(/day first \(UK\)/);
  });

  it('refuses days that do not exist, with the month length', () => {
    expect(reason('30/02/2019')).toMatch(/February 2019 has 28 days/);
    expect(reason('29/02/2019')).toMatch(/has 28 days/);
    expect(ok('29/02/2020')).toMatchObject({ start: '2020-02-29' });
  });

  it('says what is wrong with an empty cell or words that are not a date', () => {
    expect(reason(null)).toMatch(/^No date/);
    expect(reason('  ')).toMatch(/^No date/);
    expect(reason('last Tuesday')).toMatch(/"last Tuesday" is not a date we can read: write it as 14\/06\/2019/);
  });

  it('never invents a day: a month, a term or a year is always more than one day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2030 }), fc.integer({ min: 0, max: 11 }), (year, month) => {
        const name = new Date(Date.UTC(2000, month, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
        for (const text of [`${name} ${year}`, `approx ${name} ${year}`, `Summer term ${year}`, `${year}`]) {
          const date = ok(text);
          expect(date.end > date.start).toBe(true);
        }
      }),
    );
  });

  it('reads any real day the same in every written form', () => {
    const short = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2030, 11, 31)), noInvalidDate: true }), (when) => {
        const [y, m, d] = [when.getUTCFullYear(), when.getUTCMonth() + 1, when.getUTCDate()];
        const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const long = when.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
        for (const text of [iso, `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`, `${d} ${long} ${y}`, `${String(d).padStart(2, '0')}-${short[m - 1]}-${y}`]) {
          expect(ok(text)).toMatchObject({ start: iso, end: iso, precision: 'day' });
        }
      }),
    );
  });

  it('reads times in 24-hour and am/pm forms', () => {
    expect(['14:00', '9.30', '14:00:00', '2:13 pm', '12:05am', '24:00', '9:60'].map((text) => parseTime(text))).toEqual(['14:00', '09:30', '14:00', '14:13', '00:05', null, null]);
  });

  it('flags approximate dates, ranges, the future and events before the subject was born', () => {
    const date = (start: string, end = start, approximate = false) => ({ start, end, time: null, precision: 'day' as const, approximate, text: start });
    expect(plausibilityFlags(date('2019-03-01', '2019-03-31', true), { today })).toEqual(['approximate', 'range']);
    expect(plausibilityFlags(date('2027-01-01'), { today })).toEqual(['future']);
    expect(plausibilityFlags(date('2018-05-01'), { today, earliest: '2018-10-08' })).toEqual(['before-birth']);
    expect(plausibilityFlags(date('2018-10-01', '2018-10-31'), { today, earliest: '2018-10-08' })).toEqual(['range']);
  });
});
