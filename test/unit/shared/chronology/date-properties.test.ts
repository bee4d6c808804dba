/**
 * Properties of reading dates over every real day and month (fast-check): each written form reads
 * as exactly its day, a month-first date is never swapped, ranges never invert, a month is never
 * one day.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brief, lastDay, months, ok, pad, read, weekdays } from './date-helpers';

describe('properties', () => {
  const anyDay = fc
    .record({ year: fc.integer({ min: 1800, max: 2199 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
    .filter(({ year, month, day }) => day <= lastDay(year, month));
  const suffix = (day: number) => (day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th');

  it('reads any real day written dd/mm/yyyy, d MMMM yyyy, dd-MMM-yyyy, ISO (and more) as exactly that day', () => {
    fc.assert(
      fc.property(anyDay, ({ year, month, day }) => {
        const iso = `${year}-${pad(month)}-${pad(day)}`;
        const name = months[month - 1]!;
        const weekday = weekdays[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
        const forms = [
          `${pad(day)}/${pad(month)}/${year}`,
          `${day} ${name} ${year}`,
          `${pad(day)}-${name.slice(0, 3)}-${year}`,
          iso,
          `${day}/${month}/${year}`,
          `${day}${suffix(day)} ${name} ${year}`,
          `${weekday} ${day} ${name} ${year}`,
          `${year}/${pad(month)}/${pad(day)}`,
        ];
        for (const text of forms) expect([text, ...brief(text)]).toEqual([text, iso, iso, null, 'day', false]);
      }),
    );
  });

  it('reads any time on any day as a date-time, in the cell or from a time column', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), ({ year, month, day }, hours, minutes) => {
        const iso = `${year}-${pad(month)}-${pad(day)}`;
        const time = `${pad(hours)}:${pad(minutes)}`;
        expect(brief(`${pad(day)}/${pad(month)}/${year} ${time}`)).toEqual([iso, iso, time, 'datetime', false]);
        expect(brief(`${iso}T${time}:00`)).toEqual([iso, iso, time, 'datetime', false]);
        expect(brief(iso, { time })).toEqual([iso, iso, time, 'datetime', false]);
        expect(brief(iso, { time: (hours * 60 + minutes) / 1440 })).toEqual([iso, iso, time, 'datetime', false]);
      }),
    );
  });

  it('never swaps: a second number over 12 is always an error naming that month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 13, max: 99 }), fc.integer({ min: 1900, max: 2100 }), (first, second, year) => {
        const result = read(`${pad(first)}/${second}/${year}`);
        expect(result).toEqual({ ok: false, reason: expect.stringContaining(`has no month ${second}: dates are read day first (UK)`) });
      }),
    );
  });

  it('a month is never a single day: always the whole month, the first to the last', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1800, max: 2199 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('', 'approx ', '?', 'about ', 'c. ', 'mid-'),
        fc.constantFrom<(name: string) => string>((name) => name, (name) => name.slice(0, 3), (name) => name.toUpperCase()),
        (year, month, hedge, spell) => {
          const date = ok(`${hedge}${spell(months[month - 1]!)} ${year}`);
          expect([date.start, date.end, date.precision, date.time, date.approximate]).toEqual([
            `${year}-${pad(month)}-01`,
            `${year}-${pad(month)}-${pad(lastDay(year, month))}`,
            'month',
            null,
            hedge !== '',
          ]);
        },
      ),
    );
  });

  it('every range read has start ≤ end, and only a day or a date-time is a single day', () => {
    const forms = fc.oneof(
      fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1900, max: 2100 })).map(([d, m, y]) => `w/c ${d} ${months[m]} ${y}`),
      fc.tuple(fc.constantFrom('Spring', 'Summer', 'Autumn'), fc.integer({ min: 1900, max: 2100 })).map(([term, y]) => `${term} term ${y}`),
      fc.integer({ min: 1800, max: 2199 }).map(String),
      fc.tuple(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 30 })).map(([m, y, more]) => {
        const later = new Date(Date.UTC(y, m + Math.floor(more / 3), 1));
        return `${months[m]} ${y} to ${months[later.getUTCMonth()]} ${later.getUTCFullYear()}`;
      }),
    );
    fc.assert(
      fc.property(forms, (text) => {
        const date = ok(text);
        expect(date.start < date.end).toBe(true);
        expect(['week', 'month', 'term', 'year']).toContain(date.precision);
      }),
    );
  });

  it('never throws, whatever the cell holds', () => {
    const cell = fc.oneof(fc.string(), fc.double(), fc.constant(null), fc.string().map((date) => ({ date })));
    fc.assert(
      fc.property(cell, cell, (value, time) => {
        const result = read(value, { time });
        if (result.ok) expect(result.date.start <= result.date.end).toBe(true);
        else expect(result.reason.length).toBeGreaterThan(10);
      }),
      { numRuns: 2000 },
    );
  });
});
