/**
 * A chronology entry in words for the composite, its detail panel and the timeline. Dates read
 * one way whoever wrote them, showing their precision ("Mar 2019 (approx.)" never reads as the
 * 1st of March); the agency's own text is kept beside them.
 */
import { assertNever } from '../../../shared/errors';
import type { ChronoDate, EntryFlag, Precision } from '../../../shared/chronology/types';
import type { ChronologyEntry, Provenance } from '../../../shared/chronology/views';

export function precisionInWords(precision: Precision): string {
  switch (precision) {
    case 'datetime':
      return 'date and time';
    case 'day':
      return 'day';
    case 'week':
      return 'week';
    case 'month':
      return 'month';
    case 'term':
      return 'school term';
    case 'year':
      return 'year';
    default:
      return assertNever(precision);
  }
}

/** "approx March 2019 (month)". */
export function dateAsWritten(date: ChronoDate): string {
  return `${date.text.trim()} (${precisionInWords(date.precision)})`;
}

/** The short tag each flag shows as: a word, never a colour alone. */
export function flagLabel(flag: EntryFlag): string {
  switch (flag) {
    case 'approximate':
      return 'Approximate';
    case 'range':
      return 'Range';
    case 'future':
      return 'Future';
    case 'before-birth':
      return 'Before birth';
    default:
      return assertNever(flag);
  }
}

/** What a flag asks the reviewer to check, for the detail panel. */
export function flagExplained(flag: EntryFlag): string {
  switch (flag) {
    case 'approximate':
      return 'Approximate: the agency hedged the date (“approx”, “?”, “circa”).';
    case 'range':
      return 'Range: the date is a period, not one day.';
    case 'future':
      return 'Future: the date is after today — check it against the source.';
    case 'before-birth':
      return 'Before birth: the date is before the child was born — check it against the source.';
    default:
      return assertNever(flag);
  }
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "11 Mar 2019" from YYYY-MM-DD; anything else as it is. */
export function shortDay(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? months[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : iso;
}

/**
 * One date column, read the same way whoever wrote it, as the import preview reads it: "28 Jan
 * 2019 at 19:40", "w/c 18 Feb 2019 (week)", "March 2019 (month, approximate)".
 */
import { dateInWords } from '../../../shared/chronology/date-words';

export { dateInWords };
export { similarityInWords } from '../../../shared/chronology/similarity';

/** The days a date was read as: "11 Mar 2019", or "1 Mar 2019 – 31 Mar 2019" for a range. */
export function dayRangeInWords(date: ChronoDate): string {
  return date.start === date.end ? shortDay(date.start) : `${shortDay(date.start)} – ${shortDay(date.end)}`;
}

const importedFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });

/** "26 Nov 2026 09:00". */
export function importedAt(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : importedFormat.format(date).replace(', ', ' ').replace(' at ', ' ');
}

/** "Police — police.csv, row 4, imported 26 Nov 2026 09:00". */
export function provenanceInWords(agency: string, provenance: Provenance): string {
  return `${agency} — ${provenance.file}, row ${provenance.rowNumber}, imported ${importedAt(provenance.importedAt)}`;
}

/** The first `max` characters of the event on one line, for labels and linked entries. */
export function shortText(text: string | undefined, max = 80): string {
  const line = (text ?? '').replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

/** "11/03/2019 14:00 (date and time), Police: Strategy discussion (telephone) with CSC…". */
export function entryLabel(entry: ChronologyEntry, max = 80): string {
  const what = shortText(entry.event ?? entry.eventType ?? entry.action, max);
  return `${dateInWords(entry.date)}, ${entry.agency}${what ? `: ${what}` : ''}`;
}

/** "1 entry", "5,000 entries". */
export function entryCount(n: number): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? 'entry' : 'entries'}`;
}
