/** The likely-duplicate measure on its own: same day, different agencies, similar words, same time. */
import { describe, expect, it } from 'vitest';
import { contentWords, dice, findLikelyDuplicates, type DuplicateCandidate } from '../../../../shared/chronology/duplicates';
import type { ChronoDate } from '../../../../shared/chronology/types';

const day = (start: string, time: string | null = null, end = start): ChronoDate => ({ start, end, time, precision: time ? 'datetime' : 'day', approximate: false, text: start });
const entry = (id: string, agency: string, date: ChronoDate, text: string): DuplicateCandidate => ({ id, agency, date, text });

describe('likely duplicates', () => {
  it('measures shared content words with the Dice coefficient, ignoring case, stop words and plurals', () => {
    expect([...contentWords("The Strategy discussion with Maisie's health visitors")].sort()).toEqual(['discussion', 'health', 'maisie', 'strategy', 'visitor']);
    expect(dice(new Set(['a1', 'b1']), new Set(['a1', 'c1']))).toBe(0.5);
    expect(dice(new Set(), new Set(['a1']))).toBe(0);
  });

  it('pairs entries of different agencies on the same day with similar text, never the same agency', () => {
    const found = findLikelyDuplicates([
      entry('p1', 'Police', day('2019-03-11'), 'Strategy discussion with social care and health about a bruise'),
      entry('c1', 'Social care', day('2019-03-11'), 'Strategy discussion with police and health: bruise'),
      entry('p2', 'Police', day('2019-03-11'), 'Strategy discussion with social care and health about a bruise'),
      entry('c2', 'Social care', day('2019-03-12'), 'Strategy discussion with police and health: bruise'),
    ]);
    expect(found.map(({ a, b }) => [a, b].sort().join('+')).sort()).toEqual(['c1+p1', 'c1+p2']);
  });

  it('adds weight for the same recorded time, and none for different times', () => {
    const text = ['Joint visit with social worker; mother says the bruise was caused by play', 'Home visit with police. Mother’s explanation accepted at the medical'];
    const at = (ta: string | null, tb: string | null) =>
      findLikelyDuplicates([entry('a', 'Police', day('2019-03-12', ta), text[0]!), entry('b', 'CSC', day('2019-03-12', tb), text[1]!)]).length;
    expect(at('10:15', '10:15')).toBe(1);
    expect(at('10:15', '10:25')).toBe(1);
    expect(at('10:15', '14:00')).toBe(0);
    expect(at(null, null)).toBe(0);
  });

  it('compares a week with the days in it, but not a school term or a year', () => {
    const text = 'Child told teaching assistant about shouting and a broken door at home';
    const week = entry('w', 'School', day('2019-02-18', null, '2019-02-24'), text);
    const term = entry('t', 'School', day('2019-01-01', null, '2019-04-30'), text);
    const inWeek = entry('d', 'Police', day('2019-02-20'), text);
    expect(findLikelyDuplicates([week, inWeek]).map(({ a, b }) => a + b)).toEqual(['wd']);
    expect(findLikelyDuplicates([term, inWeek])).toEqual([]);
  });
});
