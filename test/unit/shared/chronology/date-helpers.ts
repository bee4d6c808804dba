/** Shorthands the date tests share: read a cell as of 26 November 2026, its date, or why not. */
import { parseChronoDate } from '../../../../shared/chronology/dates';
import type { ChronoDate, RawCell } from '../../../../shared/chronology/types';

export const today = '2026-11-26';
export interface Extra {
  time?: RawCell;
  date1904?: boolean;
  today?: string;
}
export const read = (cell: RawCell, extra: Extra = {}) =>
  parseChronoDate(cell, { date1904: extra.date1904 ?? false, today: extra.today ?? today, ...('time' in extra ? { time: extra.time } : {}) });
export const ok = (cell: RawCell, extra: Extra = {}): ChronoDate => {
  const result = read(cell, extra);
  if (!result.ok) throw new Error(`${JSON.stringify(cell)}: ${result.reason}`);
  return result.date;
};
/** [start, end, time, precision, approximate] */
export const brief = (cell: RawCell, extra: Extra = {}) => {
  const { start, end, time, precision, approximate } = ok(cell, extra);
  return [start, end, time, precision, approximate];
};
export const reason = (cell: RawCell, extra: Extra = {}) => {
  const result = read(cell, extra);
  if (result.ok) throw new Error(`${JSON.stringify(cell)} was read as ${result.date.start}..${result.date.end}`);
  return result.reason;
};

export const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const pad = (value: number, width = 2) => String(value).padStart(width, '0');
export const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
export const help = 'write it as 14/06/2019, 14 June 2019, June 2019, w/c 18 February 2019, Spring term 2019 or 2019';
