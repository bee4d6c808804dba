/** How a report cites a chronology entry in full: its date as written, the agency, and what happened. */
import { read, type Kernel } from '../kernel';
import { getAnyEntry } from './entry-repository';

/** A deleted entry (or one whose file was removed) is still cited: a report never loses a citation silently. */
export function entryCitation(kernel: Kernel, id: string): string | null {
  const entry = read(kernel, (db) => getAnyEntry(db, id));
  if (!entry) return null;
  const what = (entry.event ?? entry.eventType ?? entry.action ?? '').replace(/\s+/g, ' ').trim();
  return `${entry.date.text}, ${entry.agency}${what ? `: ${what}` : ''}`;
}
