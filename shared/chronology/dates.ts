/**
 * Reading an agency's date as the agency wrote it, without inventing precision it did not give.
 *
 * Dates are read day first, as in the UK: "03/04/2019" is the 3rd of April, and "04/13/2019" is
 * an error (there is no month 13) — it is never quietly swapped, because a swapped date in a
 * safeguarding chronology puts an event in the wrong order. A month, a week, a school term or a
 * year becomes a range of days; "approx", "?", "c.", "circa", "about", "early/mid/late" mark it
 * approximate. The forms themselves are the table in date-patterns.ts.
 */
import { cellText } from './cells';
import { fromSerial, readForm, unreadableHint, type Attempt, type ReadContext, type Span } from './date-patterns';
import { parseTime, timeFromDateCell } from './times';
import type { ChronoDate, EntryFlag, Precision, RawCell } from './types';

export { parseTime };

export type DateResult = { ok: true; date: ChronoDate } | { ok: false; reason: string };

export interface DateOptions {
  date1904: boolean;
  /** A separate time column's cell, when the source has one. */
  time?: RawCell;
  /** YYYY-MM-DD: the pivot for two-digit years. */
  today: string;
}

const help = 'write it as 14/06/2019, 14 June 2019, June 2019, w/c 18 February 2019, Spring term 2019 or 2019';

// Hedges before the date ("approx", "c.", "?", "mid-") and after it ("?", "(approx)"). "Early",
// "mid" and "late" keep the whole period: the range still holds the event, marked approximate.
const leadingHedge = /^(?:(?:approx(?:imately)?|approximate|about|around|circa|ca|c|est(?:imated)?|early|mid|late)\b\.?|\?)[ -]*/;
const trailingHedge = /[ ,]*(?:\?|\((?:approx(?:imately)?|approximate|est(?:imated)?|circa|\?)\.?\)|approx(?:imately)?\.?)$/;
// "18/02/2019 - 22/02/2019", "March 2019 to May 2019" ("February to March 2019" is not read: no year before "to").
const rangeSeparator = / (?:-|to|until|till) /;
const precisionOrder: readonly Precision[] = ['datetime', 'day', 'week', 'month', 'term', 'year'];

const plainFigures = /^[\d/:-]+(?: [\d:]+)?$/;

/** Lower case, one space between words, every dash a hyphen, curly quotes straight. */
function normalise(text: string): string {
  // Day-first figures with one space before a time ("14/06/2019 14:00"), the commonest form: already normal.
  if (plainFigures.test(text)) return text;
  return text
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/\.$/, '')
    .trim();
}

/** The text of a cell as messages and `ChronoDate.text` show it: a date cell as YYYY-MM-DD (HH:MM). */
export function cellWords(cell: RawCell): string {
  return cellText(cell).trim();
}

type Reading = { ok: true; span: Span; approximate: boolean } | { ok: false; reason: string };

function fromAttempt(attempt: Attempt, original: string, approximate: boolean, hint: string | null = null): Reading {
  if (attempt === null) return { ok: false, reason: `"${original}" is not a date we can read: ${help}${hint ? ` (${hint})` : ''}` };
  if ('error' in attempt) return { ok: false, reason: attempt.error };
  return { ok: true, span: attempt, approximate };
}

function readText(original: string, options: DateOptions): Reading {
  const context = { original, today: options.today, date1904: options.date1904 };
  let rest = normalise(original);
  let approximate = false;
  for (let hedge = leadingHedge.exec(rest); hedge && hedge[0] !== ''; hedge = leadingHedge.exec(rest)) {
    approximate = true;
    rest = rest.slice(hedge[0].length);
  }
  // Every trailing hedge ends in "?", ")", "x", "y" or "."; most dates end in a figure.
  if (!endsWithFigure(rest) && trailingHedge.test(rest)) {
    approximate = true;
    rest = rest.replace(trailingHedge, '');
  }
  const attempt = readForm(rest, context) ?? readRange(rest, context);
  return fromAttempt(attempt, original, approximate, attempt === null ? unreadableHint(rest) : null);
}

