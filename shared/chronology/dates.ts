/**
 * Reading an agency's date as the agency wrote it, without inventing precision it did not give.
 *
 * Dates are read day first, as in the UK: "03/04/2019" is the 3rd of April, and "04/13/2019" is
 * an error (there is no month 13) — it is never quietly swapped, because a swapped date in a
 * safeguarding chronology puts an event in the wrong order. A month, a week, a school term or a
 * year becomes a range of days; "approx", "?", "c.", "circa" and "about" mark it approximate.
 */
import { daysInMonth, fromEpochDay, toEpochDay, type LocalDate } from '../deadlines/local-date';
import type { ChronoDate, EntryFlag, Precision, RawCell } from './types';

export type DateResult = { ok: true; date: ChronoDate } | { ok: false; reason: string };

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const monthPattern = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const hedge = /^(?:approx(?:imately)?\.?|about|around|circa|c\.|ca\.|\?)\s*/i;
const help = 'write it as 14/06/2019, 14 June 2019, June 2019, w/c 18 February 2019, Spring term 2019 or 2019';

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function day(year: number, month: number, date: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(date)}`;
}

function monthIndex(name: string): number {
  return months.findIndex((month) => month.startsWith(name.toLowerCase().slice(0, 3))) + 1;
}

/** Two-digit years: this century unless that would be after this year. */
function fullYear(text: string, today: string): number {
  if (text.length === 4) return Number(text);
  const short = Number(text);
  const thisYear = Number(today.slice(0, 4));
  return 2000 + short <= thisYear ? 2000 + short : 1900 + short;
}

function checkDay(text: string, year: number, month: number, date: number): string | null {
  if (month < 1 || month > 12) {
    return `"${text}" has no month ${month}: dates are read day first (UK), so the month is the second number. Check the source and write the date as day/month/year`;
  }
  if (date < 1 || date > daysInMonth(year, month)) return `"${text}" is not a real date: ${capital(months[month - 1]!)} ${year} has ${daysInMonth(year, month)} days`;
  return null;
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** "14:00", "9.30", "14:00:00", "2:13 pm" → "HH:MM"; null when it is not a time. */
export function parseTime(cell: RawCell): string | null {
  if (cell === null) return null;
  if (typeof cell === 'number') {
    if (cell < 0 || cell >= 1) return null;
    const minutes = Math.round(cell * 24 * 60);
    return minutes >= 24 * 60 ? null : `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
  }
  if (typeof cell === 'object') {
    const match = /T(\d{2}):(\d{2})/.exec(cell.date);
    return match ? `${match[1]}:${match[2]}` : null;
  }
  const match = /^(\d{1,2})[:.](\d{2})(?::\d{2}(?:\.\d+)?)?\s*(am|pm)?$/i.exec(cell.trim());
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2]);
  const half = match[3]?.toLowerCase();
  if (half) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (half === 'pm' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59) return null;
  return `${pad(hours)}:${pad(minutes)}`;
}

interface Parsed {
  start: string;
  end: string;
  time: string | null;
  precision: Precision;
}

type Attempt = Parsed | { error: string } | null;

/** Excel's serial dates. 1900 system: day 1 is 1 Jan 1900, and Excel counts a 29 Feb 1900 that never was. */
function fromSerial(serial: number, date1904: boolean): Attempt {
  const whole = Math.floor(serial);
  const fraction = serial - whole;
  let epochDay: number;
  if (date1904) epochDay = toEpochDay('1904-01-01' as LocalDate) + whole;
  else if (whole === 60) return { error: `${serial} is Excel's 29 February 1900, a day that did not exist: check the source` };
  else epochDay = toEpochDay('1899-12-31' as LocalDate) + whole - (whole > 60 ? 1 : 0);
  if (whole < (date1904 ? 0 : 1) || whole > 2_958_465) return null;
  const start = fromEpochDay(epochDay);
  const time = fraction > 0 ? parseTime(fraction) : null;
  return { start, end: start, time, precision: time ? 'datetime' : 'day' };
}

