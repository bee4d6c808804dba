/**
 * A chronology date in words, keeping the precision the agency gave it: "March 2019 (month,
 * approximate)", "w/c 18 Feb 2019 (week)", "Spring term 2019 (1 Jan – 30 Apr 2019)". The user
 * checks the preview against the file, so a month must never read as the 1st of the month.
 */
import { assertNever } from '../errors';
import type { ChronoDate, EntryFlag } from './types';

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface Day {
  year: number;
  month: number;
  day: number;
}

/** YYYY-MM-DD as numbers; null for anything else (shown as written rather than guessed at). */
function parseDay(iso: string): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { year, month, day };
}

const shortMonth = (month: number) => monthNames[month - 1]!.slice(0, 3);

/** "18 Feb 2019". */
export function shortDay(iso: string): string {
  const day = parseDay(iso);
  return day ? `${day.day} ${shortMonth(day.month)} ${day.year}` : iso;
}

/** "1 Jan – 30 Apr 2019", or "1 Dec 2018 – 3 Jan 2019" across a year's end. */
export function dayRange(start: string, end: string): string {
  const first = parseDay(start);
  const last = parseDay(end);
  if (!first || !last) return `${start} – ${end}`;
  if (start === end) return shortDay(start);
  const from = first.year === last.year ? `${first.day} ${shortMonth(first.month)}` : shortDay(start);
  return `${from} – ${shortDay(end)}`;
}

/** "(month, approximate)", "(week)", or nothing for a plain day. */
function qualified(words: string, kind: string | null, approximate: boolean): string {
  const notes = [kind, approximate ? 'approximate' : null].filter(Boolean);
  return notes.length > 0 ? `${words} (${notes.join(', ')})` : words;
}

export function dateInWords(date: ChronoDate): string {
  const start = parseDay(date.start);
  const spans = date.start !== date.end;
  switch (date.precision) {
    case 'datetime':
    case 'day': {
      const day = spans ? dayRange(date.start, date.end) : shortDay(date.start);
      return qualified(date.time ? `${day} at ${date.time}` : day, null, date.approximate);
    }
    case 'week':
      return qualified(`w/c ${shortDay(date.start)}`, 'week', date.approximate);
    case 'month':
      return qualified(start ? `${monthNames[start.month - 1]} ${start.year}` : date.text, 'month', date.approximate);
    case 'term': {
      // The term's name is only in what the agency wrote; the range says what it was read as.
      const range = dayRange(date.start, date.end);
      return `${date.text.trim()} (${date.approximate ? `${range}, approximate` : range})`;
    }
    case 'year':
      return qualified(start ? String(start.year) : date.text, 'year', date.approximate);
    default:
      return assertNever(date.precision);
  }
}

export function flagInWords(flag: EntryFlag): string {
  switch (flag) {
    case 'approximate':
      return 'Approximate date';
    case 'range':
      return 'Date is a range';
    case 'future':
      return 'Date in the future';
    case 'before-birth':
      return 'Before the child was born';
    default:
      return assertNever(flag);
  }
}

/** "Approximate date; Date is a range", or "None". */
export function flagsInWords(flags: readonly EntryFlag[]): string {
  return flags.length === 0 ? 'None' : flags.map(flagInWords).join('; ');
}
