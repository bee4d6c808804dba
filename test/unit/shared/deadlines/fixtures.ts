/** The shipped bank-holiday table and a terse date constructor for the deadline tests. */
import shipped from '../../../../resources/bank-holidays/england-and-wales.json';
import { parseBankHolidays, parseLocalDate, type LocalDate } from '../../../../shared/deadlines';

export const shippedJson: unknown = shipped;
export const holidays = parseBankHolidays(shipped);

export function day(text: string): LocalDate {
  return parseLocalDate(text);
}
