/** The timeline's marks: named as the composite reads them, in date order for the arrow keys, overlaps found. */
import { describe, expect, it } from 'vitest';
import type { ChronologyEntry } from '../../../../shared/chronology/views';
import { marksNear, nextMark, placeMarks } from '../../../../renderer/features/chronology/timeline-marks';
import { dayNumber } from '../../../../renderer/features/chronology/timeline-scale';

function entry(id: string, agency: string, start: string, end = start, event = `Event ${id}`): ChronologyEntry {
  return {
    id,
    reviewId: 'r',
    agency,
    event,
    date: { text: start, precision: start === end ? 'day' : 'month', start, end, approximate: false, time: null },
    sequence: 0,
    extra: {},
    flags: [],
    analysis: null,
    provenance: { submissionId: null, file: '', rowNumber: null, importedAt: '2026-12-01T09:00:00Z', enteredBy: 'A. Reviewer' },
    episodeIds: [],
    linkedIds: [],
  } as ChronologyEntry;
}

const lanes = new Map([
  ['Police', 0],
  ['School', 1],
]);
const first = dayNumber('2019-01-01')!;
const x = (pixelsPerDay: number) => (day: number) => (day - first) * pixelsPerDay;

describe('timeline marks', () => {
  const entries = [entry('a', 'Police', '2019-03-11', '2019-03-11', 'Strategy discussion with CSC'), entry('b', 'School', '2019-03-01', '2019-03-31'), entry('c', 'Police', '2019-03-12')];

  it('keeps the composite’s order and names each mark with its date in words, agency and event', () => {
    const marks = placeMarks(entries, lanes, x(1), 68);
    expect(marks.map((mark) => mark.entry.id)).toEqual(['a', 'b', 'c']);
    expect(marks[0]?.label).toBe('11 Mar 2019, Police: Strategy discussion with CSC');
    expect(marks[1]?.label).toBe('March 2019 (month), School: Event b (range: 1 Mar 2019 – 31 Mar 2019)');
    expect(marks[1]?.range).toBe(true);
  });

  it('finds the marks one click cannot tell apart, only in the same lane', () => {
    expect(marksNear(placeMarks(entries, lanes, x(1), 68), 0).map((near) => near.id)).toEqual(['c']);
    expect(marksNear(placeMarks(entries, lanes, x(40), 68), 0)).toEqual([]);
  });

  it('moves with the arrows, Home and End, and stops at either end', () => {
    expect(nextMark('ArrowRight', 0, 3)).toBe(1);
    expect(nextMark('ArrowDown', 2, 3)).toBe(2);
    expect(nextMark('ArrowLeft', 0, 3)).toBe(0);
    expect(nextMark('End', 0, 3)).toBe(2);
    expect(nextMark('Home', 2, 3)).toBe(0);
    expect(nextMark('Enter', 0, 3)).toBeNull();
  });
});
