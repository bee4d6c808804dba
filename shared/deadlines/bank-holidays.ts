/**
 * England and Wales bank holidays as data, in the shape of gov.uk's bank-holidays.json
 * (https://www.gov.uk/bank-holidays.json: divisions at the top level, each with its events).
 * The app ships 2018–2030 in resources/bank-holidays/; a user can load a newer gov.uk file,
 * which replaces the years it covers. The working-day arithmetic refuses a year it has no data
 * for rather than treating it as having no holidays.
 */
import { z } from 'zod';
import { AppError } from '../errors';
import { compareLocalDates, localDateProblem, yearOf, type LocalDate } from './local-date';

export const englandAndWales = 'england-and-wales';

const eventSchema = z.object({
  title: z.string().min(1),
  date: z.string().refine((text) => localDateProblem(text) === null, { message: 'is not a real YYYY-MM-DD date' }),
  notes: z.string().default(''),
  bunting: z.boolean().default(false),
});

const divisionSchema = z.object({ division: z.string(), events: z.array(eventSchema) });

/** gov.uk's file: `{ "england-and-wales": { division, events }, "scotland": …, … }`. */
export const govUkBankHolidaysSchema = z.record(z.string(), z.unknown());

export interface BankHolidayEvent {
  title: string;
  date: LocalDate;
  notes: string;
  bunting: boolean;
}

export interface BankHolidays {
  readonly division: string;
  /** Sorted by date, one per date. */
  readonly events: readonly BankHolidayEvent[];
  /** The years the data covers, ascending: a year with at least one event. */
  readonly years: readonly number[];
  readonly dates: ReadonlySet<string>;
}

/** Builds the lookup from events (e.g. after they crossed IPC as plain data). */
export function createBankHolidays(events: readonly BankHolidayEvent[], division = englandAndWales): BankHolidays {
  const byDate = new Map<string, BankHolidayEvent>();
  for (const event of events) byDate.set(event.date, event);
  const sorted = [...byDate.values()].sort((a, b) => compareLocalDates(a.date, b.date));
  const years = [...new Set(sorted.map((event) => yearOf(event.date)))].sort((a, b) => a - b);
  return { division, events: sorted, years, dates: new Set(byDate.keys()) };
}

/**
 * Reads a gov.uk bank-holidays file (already parsed from JSON) and returns one division's
 * holidays. Throws AppError('validation') saying what is wrong with the file.
 */
export function parseBankHolidays(json: unknown, division = englandAndWales): BankHolidays {
  const file = govUkBankHolidaysSchema.safeParse(json);
  if (!file.success || Array.isArray(json)) {
    throw new AppError('validation', 'This is not a bank-holidays file: expected the gov.uk bank-holidays.json format, an object of divisions such as "england-and-wales".');
  }
  const raw = file.data[division];
  if (raw === undefined) {
    const found = Object.keys(file.data);
    throw new AppError(
      'validation',
      `This bank-holidays file has no "${division}" division${found.length ? ` (it has ${found.map((name) => `"${name}"`).join(', ')})` : ''}. Use the gov.uk bank-holidays.json file.`,
    );
  }
  const parsed = divisionSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${[division, ...issue.path].join('.')}` : '';
    throw new AppError('validation', `This bank-holidays file is not in the gov.uk format${where}: ${issue?.message ?? 'unexpected content'}.`);
  }
  if (parsed.data.events.length === 0) throw new AppError('validation', `This bank-holidays file lists no "${division}" bank holidays.`);
  return createBankHolidays(parsed.data.events as BankHolidayEvent[], division);
}

/**
 * A newer file replaces every year it covers (so a holiday moved or added by proclamation is
 * taken as published); years only the older data has are kept.
 */
export function mergeBankHolidays(base: BankHolidays, newer: BankHolidays): BankHolidays {
  if (base.division !== newer.division) {
    throw new AppError('validation', `Cannot merge bank holidays for "${newer.division}" into "${base.division}".`);
  }
  const replaced = new Set(newer.years);
  const kept = base.events.filter((event) => !replaced.has(yearOf(event.date)));
  return createBankHolidays([...kept, ...newer.events], base.division);
}

export function coversYear(holidays: BankHolidays, year: number): boolean {
  return holidays.years.includes(year);
}

/** Throws the message a user can act on when a calculation needs a year with no data. */
export function assertYearCovered(holidays: BankHolidays, year: number): void {
  if (coversYear(holidays, year)) return;
  const range = holidays.years.length ? ` (loaded: ${describeYears(holidays.years)})` : '';
  throw new AppError('unavailable', `Bank holidays for ${year} are not loaded${range} — load a newer bank-holidays file from gov.uk.`);
}

export function isBankHoliday(holidays: BankHolidays, date: LocalDate): boolean {
  assertYearCovered(holidays, yearOf(date));
  return holidays.dates.has(date);
}

/** The data back in gov.uk's shape, e.g. to save a merged table. */
export function toGovUkJson(holidays: BankHolidays): Record<string, { division: string; events: BankHolidayEvent[] }> {
  return { [holidays.division]: { division: holidays.division, events: holidays.events.map((event) => ({ ...event })) } };
}

/** "2018–2030", or "2018–2025, 2027" when there is a gap. */
export function describeYears(years: readonly number[]): string {
  const runs: string[] = [];
  let start = years[0];
  for (let i = 0; i < years.length; i++) {
    const year = years[i] as number;
    const next = years[i + 1];
    if (next === year + 1) continue;
    runs.push(start === year ? String(year) : `${start}–${year}`);
    start = next;
  }
  return runs.join(', ');
}