function endsWithFigure(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last >= 0x30 && last <= 0x39;
}

/** "X - Y" where both ends are dates: from the start of X to the end of Y, never backwards. */
function readRange(text: string, context: ReadContext): Attempt {
  const parts = text.split(rangeSeparator);
  if (parts.length !== 2) return null;
  const [first, last] = parts.map((part) => readForm(part, context));
  if (!first || !last) return null;
  if ('error' in first) return first;
  if ('error' in last) return last;
  if (last.end < first.start) return { error: `"${context.original}" ends before it starts: check the source` };
  const coarsest = precisionOrder[Math.max(1, precisionOrder.indexOf(first.precision), precisionOrder.indexOf(last.precision))]!;
  return { start: first.start, end: last.end, time: null, precision: coarsest };
}

/** A real spreadsheet date cell: a date, or a date and time; midnight means no time was given. */
function readDateCell(value: string, original: string, options: DateOptions): Reading {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/.exec(value);
  if (!match) return fromAttempt(null, original, false);
  const day = `${match[1]}-${match[2]}-${match[3]}`;
  const time = timeFromDateCell(value);
  // Excel keeps a time typed on its own on day zero (30/31 Dec 1899; 1 Jan 1904 in 1904 workbooks).
  if (day === '1899-12-30' || day === '1899-12-31' || (options.date1904 && day === '1904-01-01')) {
    return { ok: false, reason: `The date cell holds only a time (${time ?? '00:00'}), no date` };
  }
  const attempt = readForm(day, { original, today: options.today, date1904: options.date1904 });
  if (attempt === null || 'error' in attempt || time === null || time === '00:00') return fromAttempt(attempt, original, false);
  return { ok: true, span: { ...attempt, time, precision: 'datetime' }, approximate: false };
}

/** A number cell in a date column is an Excel serial date (a "2019" typed into a number cell is 11 July 1905: flagged before birth). */
function readNumberCell(value: number, original: string, options: DateOptions): Reading {
  return fromAttempt(fromSerial(value, { original, today: options.today, date1904: options.date1904 }), original, false);
}

/** A separate time column joins a single day; a time the date already had must agree with it. */
function withTimeColumn(span: Span, original: string, timeCell: RawCell | undefined): Span | string {
  const timeWords = timeCell === undefined ? '' : cellWords(timeCell);
  if (timeWords === '') return span;
  const time = parseTime(timeCell!);
  if (time === null) return `"${timeWords}" in the time column is not a time: write it as 14:30`;
  if (span.start !== span.end) return span; // A time for a month or a week says nothing; prepareRows keeps the cell.
  if (span.time !== null && span.time !== time) return `"${original}" has the time ${span.time} but the time column says ${time}: check which is right`;
  return { ...span, time, precision: 'datetime' };
}

export function parseChronoDate(cell: RawCell, options: DateOptions): DateResult {
  const text = cellWords(cell);
  if (text === '') return { ok: false, reason: 'No date: the date cell is empty' };
  const reading =
    typeof cell === 'number' ? readNumberCell(cell, text, options) : typeof cell === 'string' || cell === null ? readText(text, options) : readDateCell(cell.date, text, options);
  if (!reading.ok) return reading;
  const span = withTimeColumn(reading.span, text, options.time);
  if (typeof span === 'string') return { ok: false, reason: span };
  return { ok: true, date: { start: span.start, end: span.end, time: span.time, precision: span.precision, approximate: reading.approximate, text } };
}

/** The date covers more than one day, however it was written. */
export function isRange(date: ChronoDate): boolean {
  return date.start !== date.end || (date.precision !== 'day' && date.precision !== 'datetime');
}

export function plausibilityFlags(date: ChronoDate, context: { today: string; earliest?: string | null }): EntryFlag[] {
  const flags: EntryFlag[] = [];
  if (date.approximate) flags.push('approximate');
  if (isRange(date)) flags.push('range');
  if (date.start > context.today) flags.push('future');
  if (context.earliest && date.end < context.earliest) flags.push('before-birth');
  return flags;
}
