/**
 * Working days: Monday to Friday except England and Wales bank holidays.
 *
 * The convention (issue #4): "N working days from D" is the day reached by counting N working
 * days after D, D itself not counted — aware Monday 23 December 2019, notify within 5 working
 * days: 24, 27, 30, 31 December, 2 January → Thursday 2 January 2020. "N working days before P"
 * counts backwards the same way, P not counted. D and P may themselves fall on any day.
 *
 * Every day the counting steps over must lie in a year the holiday data covers; otherwise it
 * throws rather than guess (see assertYearCovered).
 */
import { AppError } from '../errors';
import { assertYearCovered, type BankHolidays } from './bank-holidays';
import { addDays, compareLocalDates, isWeekend, yearOf, type LocalDate } from './local-date';

export function isWorkingDay(date: LocalDate, holidays: BankHolidays): boolean {
  assertYearCovered(holidays, yearOf(date));
  return !isWeekend(date) && !holidays.dates.has(date);
}

function assertCount(count: number): void {
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new AppError('validation', `A number of working days must be a whole number, 0 or more, not ${count}.`);
  }
}

/** Steps one day at a time in `direction` until `count` working days have been passed. */
function step(start: LocalDate, count: number, direction: 1 | -1, holidays: BankHolidays): LocalDate {
  assertCount(count);
  let date = start;
  let left = count;
  while (left > 0) {
    date = addDays(date, direction);
    if (isWorkingDay(date, holidays)) left--;
  }
  return date;
}

/** The Nth working day after `date` (`date` not counted); `date` itself when N is 0. */
export function addWorkingDays(date: LocalDate, count: number, holidays: BankHolidays): LocalDate {
  return step(date, count, 1, holidays);
}

/** The Nth working day before `date` (`date` not counted); `date` itself when N is 0. */
export function subtractWorkingDays(date: LocalDate, count: number, holidays: BankHolidays): LocalDate {
  return step(date, count, -1, holidays);
}

/**
 * Working days from `from` to `to`, in the same convention: counting forwards, the working
 * days in (from, to]; counting backwards, minus the working days in [to, from). So
 * `workingDaysBetween(d, addWorkingDays(d, n)) === n` and
 * `workingDaysBetween(d, subtractWorkingDays(d, n)) === -n`. For "N working days left":
 * `workingDaysBetween(today, due)` is 0 on the due day and negative once it has passed.
 */
export function workingDaysBetween(from: LocalDate, to: LocalDate, holidays: BankHolidays): number {
  const order = compareLocalDates(from, to);
  if (order === 0) return 0;
  const [first, last] = order < 0 ? [addDays(from, 1), to] : [to, addDays(from, -1)];
  let count = 0;
  for (let date = first; date <= last; date = addDays(date, 1)) {
    if (isWorkingDay(date, holidays)) count++;
  }
  return order < 0 ? count : 0 - count; // never -0
}

/** `date` if it is a working day, else the last working day before it. */
export function previousOrSameWorkingDay(date: LocalDate, holidays: BankHolidays): LocalDate {
  return isWorkingDay(date, holidays) ? date : subtractWorkingDays(date, 1, holidays);
}

/** `date` if it is a working day, else the first working day after it. */
export function nextOrSameWorkingDay(date: LocalDate, holidays: BankHolidays): LocalDate {
  return isWorkingDay(date, holidays) ? date : addWorkingDays(date, 1, holidays);
}
