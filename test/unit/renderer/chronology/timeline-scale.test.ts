/** The timeline's axis: whole days, the months around the entries, ticks that fit. */
import { describe, expect, it } from 'vitest';
import { dayNumber, periodAround, ticks } from '../../../../renderer/features/chronology/timeline-scale';

const day = (iso: string) => {
  const value = dayNumber(iso);
  if (value === null) throw new Error(iso);
  return value;
};

describe('the timeline scale', () => {
  it('counts whole days, and refuses what is not a date', () => {
    expect(day('1970-01-02')).toBe(1);
    expect(day('2019-03-31') - day('2019-03-30')).toBe(1);
    expect(dayNumber('March 2019')).toBeNull();
  });

  it('draws whole months around the entries', () => {
    expect(periodAround([day('2018-10-22'), day('2019-06-15')])).toEqual({ first: day('2018-10-01'), end: day('2019-07-01') });
    expect(periodAround([])).toBeNull();
  });

  it('labels months when there is room, naming the year at its first month', () => {
    const period = { first: day('2018-11-01'), end: day('2019-03-01') };
    expect(ticks(period, 3).map((tick) => tick.label)).toEqual(['Nov 2018', 'Dec', 'Jan 2019', 'Feb']);
    expect(ticks(period, 3).filter((tick) => tick.major).map((tick) => tick.label)).toEqual(['Jan 2019']);
  });

  it('falls back to quarters, then years, when zoomed out', () => {
    const period = { first: day('2018-01-01'), end: day('2020-01-01') };
    expect(ticks(period, 1).map((tick) => tick.label)).toEqual(['Jan 2018', 'Apr', 'Jul', 'Oct', 'Jan 2019', 'Apr', 'Jul', 'Oct']);
    const decade = { first: day('2010-01-01'), end: day('2013-06-01') };
    expect(ticks(decade, 0.1).map((tick) => tick.label)).toEqual(['2010', '2011', '2012', '2013']);
  });
});

describe('the timeline scale zoomed far in', () => {
  it('labels weeks, then days, day first, naming the year at the first tick and on 1 January', () => {
    const period = { first: day('2018-12-01'), end: day('2019-02-01') };
    expect(ticks(period, 12).map((tick) => tick.label)).toEqual(['1 Dec 2018', '8 Dec', '15 Dec', '22 Dec', '1 Jan 2019', '8 Jan', '15 Jan', '22 Jan']);
    expect(ticks(period, 12).filter((tick) => tick.major).map((tick) => tick.label)).toEqual(['1 Jan 2019']);
    const days = ticks({ first: day('2019-03-01'), end: day('2019-03-04') }, 90);
    expect(days.map((tick) => tick.label)).toEqual(['1 Mar 2019', '2 Mar', '3 Mar']);
  });
});
