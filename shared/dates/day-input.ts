/**
 * One day, typed as people in England write it: day first ("23/12/2019", "23 Dec 2019",
 * "23.12.19"), whatever the computer's locale. The browser's own date box follows the locale
 * (mm/dd/yyyy on a US-set machine), so the app reads the text itself with the importer's reader.
 * YYYY-MM-DD is accepted too: it cannot be misread.
 */
import { parseChronoDate } from '../chronology/dates';
import { dateParts, type LocalDate } from '../deadlines/local-date';

export type DayReading = { ok: true; day: string } | { ok: false; message: string };

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** "4 12 2026": numbers with spaces between, as people type them on a keypad. The chronology's reader (agencies' cells) does not take this form. */
const spacedNumbers = /^(\d{1,2})\s+(\d{1,2})\s+(\d{2}|\d{4})$/;

/** `label` names the field in the message, e.g. "The date the decision was agreed". */
export function readDay(text: string, label: string, today = localToday()): DayReading {
  const trimmed = text.trim();
  const example = 'for example 23/12/2019 or 23 December 2019';
  if (trimmed === '') return { ok: false, message: `Enter ${lowerFirst(label)}, ${example}.` };
  const result = parseChronoDate(trimmed.replace(spacedNumbers, '$1/$2/$3'), { date1904: false, today });
  if (!result.ok) {
    // The reader's reason for a day that does not exist ("February 2019 has 28 days") is worth repeating; its list of every form a chronology takes is not.
    const why = /is not a real date: (.+)$/.exec(result.reason)?.[1];
    return { ok: false, message: why ? `${label} must be a real date: ${why}. Write it day first, ${example}.` : `${label} must be a real date, written day first, ${example}.` };
  }
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

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "4 December 2026" for a YYYY-MM-DD (or the day of a timestamp): a day as a sentence says it. */
export function dayInWords(iso: string): string {
  const { year, month, day } = dateParts(iso.slice(0, 10) as LocalDate);
  return `${day} ${monthNames[month - 1]!} ${year}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Today on this computer's calendar, YYYY-MM-DD: the pivot for a two-digit year. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