function fromText(text: string, today: string): Attempt {
  const lower = text.toLowerCase().replace(/\s+/g, ' ').trim();
  let match: RegExpExecArray | null;

  // ISO: 2019-06-14, 2019-06-14T02:13:00, 2019-06-14 02:13
  if ((match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ](\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(?:z|[+-]\d{2}:?\d{2})?)?$/.exec(lower))) {
    return dayAndTime(text, Number(match[1]), Number(match[2]), Number(match[3]), match[4]);
  }
  // Day first with / - . separators: 03/04/2019, 3/4/19, 03-04-2019 14:00
  if ((match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:,? (\d{1,2}[:.]\d{2}(?::\d{2})?(?: ?[ap]m)?))?$/.exec(lower))) {
    return dayAndTime(text, fullYear(match[3]!, today), Number(match[2]), Number(match[1]), match[4]);
  }
  // 3rd April 2019, 03-Apr-2019, 3 Apr 19, Wednesday 3 April 2019
  const named = new RegExp(`^(?:[a-z]+,? )?(\\d{1,2})(?:st|nd|rd|th)?[ -]${monthPattern}\\.?,?[ -](\\d{4}|\\d{2})(?:,? (\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?: ?[ap]m)?))?$`);
  if ((match = named.exec(lower))) return dayAndTime(text, fullYear(match[3]!, today), monthIndex(match[2]!), Number(match[1]), match[4]);
  // April 3rd 2019 / April 3, 2019
  const monthFirst = new RegExp(`^${monthPattern}\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})$`);
  if ((match = monthFirst.exec(lower))) return dayAndTime(text, Number(match[3]), monthIndex(match[1]!), Number(match[2]), undefined);
  // w/c 18 February 2019, w/c 18/02/2019, week commencing …
  if ((match = /^(?:w\/c|wc|w\/b|week (?:commencing|beginning|starting)) (.+)$/.exec(lower))) {
    const inner = fromText(match[1]!, today);
    if (inner === null || 'error' in inner) return inner;
    if (inner.precision !== 'day') return null;
    return { start: inner.start, end: fromEpochDay(toEpochDay(inner.start as LocalDate) + 6), time: null, precision: 'week' };
  }
  // March 2019, Mar-19, 03/2019
  if ((match = new RegExp(`^${monthPattern}\\.?[ -](\\d{4}|\\d{2})$`).exec(lower))) return wholeMonth(fullYear(match[2]!, today), monthIndex(match[1]!));
  if ((match = /^(\d{1,2})\/(\d{4})$/.exec(lower))) {
    const month = Number(match[1]);
    if (month < 1 || month > 12) return { error: `"${text}" has no month ${month}` };
    return wholeMonth(Number(match[2]), month);
  }
  // Spring term 2019, Autumn term 2018, Summer 2019 term
  if ((match = /^(spring|summer|autumn)(?: term)? (\d{4})(?: term)?$/.exec(lower))) {
    // Conservative ranges that hold every English school's term whatever the Easter date:
    // Spring 1 Jan–30 Apr, Summer 1 Apr–31 Jul, Autumn 1 Sep–31 Dec.
    const year = Number(match[2]);
    const [from, to] = { spring: ['01-01', '04-30'], summer: ['04-01', '07-31'], autumn: ['09-01', '12-31'] }[match[1] as 'spring' | 'summer' | 'autumn'];
    return { start: `${year}-${from}`, end: `${year}-${to}`, time: null, precision: 'term' };
  }
  if ((match = /^(\d{4})$/.exec(lower))) return { start: `${match[1]}-01-01`, end: `${match[1]}-12-31`, time: null, precision: 'year' };
  return null;
}

function wholeMonth(year: number, month: number): Parsed {
  return { start: day(year, month, 1), end: day(year, month, daysInMonth(year, month)), time: null, precision: 'month' };
}

function dayAndTime(text: string, year: number, month: number, date: number, timeText: string | undefined): Attempt {
  const problem = checkDay(text, year, month, date);
  if (problem) return { error: problem };
  const start = day(year, month, date);
  if (timeText === undefined) return { start, end: start, time: null, precision: 'day' };
  const time = parseTime(timeText);
  if (time === null) return { error: `"${text}" has a time that is not a time of day` };
  // A real date cell at midnight, or an ISO date at 00:00, carries no time.
  if (time === '00:00' && /t00:00(:00)?(\.0+)?z?$/i.test(text)) return { start, end: start, time: null, precision: 'day' };
  return { start, end: start, time, precision: 'datetime' };
}

export interface DateOptions {
  date1904: boolean;
  /** A separate time column's cell, when the source has one. */
  time?: RawCell;
  /** YYYY-MM-DD: the pivot for two-digit years. */
  today: string;
}

export function parseChronoDate(cell: RawCell, options: DateOptions): DateResult {
  const text = cellWords(cell);
  if (text === '') return { ok: false, reason: 'No date: the date cell is empty' };
  let approximate = false;
  let attempt: Attempt;
  if (typeof cell === 'number') attempt = fromSerial(cell, options.date1904);
  else if (cell !== null && typeof cell === 'object') attempt = fromText(cell.date, options.today);
  else {
    let rest = text;
    while (hedge.test(rest)) {
      approximate = true;
      rest = rest.replace(hedge, '');
    }
    if (/\?$/.test(rest)) {
      approximate = true;
      rest = rest.slice(0, -1).trim();
    }
    attempt = /^\d+(\.\d+)?$/.test(rest) && !/^\d{4}$/.test(rest) ? fromSerial(Number(rest), options.date1904) : fromText(rest, options.today);
  }
  if (attempt === null) return { ok: false, reason: `"${text}" is not a date we can read: ${help}` };
  if ('error' in attempt) return { ok: false, reason: attempt.error };
  let { time, precision } = attempt;
  if (options.time !== undefined && options.time !== null && cellWords(options.time) !== '') {
    const separate = parseTime(options.time);
    if (separate === null) return { ok: false, reason: `"${cellWords(options.time)}" in the time column is not a time: write it as 14:30` };
    if (precision === 'day' || precision === 'datetime') {
      time = separate;
      precision = 'datetime';
    }
  }
  return { ok: true, date: { start: attempt.start, end: attempt.end, time, precision, approximate, text } };
}

/** A cell as words for messages and `ChronoDate.text`: a real date cell as YYYY-MM-DD (HH:MM). */
export function cellWords(cell: RawCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'object') {
    const time = parseTime(cell);
    return cell.date.slice(0, 10) + (time && time !== '00:00' ? ` ${time}` : '');
  }
  return cell.trim();
}

export function plausibilityFlags(date: ChronoDate, context: { today: string; earliest?: string | null }): EntryFlag[] {
  const flags: EntryFlag[] = [];
  if (date.approximate) flags.push('approximate');
  if (date.start !== date.end) flags.push('range');
  if (date.start > context.today) flags.push('future');
  if (context.earliest && date.end < context.earliest) flags.push('before-birth');
  return flags;
}
