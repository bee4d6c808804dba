/**
 * Times of day as agencies write them ("14:00", "9.30", "2:13 pm", "1400hrs") or as spreadsheets
 * store them (a fraction of a day, or a date cell on Excel's day zero), read as 24-hour HH:MM.
 */
import type { RawCell } from './types';

const minutesInDay = 24 * 60;

function pad(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

function clock(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/**
 * A fraction of a day (Excel's time) as HH:MM, rounded to the nearest minute: a fraction is often
 * written rounded (0.5833 for 14:00). Null outside [0, 1).
 */
export function timeFromFraction(fraction: number): string | null {
  if (!Number.isFinite(fraction) || fraction < 0 || fraction >= 1) return null;
  return clock(Math.min(Math.round(fraction * minutesInDay), minutesInDay - 1));
}

/**
 * The time a spreadsheet date cell shows ("…T10:14:59.999" is 10:15 after float noise is rounded
 * off; "…T10:14:45" shows as 10:14, as a clock does). Null when the value has no time part.
 */
export function timeFromDateCell(value: string): string | null {
  const match = /[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?/.exec(value);
  if (!match) return null;
  const seconds = Number(match[1]) * 3600 + Number(match[2]) * 60 + Math.round(Number(match[3] ?? 0));
  if (Number(match[1]) > 23 || Number(match[2]) > 59) return null;
  return clock(Math.min(Math.floor(seconds / 60), minutesInDay - 1));
}

// 14:00 · 9.30 · 14:00:00 · 2:13 pm · 12.05a.m. · 1400hrs · 2pm · noon
const textTime = /^(?:(\d{1,2})[:.](\d{2})(?:[:.]\d{2}(?:\.\d+)?)?|(\d{2})(\d{2})(?=\s*h)|(\d{1,2})(?=\s*[ap]))\s*(?:(a|p)\.?m\.?|hrs?|hours)?$/i;

// "1400" on its own is 24-hour police time; "1400hrs" is matched by textTime.
const bareTime = /^([01]\d|2[0-3])([0-5]\d)$/;
// "14:30", "9:05": how nearly every export writes a time, read without the general pattern.
const plainTime = /^(\d{1,2}):(\d{2})$/;

/** A time of day as HH:MM (24-hour); null when the cell is not one. */
export function parseTime(cell: RawCell): string | null {
  if (cell === null) return null;
  if (typeof cell === 'number') return timeFromFraction(cell);
  if (typeof cell === 'object') return timeFromDateCell(cell.date);
  const plain = plainTime.exec(cell);
  if (plain) {
    const hours = Number(plain[1]);
    const minutes = Number(plain[2]);
    return hours > 23 || minutes > 59 ? null : clock(hours * 60 + minutes);
  }
  const text = cell.trim().toLowerCase();
  if (text === 'noon' || text === 'midday') return '12:00';
  if (text === 'midnight') return '00:00';
  const bare = bareTime.exec(text);
  if (bare) return `${bare[1]}:${bare[2]}`;
  const match = textTime.exec(text);
  if (!match) return null;
  let hours = Number(match[1] ?? match[3] ?? match[5]);
  const minutes = Number(match[2] ?? match[4] ?? 0);
  const half = match[6];
  if (half) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (half === 'p' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59) return null;
  return clock(hours * 60 + minutes);
}
