/**
 * The written date forms we read, one table row each, tried in order. Every form is read day first
 * (UK); a form that names no day (a month, a week, a term, a year) becomes the range of days it
 * covers, so no day is ever invented. Plain patterns, no locale parsing and no `new Date(text)`:
 * the machine's language and time zone must not change what a date means.
 */
import { dayOfWeek, daysInMonth, fromEpochDay, toEpochDay, type LocalDate } from '../deadlines/local-date';
import { parseTime, timeFromFraction } from './times';
import type { Precision } from './types';

/** A date read from a source: a range of days, with a time when the source gave one. */
export interface Span {
  start: string;
  end: string;
  time: string | null;
  precision: Precision;
}

/** A span, a reason it cannot be a date (shown to the user), or null: not a form we know. */
export type Attempt = Span | { error: string } | null;

export interface ReadContext {
  /** The cell as the user wrote it, for messages. */
  original: string;
  /** YYYY-MM-DD: the pivot for two-digit years. */
  today: string;
  date1904: boolean;
}

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const dayNames = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** Years a chronology entry can fall in; anything else is a typing slip ("03/04/0219"). */
const firstYear = 1800;
const lastYear = 2199;

// Pattern pieces (the text is lower-cased, spaces collapsed, dashes made "-" before matching).
const month = '(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const weekday = '(?:(?<weekday>mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,? )?';
const ordinal = '(?<day>\\d{1,2})(?:st|nd|rd|th)?';
const year = '(?<year>\\d{4}|\\d{2})';
const time = '(?:,? (?:at )?(?<time>\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2}(?:\\.\\d+)?)?(?: ?(?:[ap]\\.?m\\.?|hrs?))?|\\d{4} ?hrs?|\\d{1,2} ?[ap]\\.?m\\.?))?';

interface Form {
  /** What it reads, as the user would write it. */
  examples: string;
  pattern: RegExp;
  read: (groups: Record<string, string | undefined>, context: ReadContext) => Attempt;
}

const forms: Form[] = [
  {
    examples: '2019-06-14, 2019-06-14T02:13:00, 2019-06-14 02:13',
    pattern: /^(?<year>\d{4})-(?<month>\d{1,2})-(?<day>\d{1,2})(?:[t ](?<time>\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(?:z|[+-]\d{2}:?\d{2})?)?$/,
    read: (g, c) => dayAt(c, Number(g.year), Number(g.month), Number(g.day), g.time),
  },
  {
    // Year first is never ambiguous.
    examples: '2019/06/14',
    pattern: /^(?<year>\d{4})([/.])(?<month>\d{1,2})\2(?<day>\d{1,2})$/,
    read: (g, c) => dayAt(c, Number(g.year), Number(g.month), Number(g.day), undefined),
  },
  {
    examples: '14/06/2019, 3/4/19, 14.06.2019, 14-06-2019 14:00',
    pattern: new RegExp(`^(?<day>\\d{1,2})(?<sep>[/.-])(?<month>\\d{1,2})\\k<sep>${year}${time}$`),
    read: (g, c) => dayAt(c, fullYear(g.year!, c.today), Number(g.month), Number(g.day), g.time),
  },
  {
    examples: '14 June 2019, 3rd April 2019, 03-Apr-2019, 3 Apr 19, Friday 14 June 2019',
    pattern: new RegExp(`^${weekday}${ordinal}(?: of)?[ -]${month},?[ -]${year}${time}$`),
    read: (g, c) => checkWeekday(c, g.weekday, dayAt(c, fullYear(g.year!, c.today), monthNumber(g.month!), Number(g.day), g.time)),
  },
  {
    examples: 'June 14th 2019, June 14, 2019',
    pattern: new RegExp(`^${weekday}${month} ${ordinal},? (?<year>\\d{4})$`),
    read: (g, c) => checkWeekday(c, g.weekday, dayAt(c, Number(g.year), monthNumber(g.month!), Number(g.day), undefined)),
  },
  {
    examples: 'w/c 18 February 2019, w/c 18/02/2019, week commencing 18 February 2019',
    pattern: /^(?:w\/c|w\/b|wc|wb|w\.c\.?|week (?:commencing|beginning|starting|of))\.?:? ?(?<rest>.+)$/,
    read: (g, c) => {
      const first = readForm(g.rest!, c);
      if (first === null || 'error' in first) return first;
      if (first.precision !== 'day') return null;
      return { start: first.start, end: addDays(first.start, 6), time: null, precision: 'week' };
    },
  },
  {
    examples: 'March 2019, Mar-19',
    pattern: new RegExp(`^${month},?[ -]${year}$`),
    read: (g, c) => wholeMonth(c, fullYear(g.year!, c.today), monthNumber(g.month!)),
  },
  {
    examples: '03/2019',
    pattern: /^(?<month>\d{1,2})[/.-](?<year>\d{4})$/,
    read: (g, c) => wholeMonth(c, Number(g.year), Number(g.month)),
  },
  {
    examples: 'Spring term 2019, Autumn term 2018/19, Summer 2019 term',
    pattern: /^(?<term>spring|summer|autumn) (?:term,? (?<year>\d{4})|(?<year2>\d{4}) term)(?: ?[/-] ?(?<next>\d{4}|\d{2}))?$/,
    read: (g, c) => schoolTerm(c, g.term as Term, Number(g.year ?? g.year2), g.next),
  },
  {
    examples: '2019',
    pattern: /^(?<year>\d{4})$/,
    read: (g, c) => yearProblem(c, Number(g.year)) ?? { start: `${g.year}-01-01`, end: `${g.year}-12-31`, time: null, precision: 'year' },
  },
  {
    // A spreadsheet's serial date exported as text (five digits: 1927–2173 in the 1900 system).
    examples: '43630',
    pattern: /^(?<serial>\d{5}(?:\.\d+)?)$/,
    read: (g, c) => fromSerial(Number(g.serial), c),
  },
];

/** "18 Feb", "18/02", "w/c 18 Feb": a day and month with no year, which we never guess. */
const noYear = new RegExp(
  `^(?:(?:w/c|wc|week commencing) )?(?:${weekday}${ordinal}(?: of)?[ -]${month}|${month} ${ordinal}|\\d{1,2}/\\d{1,2})$`.replace(/\?<\w+>/g, ''),
);

/** The first form that reads `text` (normalised), or null. */
export function readForm(text: string, context: ReadContext): Attempt {
  for (const form of forms) {
    const match = form.pattern.exec(text);
    if (match) return form.read(match.groups ?? {}, context);
  }
  return null;
}

/** More about why an unreadable text is not a date, when we can say it. */
export function unreadableHint(text: string): string | null {
  return noYear.test(text) ? 'it has no year, and we never guess one' : null;
}

type Term = 'spring' | 'summer' | 'autumn';

/**
 * School terms differ between schools and years (Easter moves the spring/summer boundary), so
 * each term is a deliberately wide range that contains the real term in any English school:
 * Spring 1 Jan–30 Apr, Summer 1 Apr–31 Jul, Autumn 1 Sep–31 Dec. Wider is safe (the entry is
 * shown as a range); narrower could place the event outside it.
 */
const termDays: Record<Term, [string, string]> = { spring: ['01-01', '04-30'], summer: ['04-01', '07-31'], autumn: ['09-01', '12-31'] };

function schoolTerm(context: ReadContext, term: Term, first: number, next: string | undefined): Attempt {
  let calendarYear = first;
  if (next !== undefined) {
    // "Spring term 2018/19": an academic year; autumn is in its first calendar year, spring and summer in its second.
    const second = next.length === 2 ? Math.floor(first / 100) * 100 + Number(next) + (Number(next) < first % 100 ? 100 : 0) : Number(next);
    if (second !== first + 1) return { error: `"${context.original}" is not a school year: the second year should follow the first, e.g. 2018/19` };
    calendarYear = term === 'autumn' ? first : second;
  }
  const problem = yearProblem(context, calendarYear);
  if (problem) return problem;
  const [from, to] = termDays[term];
  return { start: `${calendarYear}-${from}`, end: `${calendarYear}-${to}`, time: null, precision: 'term' };
}

function pad(value: number, width = 2): string {
  // The common case without building a padded copy: a two-digit field that needs at most one zero.
  if (width === 2 && value >= 0 && value < 100) return value < 10 ? `0${value}` : String(value);
  return String(value).padStart(width, '0');
}

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of the (proleptic) Gregorian calendar, without a Date object per row. */
function lengthOfMonth(yearNumber: number, monthValue: number): number {
  if (monthValue !== 2) return monthLengths[monthValue - 1] ?? daysInMonth(yearNumber, monthValue);
  return (yearNumber % 4 === 0 && yearNumber % 100 !== 0) || yearNumber % 400 === 0 ? 29 : 28;
}

function isoDay(yearNumber: number, monthNumberValue: number, day: number): string {
  return `${pad(yearNumber, 4)}-${pad(monthNumberValue)}-${pad(day)}`;
}

function addDays(date: string, days: number): string {
  return fromEpochDay(toEpochDay(date as LocalDate) + days);
}

function monthNumber(name: string): number {
  const key = name.slice(0, 3);
  return monthNames.findIndex((full) => full.toLowerCase().startsWith(key)) + 1;
}

/** Two-digit years: 2000 + yy unless that is after this year, then 1900 + yy ("01/01/27" in 2026 is 1927). */
export function fullYear(text: string, today: string): number {
  if (text.length !== 2) return Number(text);
  const short = Number(text);
  return 2000 + short <= Number(today.slice(0, 4)) ? 2000 + short : 1900 + short;
}

function yearProblem(context: ReadContext, yearNumber: number): { error: string } | null {
  if (yearNumber >= firstYear && yearNumber <= lastYear) return null;
  return { error: `"${context.original}" has the year ${yearNumber}, which cannot be right: check the source` };
}

function dayProblem(context: ReadContext, yearNumber: number, monthValue: number, day: number): { error: string } | null {
  if (monthValue < 1 || monthValue > 12) {
    // Never swapped for the user: a month-first date may hide others in the same file that do not fail.
    return { error: `"${context.original}" has no month ${monthValue}: dates are read day first (UK), so the month is the second number. Check the source and write the date as day/month/year` };
  }
  const yearIssue = yearProblem(context, yearNumber);
  if (yearIssue) return yearIssue;
  const last = lengthOfMonth(yearNumber, monthValue);
  if (day < 1) return { error: `"${context.original}" is not a real date: there is no day 0` };
  if (day > last) return { error: `"${context.original}" is not a real date: ${monthNames[monthValue - 1]} ${yearNumber} has ${last} days` };
  return null;
}

function dayAt(context: ReadContext, yearNumber: number, monthValue: number, day: number, timeText: string | undefined): Attempt {
  const problem = dayProblem(context, yearNumber, monthValue, day);
  if (problem) return problem;
  const start = isoDay(yearNumber, monthValue, day);
  if (timeText === undefined) return { start, end: start, time: null, precision: 'day' };
  const timeOfDay = parseTime(timeText);
  if (timeOfDay === null) return { error: `"${context.original}" has a time (${timeText}) that is not a time of day` };
  return { start, end: start, time: timeOfDay, precision: 'datetime' };
}

/** "Friday 14 June 2019" must be a Friday: a weekday that disagrees means one of the two is wrong. */
function checkWeekday(context: ReadContext, written: string | undefined, attempt: Attempt): Attempt {
  if (!written || attempt === null || 'error' in attempt) return attempt;
  const actual = dayNames[dayOfWeek(attempt.start as LocalDate)]!;
  if (actual.startsWith(written)) return attempt;
  const said = dayNames.find((name) => name.startsWith(written))!;
  return { error: `"${context.original}" says ${capital(said)}, but that date was a ${capital(actual)}: check which is right` };
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function wholeMonth(context: ReadContext, yearNumber: number, monthValue: number): Attempt {
  if (monthValue < 1 || monthValue > 12) return { error: `"${context.original}" has no month ${monthValue}: months run 1 to 12` };
  const problem = yearProblem(context, yearNumber);
  if (problem) return problem;
  return { start: isoDay(yearNumber, monthValue, 1), end: isoDay(yearNumber, monthValue, lengthOfMonth(yearNumber, monthValue)), time: null, precision: 'month' };
}

/**
 * Excel's serial dates. 1900 system: 1 is 1 January 1900, and Excel (copying Lotus 1-2-3) counts a
 * 29 February 1900 that never was as 60 — so 61 is 1 March 1900, and 60 itself is refused. 1904
 * system (old Mac workbooks): 0 is 1 January 1904. A fraction is the time of day.
 */
export function fromSerial(serial: number, context: ReadContext): Attempt {
  if (!Number.isFinite(serial) || serial < 0) return null;
  // Beyond 31 December 9999, Excel's last date.
  if (serial >= 2_958_466) return { error: `${context.original} is too large to be a spreadsheet date: check the source` };
  const whole = Math.floor(serial);
  const timeOfDay = timeFromFraction(serial - whole);
  let epochDay: number;
  if (context.date1904) epochDay = toEpochDay('1904-01-01' as LocalDate) + whole;
  else if (whole === 0) return { error: `${context.original} is Excel's day zero ("0 January 1900"), not a date: check the source` };
  else if (whole === 60) return { error: `${context.original} is Excel's 29 February 1900, a day that did not exist: check the source` };
  else epochDay = toEpochDay('1899-12-31' as LocalDate) + whole - (whole > 60 ? 1 : 0);
  const start = fromEpochDay(epochDay);
  const problem = yearProblem(context, Number(start.slice(0, 4)));
  if (problem) return problem;
  const hasTime = timeOfDay !== null && timeOfDay !== '00:00';
  return { start, end: start, time: hasTime ? timeOfDay : null, precision: hasTime ? 'datetime' : 'day' };
}
