/** A chronology date read back to the user at the precision the agency gave it, never finer. */
import { describe, expect, it } from 'vitest';
import type { ChronoDate } from '../../../../shared/chronology/types';
import { dateInWords, dayRange, flagsInWords } from '../../../../shared/chronology/date-words';

const date = (fields: Partial<ChronoDate> & Pick<ChronoDate, 'start' | 'precision'>): ChronoDate => ({
  end: fields.start,
  time: null,
  approximate: false,
  text: fields.start,
  ...fields,
});

describe('a chronology date in words', () => {
  it('says a month is a month, and that it was approximate, without naming a day', () => {
    expect(dateInWords(date({ start: '2019-03-01', end: '2019-03-31', precision: 'month', approximate: true, text: 'approx March 2019' }))).toBe(
      'March 2019 (month, approximate)',
    );
    expect(dateInWords(date({ start: '2019-03-01', end: '2019-03-31', precision: 'month', text: 'March 2019' }))).toBe('March 2019 (month)');
  });

  it('gives a week by its commencing day', () => {
    expect(dateInWords(date({ start: '2019-02-18', end: '2019-02-24', precision: 'week', text: 'w/c 18 February 2019' }))).toBe('w/c 18 Feb 2019 (week)');
  });

  it('keeps a school term’s name and shows the range it was read as', () => {
    expect(dateInWords(date({ start: '2019-01-01', end: '2019-04-30', precision: 'term', text: 'Spring term 2019' }))).toBe('Spring term 2019 (1 Jan – 30 Apr 2019)');
  });

  it('reads days and times day first, as the UK writes them', () => {
    expect(dateInWords(date({ start: '2019-04-03', precision: 'day', text: '03/04/2019' }))).toBe('3 Apr 2019');
    expect(dateInWords(date({ start: '2019-02-02', precision: 'datetime', time: '23:10', text: '02/02/2019 23:10' }))).toBe('2 Feb 2019 at 23:10');
    expect(dateInWords(date({ start: '2019-04-03', end: '2019-04-05', precision: 'day' }))).toBe('3 Apr – 5 Apr 2019');
    expect(dateInWords(date({ start: '2019-04-03', precision: 'day', approximate: true }))).toBe('3 Apr 2019 (approximate)');
  });

  it('gives a year as a year', () => {
    expect(dateInWords(date({ start: '2018-01-01', end: '2018-12-31', precision: 'year', text: 'c. 2018' }))).toBe('2018 (year)');
  });

  it('writes a range across a year’s end in full, and falls back to the text for what it cannot read', () => {
    expect(dayRange('2018-12-01', '2019-01-03')).toBe('1 Dec 2018 – 3 Jan 2019');
    expect(dayRange('2019-01-01', '2019-01-01')).toBe('1 Jan 2019');
    expect(dateInWords(date({ start: 'soon', end: 'soon', precision: 'month', text: 'soon' }))).toBe('soon (month)');
  });

  it('names every flag in words', () => {
    expect(flagsInWords([])).toBe('None');
    expect(flagsInWords(['approximate', 'range', 'future', 'before-birth'])).toBe('Approximate date; Date is a range; Date in the future; Before the child was born');
  });
});
