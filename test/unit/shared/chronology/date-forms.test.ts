/**
 * Every date form of issue #5 read at the precision it was written, day first, never swapped,
 * never a day invented — the fixture cells verbatim and the traps (properties: date-properties.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseTime, plausibilityFlags } from '../../../../shared/chronology/dates';
import type { RawCell } from '../../../../shared/chronology/types';
import { brief, help, ok, reason, today } from './date-helpers';

describe('the date cells of the six Hartwell fixtures, verbatim', () => {
  it.each<[string, RawCell, unknown[]]>([
    ['police.csv', '02/02/2019 23:10', ['2019-02-02', '2019-02-02', '23:10', 'datetime', false]],
    ['police.csv', '17/02/2019 01:45', ['2019-02-17', '2019-02-17', '01:45', 'datetime', false]],
    ['police.csv', '18/02/2019 09:30', ['2019-02-18', '2019-02-18', '09:30', 'datetime', false]],
    ['police.csv', '11/03/2019 14:00', ['2019-03-11', '2019-03-11', '14:00', 'datetime', false]],
    ['police.csv', '12/03/2019 10:15', ['2019-03-12', '2019-03-12', '10:15', 'datetime', false]],
    ['police.csv', '30/04/2019 22:05', ['2019-04-30', '2019-04-30', '22:05', 'datetime', false]],
    ['police.csv', '14/06/2019 03:20', ['2019-06-14', '2019-06-14', '03:20', 'datetime', false]],
    ['police.csv', '14/06/2019 11:00', ['2019-06-14', '2019-06-14', '11:00', 'datetime', false]],
    ['health-visiting.xlsx', { date: '2018-10-22T00:00:00' }, ['2018-10-22', '2018-10-22', null, 'day', false]],
    ['health-visiting.xlsx', { date: '2018-12-03T00:00:00.000Z' }, ['2018-12-03', '2018-12-03', null, 'day', false]],
    ['health-visiting.xlsx', { date: '2019-01-15' }, ['2019-01-15', '2019-01-15', null, 'day', false]],
    ['health-visiting.xlsx', 'approx March 2019', ['2019-03-01', '2019-03-31', null, 'month', true]],
    ['school.csv', '10th January 2019', ['2019-01-10', '2019-01-10', null, 'day', false]],
    ['school.csv', 'w/c 18 February 2019', ['2019-02-18', '2019-02-24', null, 'week', false]],
    ['school.csv', 'Spring term 2019', ['2019-01-01', '2019-04-30', null, 'term', false]],
    ['school.csv', '3rd April 2019', ['2019-04-03', '2019-04-03', null, 'day', false]],
    ['school.csv', '14 June 2019', ['2019-06-14', '2019-06-14', null, 'day', false]],
    ['childrens-social-care.xlsx', '2019-02-18', ['2019-02-18', '2019-02-18', null, 'day', false]],
    ['childrens-social-care.xlsx', { date: '2019-03-12T00:00:00.000Z' }, ['2019-03-12', '2019-03-12', null, 'day', false]],
    ['gp.tsv', '03-Dec-2018', ['2018-12-03', '2018-12-03', null, 'day', false]],
    ['gp.tsv', '19-Feb-2019', ['2019-02-19', '2019-02-19', null, 'day', false]],
    ['gp.tsv', '12-Mar-2019', ['2019-03-12', '2019-03-12', null, 'day', false]],
    ['gp.tsv', '14-Jun-2019', ['2019-06-14', '2019-06-14', null, 'day', false]],
    ['hospital-ed.csv', '2019-01-28T19:40:00', ['2019-01-28', '2019-01-28', '19:40', 'datetime', false]],
    ['hospital-ed.csv', '2019-06-14T02:13:00', ['2019-06-14', '2019-06-14', '02:13', 'datetime', false]],
  ])('%s %j', (_file, cell, expected) => {
    expect(brief(cell)).toEqual(expected);
  });

  it('joins the social-care time column (text "10:02", blank) to its dates', () => {
    expect(brief('2019-02-18', { time: '10:02' })).toEqual(['2019-02-18', '2019-02-18', '10:02', 'datetime', false]);
    expect(brief({ date: '2019-03-12T00:00:00.000Z' }, { time: '10:15' })).toEqual(['2019-03-12', '2019-03-12', '10:15', 'datetime', false]);
    expect(brief('2019-04-03', { time: '' })).toEqual(['2019-04-03', '2019-04-03', null, 'day', false]);
  });
});

describe('every form the issue names', () => {
  it.each<[string, unknown[]]>([
    // Day first, numbers
    ['03/04/2019', ['2019-04-03', '2019-04-03', null, 'day', false]],
    ['3/4/19', ['2019-04-03', '2019-04-03', null, 'day', false]],
    ['14.06.2019', ['2019-06-14', '2019-06-14', null, 'day', false]],
    ['14-06-2019', ['2019-06-14', '2019-06-14', null, 'day', false]],
    ['14/06/2019 14:00:00', ['2019-06-14', '2019-06-14', '14:00', 'datetime', false]],
    ['02/02/2019 2310hrs', ['2019-02-02', '2019-02-02', '23:10', 'datetime', false]],
    // Day first, month names
    ['3rd April 2019', ['2019-04-03', '2019-04-03', null, 'day', false]],
    ['03-Apr-2019', ['2019-04-03', '2019-04-03', null, 'day', false]],
    ['3 Apr 19', ['2019-04-03', '2019-04-03', null, 'day', false]],
    ['1st May 2019', ['2019-05-01', '2019-05-01', null, 'day', false]],
    ['22nd Sept 2019', ['2019-09-22', '2019-09-22', null, 'day', false]],
    ['3 Sept. 2019', ['2019-09-03', '2019-09-03', null, 'day', false]],
    ['Wednesday 3 April 2019', ['2019-04-03', '2019-04-03', null, 'day', false]],
    ['Wed, 3rd of April 2019', ['2019-04-03', '2019-04-03', null, 'day', false]],
    ['14 June 2019 at 2:13pm', ['2019-06-14', '2019-06-14', '14:13', 'datetime', false]],
    ['June 14th 2019', ['2019-06-14', '2019-06-14', null, 'day', false]],
    ['  14   JUNE   2019  ', ['2019-06-14', '2019-06-14', null, 'day', false]],
    // ISO and year first
    ['2019-06-14', ['2019-06-14', '2019-06-14', null, 'day', false]],
    ['2019-06-14T02:13:00', ['2019-06-14', '2019-06-14', '02:13', 'datetime', false]],
    ['2019-06-14 02:13', ['2019-06-14', '2019-06-14', '02:13', 'datetime', false]],
    ['2019/06/14', ['2019-06-14', '2019-06-14', null, 'day', false]],
    // Weeks
    ['w/c 18/02/2019', ['2019-02-18', '2019-02-24', null, 'week', false]],
    ['W/C 18th Feb 2019', ['2019-02-18', '2019-02-24', null, 'week', false]],
    ['week commencing 30 December 2019', ['2019-12-30', '2020-01-05', null, 'week', false]],
    // Months
    ['March 2019', ['2019-03-01', '2019-03-31', null, 'month', false]],
    ['?March 2019', ['2019-03-01', '2019-03-31', null, 'month', true]],
    ['? March 2019', ['2019-03-01', '2019-03-31', null, 'month', true]],
    ['March 2019?', ['2019-03-01', '2019-03-31', null, 'month', true]],
    ['March 2019 (approx)', ['2019-03-01', '2019-03-31', null, 'month', true]],
    ['Approximately March 2019', ['2019-03-01', '2019-03-31', null, 'month', true]],
    ['mid-March 2019', ['2019-03-01', '2019-03-31', null, 'month', true]],
    ['late Feb 2020', ['2020-02-01', '2020-02-29', null, 'month', true]],
    ['Mar-19', ['2019-03-01', '2019-03-31', null, 'month', false]],
    ['03/2019', ['2019-03-01', '2019-03-31', null, 'month', false]],
    // School terms (deliberately wide: see date-patterns.ts)
    ['Spring term 2019', ['2019-01-01', '2019-04-30', null, 'term', false]],
    ['Summer term 2019', ['2019-04-01', '2019-07-31', null, 'term', false]],
    ['Autumn term 2018', ['2018-09-01', '2018-12-31', null, 'term', false]],
    ['Spring term 2018/19', ['2019-01-01', '2019-04-30', null, 'term', false]],
    ['Autumn term 2018/19', ['2018-09-01', '2018-12-31', null, 'term', false]],
    ['Summer 2019 term', ['2019-04-01', '2019-07-31', null, 'term', false]],
    ['approx Spring term 2019', ['2019-01-01', '2019-04-30', null, 'term', true]],
    // Years
    ['2019', ['2019-01-01', '2019-12-31', null, 'year', false]],
    ['c. 2017', ['2017-01-01', '2017-12-31', null, 'year', true]],
    ['circa 2017', ['2017-01-01', '2017-12-31', null, 'year', true]],
    ['early 2019', ['2019-01-01', '2019-12-31', null, 'year', true]],
    // Hedged days
    ['?22 May 2016', ['2016-05-22', '2016-05-22', null, 'day', true]],
    ['approx 22/05/2016', ['2016-05-22', '2016-05-22', null, 'day', true]],
    // Written ranges
    ['18/02/2019 - 22/02/2019', ['2019-02-18', '2019-02-22', null, 'day', false]],
    ['18/02/2019 – 22/02/2019', ['2019-02-18', '2019-02-22', null, 'day', false]],
    ['March 2019 to May 2019', ['2019-03-01', '2019-05-31', null, 'month', false]],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it('keeps the text as written (trimmed), a real date cell as YYYY-MM-DD', () => {
    expect(ok('  approx March 2019 ').text).toBe('approx March 2019');
    expect(ok({ date: '2019-03-12T00:00:00' }).text).toBe('2019-03-12');
    expect(ok({ date: '2019-03-12T10:15:00' }).text).toBe('2019-03-12 10:15');
  });

  it('reads two-digit years as 20yy unless that is after today’s year, then 19yy', () => {
    expect(ok('01/01/26').start).toBe('2026-01-01');
    expect(ok('01/01/27').start).toBe('1927-01-01');
    expect(ok('31/12/00').start).toBe('2000-12-31');
    expect(ok('3 Apr 05', { today: '2004-06-01' }).start).toBe('1905-04-03');
    expect(ok('3 Apr 05', { today: '2005-01-01' }).start).toBe('2005-04-03');
    expect(ok('Mar-99').start).toBe('1999-03-01');
  });
});

describe('spreadsheet cells', () => {
  it('reads real date cells: midnight is a day, any other time a date-time', () => {
    expect(brief({ date: '2019-03-12T00:00:00' })).toEqual(['2019-03-12', '2019-03-12', null, 'day', false]);
    expect(brief({ date: '2019-03-12T10:15:00' })).toEqual(['2019-03-12', '2019-03-12', '10:15', 'datetime', false]);
    // Float noise from the serial is rounded off; seconds are dropped as a clock shows them.
    expect(ok({ date: '2019-03-12T10:14:59.999' }).time).toBe('10:15');
    expect(ok({ date: '2019-03-12T10:14:45' }).time).toBe('10:14');
  });

  it('refuses a date cell that holds only a time', () => {
    expect(reason({ date: '1899-12-30T14:00:00' })).toBe('The date cell holds only a time (14:00), no date');
  });

  it('reads 1900-system serials with Excel’s fictitious 29 February 1900 (serial 60) refused', () => {
    expect(brief(43466)).toEqual(['2019-01-01', '2019-01-01', null, 'day', false]);
    expect(ok(1).start).toBe('1900-01-01');
    expect(ok(59).start).toBe('1900-02-28');
    expect(reason(60)).toBe("60 is Excel's 29 February 1900, a day that did not exist: check the source");
    expect(ok(61).start).toBe('1900-03-01');
    expect(reason(0)).toMatch(/^0 is Excel's day zero/);
    expect(brief(43466.75)).toEqual(['2019-01-01', '2019-01-01', '18:00', 'datetime', false]);
  });

  it('reads 1904-system serials (0 is 1 January 1904, 1462 days after the 1900 system)', () => {
    expect(ok(0, { date1904: true }).start).toBe('1904-01-01');
    expect(ok(42004, { date1904: true }).start).toBe('2019-01-01');
    // 41984 (the number in the brief) is 20 days earlier: 12 December 2018.
    expect(ok(41984, { date1904: true }).start).toBe('2018-12-12');
    expect(ok(60, { date1904: true }).start).toBe('1904-03-01');
  });

  it('reads a five-digit serial saved as text, but not a short number', () => {
    expect(ok('43466').start).toBe('2019-01-01');
    expect(reason('12')).toBe(`"12" is not a date we can read: ${help}`);
  });

  it('refuses numbers that cannot be a date without throwing', () => {
    expect(reason(-5)).toMatch(/is not a date we can read/);
    expect(reason(Number.NaN)).toBe('No date: the date cell is empty');
    expect(reason(3_000_000)).toBe('3000000 is too large to be a spreadsheet date: check the source');
  });
});

describe('a separate time column', () => {
  it.each<[RawCell, string]>([
    ['10:15', '10:15'],
    ['14:00', '14:00'],
    [{ date: '1899-12-30T14:00:00' }, '14:00'],
    [0.5833, '14:00'],
    [0.5, '12:00'],
    ['1400hrs', '14:00'],
    ['2pm', '14:00'],
  ])('%j makes a date-time', (time, expected) => {
    expect(brief('12/03/2019', { time })).toEqual(['2019-03-12', '2019-03-12', expected, 'datetime', false]);
  });

  it('leaves the date alone when the time cell is empty or missing', () => {
    expect(brief('12/03/2019', { time: '' })).toEqual(['2019-03-12', '2019-03-12', null, 'day', false]);
    expect(brief('12/03/2019', { time: null })).toEqual(['2019-03-12', '2019-03-12', null, 'day', false]);
  });

  it('does not pin a time on a month or a week', () => {
    expect(brief('March 2019', { time: '10:00' })).toEqual(['2019-03-01', '2019-03-31', null, 'month', false]);
    expect(brief('w/c 18 February 2019', { time: '10:00' })).toEqual(['2019-02-18', '2019-02-24', null, 'week', false]);
  });

  it('refuses a time that is not one, and a time that disagrees with the date’s own', () => {
    expect(reason('12/03/2019', { time: 'morning' })).toBe('"morning" in the time column is not a time: write it as 14:30');
    expect(reason('02/02/2019 23:10', { time: '10:00' })).toBe('"02/02/2019 23:10" has the time 23:10 but the time column says 10:00: check which is right');
    expect(ok('02/02/2019 23:10', { time: '23:10' }).time).toBe('23:10');
  });
});

describe('times on their own', () => {
  it.each<[RawCell, string | null]>([
    ['10:15', '10:15'],
    ['9.30', '09:30'],
    ['9:05', '09:05'],
    ['23:59:59', '23:59'],
    ['2:13 pm', '14:13'],
    ['12:05am', '00:05'],
    ['noon', '12:00'],
    ['1400', '14:00'],
    ['0930hrs', '09:30'],
    ['', null],
    [null, null],
    ['24:00', null],
    ['9:60', null],
    ['13pm', null],
    ['2400', null],
    [{ date: '1899-12-30T14:00:00' }, '14:00'],
    [0.5833, '14:00'],
    [0, '00:00'],
    [1.5, null],
    [-0.1, null],
  ])('%j → %j', (cell, expected) => {
    expect(parseTime(cell)).toBe(expected);
  });
});

describe('dates that cannot be read, explained to a PRG member', () => {
  it('refuses a month-first date, says dates are read day first, and never swaps it', () => {
    expect(reason('04/13/2019')).toBe(
      '"04/13/2019" has no month 13: dates are read day first (UK), so the month is the second number. Check the source and write the date as day/month/year',
    );
    expect(reason('12/25/2019 10:00')).toMatch(/^"12\/25\/2019 10:00" has no month 25:/);
    expect(reason('13/2019')).toBe('"13/2019" has no month 13: months run 1 to 12');
  });

  it('refuses days that do not exist, leap years counted', () => {
    expect(reason('30/02/2019')).toBe('"30/02/2019" is not a real date: February 2019 has 28 days');
    expect(reason('29/02/2019')).toBe('"29/02/2019" is not a real date: February 2019 has 28 days');
    expect(ok('29/02/2020').start).toBe('2020-02-29');
    expect(reason('29/02/1900')).toBe('"29/02/1900" is not a real date: February 1900 has 28 days');
    expect(ok('29/02/2000').start).toBe('2000-02-29');
    expect(reason('31 April 2019')).toBe('"31 April 2019" is not a real date: April 2019 has 30 days');
    expect(reason('00/01/2019')).toBe('"00/01/2019" is not a real date: there is no day 0');
    expect(reason('2019-02-30')).toBe('"2019-02-30" is not a real date: February 2019 has 28 days');
  });

  it('refuses a weekday that disagrees with the date', () => {
    expect(reason('Monday 3 April 2019')).toBe('"Monday 3 April 2019" says Monday, but that date was a Wednesday: check which is right');
  });

  it('refuses years that cannot be right, and a written range that runs backwards', () => {
    expect(reason('03/04/0219')).toBe('"03/04/0219" has the year 219, which cannot be right: check the source');
    expect(reason('22/02/2019 - 18/02/2019')).toBe('"22/02/2019 - 18/02/2019" ends before it starts: check the source');
    expect(reason('Autumn term 2018/20')).toBe('"Autumn term 2018/20" is not a school year: the second year should follow the first, e.g. 2018/19');
  });

  it('says an empty cell has no date', () => {
    expect(reason(null)).toBe('No date: the date cell is empty');
    expect(reason('')).toBe('No date: the date cell is empty');
    expect(reason(' \t ')).toBe('No date: the date cell is empty');
  });

  it('quotes text it cannot read and shows the forms it can, never guessing a year', () => {
    expect(reason('not known')).toBe(`"not known" is not a date we can read: ${help}`);
    expect(reason('last Tuesday')).toBe(`"last Tuesday" is not a date we can read: ${help}`);
    expect(reason('Summer 2019')).toBe(`"Summer 2019" is not a date we can read: ${help}`);
    expect(reason('18 Feb')).toBe(`"18 Feb" is not a date we can read: ${help} (it has no year, and we never guess one)`);
    expect(reason('w/c 18 Feb')).toBe(`"w/c 18 Feb" is not a date we can read: ${help} (it has no year, and we never guess one)`);
    expect(reason('14/06/2019 25:00')).toBe('"14/06/2019 25:00" has a time (25:00) that is not a time of day');
  });
});

describe('plausibility flags', () => {
  const context = { today, earliest: '2018-10-08' };
  it.each<[string, string[]]>([
    ['approx March 2019', ['approximate', 'range']],
    ['Spring term 2019', ['range']],
    ['w/c 18 February 2019', ['range']],
    ['2019', ['range']],
    ['14/06/2019', []],
    ['14/06/2019 03:20', []],
    ['18/02/2019 - 22/02/2019', ['range']],
    ['08/10/2018', []],
    ['07/10/2018', ['before-birth']],
    ['October 2018', ['range']],
    ['September 2018', ['range', 'before-birth']],
    ['?22 May 2016', ['approximate', 'before-birth']],
    ['27/11/2026', ['future']],
    ['26/11/2026', []],
    ['approx 2030', ['approximate', 'range', 'future']],
  ])('%s → %j', (text, expected) => {
    expect(plausibilityFlags(ok(text), context)).toEqual(expected);
  });

  it('flags nothing before birth when the date of birth is not known', () => {
    expect(plausibilityFlags(ok('22/05/2016'), { today })).toEqual([]);
    expect(plausibilityFlags(ok('22/05/2016'), { today, earliest: null })).toEqual([]);
  });
});
