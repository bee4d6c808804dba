/**
 * Calendar dates with no time and no time zone: `YYYY-MM-DD`. Deadlines are days on a calendar,
 * so all arithmetic is on whole days since 1970-01-01 through Date.UTC — never the machine's
 * local zone, where a daylight-saving change could move a date by one.
 */
import { AppError } from '../errors';

declare const localDateBrand: unique symbol;
/** A real calendar date written `YYYY-MM-DD`; only `parseLocalDate` and the helpers here make one. */
export type LocalDate = string & { readonly [localDateBrand]: true };

const dayMs = 86_400_000;
const pattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const dayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why `text` is not a `YYYY-MM-DD` date, or null when it is one. */
export function localDateProblem(text: string): string | null {
  const match = pattern.exec(text);
  if (!match) return 'is not a date in the form YYYY-MM-DD';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1000) return 'has a year before 1000';
  if (month < 1 || month > 12) return `has no month ${month} (months run 01–12)`;
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return `is not a real date: ${monthNames[month - 1]} ${year} has ${last} days`;
  return null;
}

export function isLocalDate(value: unknown): value is LocalDate {
  return typeof value === 'string' && localDateProblem(value) === null;
}

/**
 * Reads a `YYYY-MM-DD` date, rejecting malformed text and impossible dates ("2019-02-30").
 * `what` names the field in the message, e.g. "The date of awareness (--aware)".
 */
export function parseLocalDate(text: string, what = 'The date'): LocalDate {
  const problem = localDateProblem(text);
  if (problem) throw new AppError('validation', `${what} "${text}" ${problem}. Write it as YYYY-MM-DD, e.g. 2020-01-02.`);
  return text as LocalDate;
}

export interface DateParts {
  year: number;
  month: number; // 1–12
  day: number;
}

export function dateParts(date: LocalDate): DateParts {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

export function yearOf(date: LocalDate): number {
  return Number(date.slice(0, 4));
}

export function fromParts({ year, month, day }: DateParts): LocalDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as LocalDate;
}

/** Whole days since 1970-01-01. */
export function toEpochDay(date: LocalDate): number {
  const { year, month, day } = dateParts(date);
  return Date.UTC(year, month - 1, day) / dayMs;
}

export function fromEpochDay(epochDay: number): LocalDate {
  return new Date(epochDay * dayMs).toISOString().slice(0, 10) as LocalDate;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** 0 Sunday … 6 Saturday (1970-01-01 was a Thursday). */
export function dayOfWeek(date: LocalDate): number {
  return (((toEpochDay(date) + 4) % 7) + 7) % 7;
}

export function isWeekend(date: LocalDate): boolean {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
}

/** Negative, zero or positive, like `localeCompare`; ISO dates sort as text. */
export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Calendar months, clamped to the end of a shorter month: 31 August + 6 months is the last day
 * of February (28th, or 29th in a leap year), never a day in March. `months` may be negative.
 */
export function addMonths(date: LocalDate, months: number): LocalDate {
  if (!Number.isSafeInteger(months)) throw new AppError('validation', `A number of months must be a whole number, not ${months}.`);
  const { year, month, day } = dateParts(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return fromParts({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

/** "Thursday 2 January 2020" — or "Thu 2 Jan 2020" when `short`. */
export function formatLocalDate(date: LocalDate, style: 'long' | 'short' = 'long'): string {
  const { year, month, day } = dateParts(date);
  const weekday = dayNames[dayOfWeek(date)] ?? '';
  const monthName = monthNames[month - 1] ?? '';
  return style === 'long' ? `${weekday} ${day} ${monthName} ${year}` : `${weekday.slice(0, 3)} ${day} ${monthName.slice(0, 3)} ${year}`;
}
