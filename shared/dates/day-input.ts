/**
 * One day, typed as people in England write it: day first ("23/12/2019", "23 Dec 2019",
 * "23.12.19"), whatever the computer's locale. The browser's own date box follows the locale
 * (mm/dd/yyyy on a US-set machine), so the app reads the text itself with the importer's reader.
 * YYYY-MM-DD is accepted too: it cannot be misread.
 */
import { parseChronoDate } from '../chronology/dates';

export type DayReading = { ok: true; day: string } | { ok: false; message: string };

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** `label` names the field in the message, e.g. "The date the decision was agreed". */
export function readDay(text: string, label: string, today = localToday()): DayReading {
  const trimmed = text.trim();
  const example = 'for example 23/12/2019 or 23 December 2019';
  if (trimmed === '') return { ok: false, message: `Enter ${lowerFirst(label)}, ${example}.` };
  const result = parseChronoDate(trimmed, { date1904: false, today });
  if (!result.ok) return { ok: false, message: `${label} must be a real date, ${example}.` };
  const { start, end, approximate, precision } = result.date;
  if (start !== end || approximate || (precision !== 'day' && precision !== 'datetime')) {
    return { ok: false, message: `${label} must be one day, ${example}.` };
  }
  return { ok: true, day: start };
}

/** "23/12/2019" for a stored YYYY-MM-DD; anything else as it is. */
export function dayForInput(value: string): string {
  return isoDay.test(value) ? `${value.slice(8, 10)}/${value.slice(5, 7)}/${value.slice(0, 4)}` : value;
}

/** What a date box hands its form: YYYY-MM-DD when the text reads as one day, '' when empty, else the text as typed (the form refuses it). */
export function dayValue(text: string, today = localToday()): string {
  if (text.trim() === '') return '';
  const reading = readDay(text, 'The date', today);
  return reading.ok ? reading.day : text;
}

/** The form's check: null for an empty box or a day, else the message to show beside it. */
export function dayProblem(value: string, label: string, today = localToday()): string | null {
  if (value === '' || isoDay.test(value)) return null;
  const reading = readDay(value, label, today);
  return reading.ok ? null : reading.message;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Today on this computer's calendar, YYYY-MM-DD: the pivot for a two-digit year. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
