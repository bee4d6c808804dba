/**
 * How a report cites a chronology entry in full: its date in words as the composite reads it
 * ("22 Oct 2018", "w/c 18 Feb 2019 (week)") — not as the agency wrote it, which could be
 * "2018-10-22" in one file and "22/10/18" in the next — the agency, and what happened.
 */
import { dateInWords } from '../../../shared/chronology/date-words';
import { read, type Kernel } from '../kernel';
import { getAnyEntry } from './entry-repository';

/** A deleted entry (or one whose file was removed) is still cited: a report never loses a citation silently. */
export function entryCitation(kernel: Kernel, id: string): string | null {
  const entry = read(kernel, (db) => getAnyEntry(db, id));
  if (!entry) return null;
  const what = (entry.event ?? entry.eventType ?? entry.action ?? '').replace(/\s+/g, ' ').trim();
  return `${dateInWords(entry.date)}, ${entry.agency}${what ? `: ${what}` : ''}`;
}
