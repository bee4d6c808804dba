/** Dates typed day first, whatever the computer's locale (issue #15): what a date box accepts and refuses. */
import { describe, expect, it } from 'vitest';
import { dayForInput, dayInWords, dayProblem, dayValue, readDay } from '../../../../shared/dates/day-input';

const today = '2026-12-07';

describe('a day typed into a date box', () => {
  it.each([
    ['23/12/2019', '2019-12-23'],
    ['23-12-2019', '2019-12-23'],
    ['23.12.2019', '2019-12-23'],
    ['23 Dec 2019', '2019-12-23'],
    ['23 December 2019', '2019-12-23'],
    ['3/12/2019', '2019-12-03'],
    ['3 12 2019', '2019-12-03'],
    ['2019-12-23', '2019-12-23'],
  ])('%s reads as %s (day first: 3/12 is the 3rd of December)', (typed, day) => {
    expect(readDay(typed, 'The date', today)).toEqual({ ok: true, day });
    expect(dayValue(typed, today)).toBe(day);
  });

  it('refuses a date that is not real, or more than one day, saying how to write it', () => {
    expect(readDay('31/02/2019', 'The date it was sent', today)).toEqual({ ok: false, message: 'The date it was sent must be a real date: February 2019 has 28 days. Write it day first, for example 23/12/2019 or 23 December 2019.' });
    expect(readDay('December 2019', 'The date it was sent', today)).toEqual({ ok: false, message: expect.stringMatching(/^The date it was sent must be one day/) });
    expect(readDay('about 3/12/2019', 'The date it was sent', today)).toMatchObject({ ok: false });
    expect(readDay('', 'The date it was sent', today)).toEqual({ ok: false, message: 'Enter the date it was sent, for example 23/12/2019 or 23 December 2019.' });
  });

  it('a partly typed date is not dropped: the form is told and refuses it', () => {
    expect(dayValue('23/12', today)).not.toBe('');
    expect(dayProblem(dayValue('23/', today), 'The start', today)).toMatch(/^The start must be a real date/);
    expect(dayProblem('', 'The start', today)).toBeNull();
    expect(dayProblem('2019-12-23', 'The start', today)).toBeNull();
  });

  it('a stored day shows day first, and reads as words', () => {
    expect(dayForInput('2019-12-03')).toBe('03/12/2019');
    expect(dayForInput('')).toBe('');
    expect(dayInWords('2026-12-04')).toBe('4 December 2026');
    expect(dayInWords('2026-12-07T10:15:00.000Z')).toBe('7 December 2026');
  });
});
