/**
 * Checks resources/bank-holidays/england-and-wales.json independently of the script that wrote
 * it: against the dates gov.uk published (typed in by hand below), against Easter dates from a
 * table rather than the algorithm, and against the standing rules.
 */
import { describe, expect, it } from 'vitest';
import { addDays, dateParts, dayOfWeek, type LocalDate } from '../../../../shared/deadlines';
import { day, holidays, shippedJson } from './fixtures';

/** Every England and Wales bank holiday 2018–2030, by year (month-day). */
const expected: Record<number, string[]> = {
  2018: ['01-01', '03-30', '04-02', '05-07', '05-28', '08-27', '12-25', '12-26'],
  2019: ['01-01', '04-19', '04-22', '05-06', '05-27', '08-26', '12-25', '12-26'],
  2020: ['01-01', '04-10', '04-13', '05-08', '05-25', '08-31', '12-25', '12-28'], // VE Day: Fri 8 May, not Mon 4 May
  2021: ['01-01', '04-02', '04-05', '05-03', '05-31', '08-30', '12-27', '12-28'], // Christmas on a Saturday
  2022: ['01-03', '04-15', '04-18', '05-02', '06-02', '06-03', '08-29', '09-19', '12-26', '12-27'], // Jubilee; State Funeral
  2023: ['01-02', '04-07', '04-10', '05-01', '05-08', '05-29', '08-28', '12-25', '12-26'], // Coronation
  2024: ['01-01', '03-29', '04-01', '05-06', '05-27', '08-26', '12-25', '12-26'],
  2025: ['01-01', '04-18', '04-21', '05-05', '05-26', '08-25', '12-25', '12-26'],
  2026: ['01-01', '04-03', '04-06', '05-04', '05-25', '08-31', '12-25', '12-28'],
  2027: ['01-01', '03-26', '03-29', '05-03', '05-31', '08-30', '12-27', '12-28'],
  2028: ['01-03', '04-14', '04-17', '05-01', '05-29', '08-28', '12-25', '12-26'],
  2029: ['01-01', '03-30', '04-02', '05-07', '05-28', '08-27', '12-25', '12-26'],
  2030: ['01-01', '04-19', '04-22', '05-06', '05-27', '08-26', '12-25', '12-26'],
};

/** Easter Sunday from published tables, not computed. */
const easterSunday: Record<number, string> = {
  2018: '04-01', 2019: '04-21', 2020: '04-12', 2021: '04-04', 2022: '04-17', 2023: '04-09', 2024: '03-31',
  2025: '04-20', 2026: '04-05', 2027: '03-28', 2028: '04-16', 2029: '04-01', 2030: '04-21',
};

const years = Object.keys(expected).map(Number);
const datesIn = (year: number) => holidays.events.filter((event) => dateParts(event.date).year === year).map((event) => event.date.slice(5));
const titleOn = (date: string) => holidays.events.find((event) => event.date === date)?.title;
const onlyOne = (title: (title: string) => boolean, year: number) => {
  const found = holidays.events.filter((event) => title(event.title) && dateParts(event.date).year === year);
  expect(found).toHaveLength(1);
  return found[0] as { date: LocalDate };
};
const firstWeekdayFrom = (date: LocalDate) => {
  let d = date;
  while (dayOfWeek(d) === 0 || dayOfWeek(d) === 6) d = addDays(d, 1);
  return d;
};

describe('the shipped bank-holiday table', () => {
  it('is in the gov.uk bank-holidays.json shape', () => {
    const file = shippedJson as Record<string, { division: string; events: Record<string, unknown>[] }>;
    expect(Object.keys(file)).toEqual(['england-and-wales']);
    expect(file['england-and-wales']?.division).toBe('england-and-wales');
    for (const event of file['england-and-wales']?.events ?? []) {
      expect(Object.keys(event).sort()).toEqual(['bunting', 'date', 'notes', 'title']);
    }
  });

  it('covers exactly 2018–2030', () => {
    expect(holidays.years).toEqual(years);
  });

  it.each(years)('has exactly the published bank holidays for %i', (year) => {
    expect(datesIn(year)).toEqual(expected[year]);
  });

  it('puts every bank holiday on a real weekday', () => {
    for (const event of holidays.events) expect([1, 2, 3, 4, 5], `${event.date} ${event.title}`).toContain(dayOfWeek(event.date));
  });

  it.each(years)('has Good Friday and Easter Monday around Easter Sunday %i', (year) => {
    const easter = day(`${year}-${easterSunday[year]}`);
    expect(titleOn(addDays(easter, -2))).toBe('Good Friday');
    expect(titleOn(addDays(easter, 1))).toBe('Easter Monday');
  });

  it.each(years)('follows the standing rules in %i (New Year, May, August, Christmas with substitutes)', (year) => {
    const newYear = firstWeekdayFrom(day(`${year}-01-01`));
    expect(titleOn(newYear)).toBe('New Year’s Day');
    const summer = holidays.events.filter((event) => event.title === 'Summer bank holiday' && dateParts(event.date).year === year);
    expect(summer).toHaveLength(1);
    const summerDate = summer[0]?.date as LocalDate;
    expect(dayOfWeek(summerDate)).toBe(1);
    expect(dateParts(addDays(summerDate, 7)).month).toBe(9); // the last Monday of August
    // Christmas and Boxing Day, or the first weekdays after them when they fall at a weekend.
    const christmas = firstWeekdayFrom(day(`${year}-12-25`));
    const boxing = firstWeekdayFrom(addDays(christmas, 1));
    expect(datesIn(year).filter((date) => date >= '12-25')).toEqual([christmas.slice(5), boxing.slice(5)]);
  });

  it('moves the May holidays only where a proclamation did (2020, 2022)', () => {
    for (const year of years) {
      const early = onlyOne((title) => title.startsWith('Early May'), year);
      const spring = onlyOne((title) => title === 'Spring bank holiday', year);
      if (year === 2020) expect(early.date).toBe('2020-05-08');
      else expect([dayOfWeek(early.date), dateParts(early.date).day <= 7]).toEqual([1, true]);
      if (year === 2022) expect(spring.date).toBe('2022-06-02');
      else expect([dayOfWeek(spring.date), dateParts(addDays(spring.date, 7)).month]).toEqual([1, 6]);
    }
  });

  it('includes the one-off holidays of 2022 and 2023', () => {
    expect(titleOn('2022-06-03')).toBe('Platinum Jubilee bank holiday');
    expect(titleOn('2022-09-19')).toBe('Bank Holiday for the State Funeral of Queen Elizabeth II');
    expect(titleOn('2023-05-08')).toBe('Bank holiday for the coronation of King Charles III');
    expect(titleOn('2020-05-04')).toBeUndefined();
    expect(titleOn('2022-05-30')).toBeUndefined();
  });
});
