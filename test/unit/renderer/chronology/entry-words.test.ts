/** An entry read back in the composite, its detail panel and the timeline: as written, never finer. */
import { describe, expect, it } from 'vitest';
import type { ChronoDate } from '../../../../shared/chronology/types';
import type { ChronologyEntry } from '../../../../shared/chronology/views';
import {
  dateAsWritten,
  dayRangeInWords,
  entryCount,
  entryLabel,
  flagLabel,
  importedAt,
  provenanceInWords,
  shortText,
  similarityInWords,
} from '../../../../renderer/features/chronology/entry-words';

const date = (fields: Partial<ChronoDate> & Pick<ChronoDate, 'start' | 'precision' | 'text'>): ChronoDate => ({ end: fields.start, time: null, approximate: false, ...fields });

const entry = (fields: Partial<ChronologyEntry>): ChronologyEntry => ({
  id: 'e1',
  reviewId: 'r1',
  agency: 'Police',
  date: date({ start: '2019-03-11', precision: 'datetime', text: '11/03/2019 14:00', time: '14:00' }),
  sequence: 1,
  extra: {},
  flags: [],
  analysis: null,
  provenance: { submissionId: 's1', file: 'police.csv', rowNumber: 5, importedAt: '2026-11-26T09:00:00', enteredBy: null },
  episodeIds: [],
  linkedIds: [],
  ...fields,
});

describe('an entry in words', () => {
  it('shows a date as the agency wrote it, with its precision in words', () => {
    expect(dateAsWritten(date({ start: '2019-03-01', end: '2019-03-31', precision: 'month', approximate: true, text: 'approx March 2019' }))).toBe('approx March 2019 (month)');
    expect(dateAsWritten(date({ start: '2019-01-01', end: '2019-04-30', precision: 'term', text: 'Spring term 2019' }))).toBe('Spring term 2019 (school term)');
    expect(dateAsWritten(date({ start: '2019-03-11', precision: 'datetime', text: '11/03/2019 14:00' }))).toBe('11/03/2019 14:00 (date and time)');
  });

  it('says which days a date was read as, without inventing one', () => {
    expect(dayRangeInWords(date({ start: '2019-03-01', end: '2019-03-31', precision: 'month', text: 'March 2019' }))).toBe('1 Mar 2019 – 31 Mar 2019');
    expect(dayRangeInWords(date({ start: '2019-03-11', precision: 'day', text: '11/03/2019' }))).toBe('11 Mar 2019');
  });

  it('names every flag in a word', () => {
    expect(['approximate', 'range', 'future', 'before-birth'].map((flag) => flagLabel(flag as never))).toEqual(['Approximate', 'Range', 'Future', 'Before birth']);
  });

  it('says where an entry came from: agency, file, row and when', () => {
    expect(provenanceInWords('Police', entry({}).provenance)).toBe('Police — police.csv, row 5, imported 26 Nov 2026 09:00');
    expect(importedAt('not a date')).toBe('not a date');
  });

  it('puts the similarity of a likely duplicate in words, without the score behind them', () => {
    expect(similarityInWords(0.857)).toBe('Very similar');
    expect(similarityInWords(0.61)).toBe('Similar');
    expect(similarityInWords(0.53)).toBe('Somewhat similar');
  });

  it('shortens long text on one line for labels', () => {
    expect(shortText('Joint visit\nwith   police', 80)).toBe('Joint visit with police');
    expect(shortText('a'.repeat(100), 10)).toBe(`${'a'.repeat(9)}…`);
    // The date read one way, whoever wrote it: not the agency's own text.
    expect(entryLabel(entry({ event: 'Strategy discussion' }))).toBe('11 Mar 2019 at 14:00, Police: Strategy discussion');
    expect(entryLabel(entry({}))).toBe('11 Mar 2019 at 14:00, Police');
  });

  it('counts entries as a reader says them', () => {
    expect(entryCount(1)).toBe('1 entry');
    expect(entryCount(50000)).toBe('50,000 entries');
  });
});
