/**
 * Where each entry is drawn on the timeline, and what it is called. The marks keep the
 * composite's order (date order), which is the order the arrow keys move through them.
 */
import type { ChronologyEntry } from '../../../shared/chronology/views';
import { dayRangeInWords, entryLabel } from './entry-words';
import { dayNumber } from './timeline-scale';

export const laneHeight = 44;
export const axisHeight = 40;
export const bandHeight = 28;
const spread = [0, -9, 9];

export interface Mark {
  entry: ChronologyEntry;
  /** Its accessible name and tooltip: the date as the composite reads it, the agency, the event. */
  label: string;
  /** A date known only to a week, month, term or other range: drawn as a bar. */
  range: boolean;
  left: number;
  right: number;
  /** The middle of the mark's lane, moved up or down when it shares its day with others. */
  y: number;
}

/** The horizontal middle of a mark: where a dot is drawn and its tooltip points. */
export const markCentre = (mark: Mark) => (mark.range ? mark.left + Math.max(6, mark.right - mark.left) / 2 : (mark.left + mark.right) / 2);

export function placeMarks(entries: readonly ChronologyEntry[], lane: ReadonlyMap<string, number>, x: (day: number) => number, lanesTop: number): Mark[] {
  // Marks on the same day in one lane are spread a little up and down, so none hides another.
  const sameDay = new Map<string, number>();
  const marks: Mark[] = [];
  for (const entry of entries) {
    const start = dayNumber(entry.date.start);
    const end = dayNumber(entry.date.end);
    const index = lane.get(entry.agency);
    if (start === null || end === null || index === undefined) continue;
    const range = start !== end;
    const key = `${index}:${entry.date.start}:${entry.date.end}`;
    const seen = sameDay.get(key) ?? 0;
    sameDay.set(key, seen + 1);
    const label = range ? `${entryLabel(entry, 60)} (range: ${dayRangeInWords(entry.date)})` : entryLabel(entry, 60);
    marks.push({ entry, label, range, left: x(start), right: x(end + 1), y: lanesTop + index * laneHeight + laneHeight / 2 + (range ? 0 : (spread[seen % spread.length] ?? 0)) });
  }
  return marks;
}

/** How near, in pixels, two marks of one lane are drawn before a pointer cannot tell them apart. */
const nearPixels = 12;

/**
 * The other entries drawn where this mark is, in the same lane: one click cannot pick between
 * them (the arrow keys can), so the panel the click opens lists them to choose from.
 */
export function marksNear(marks: readonly Mark[], index: number): ChronologyEntry[] {
  const mark = marks[index];
  if (!mark) return [];
  const centre = markCentre(mark);
  return marks
    .filter((other, at) => at !== index && other.entry.agency === mark.entry.agency && other.range === mark.range && Math.abs(markCentre(other) - centre) < nearPixels)
    .map((other) => other.entry);
}

/** The mark an arrow key (or Home, End) moves to from `index`; null for any other key. */
export function nextMark(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return Math.min(count - 1, index + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
