/** How a report cites a chronology entry in full: its date as written, the agency, and what happened. */
import { read, type Kernel } from '../kernel';
import { getEntry } from './entry-repository';

export function entryCitation(kernel: Kernel, id: string): string | null {
  const entry = read(kernel, (db) => getEntry(db, id));
  if (!entry) return null;
  const what = (entry.event ?? entry.eventType ?? entry.action ?? '').replace(/\s+/g, ' ').trim();
  return `${entry.date.text}, ${entry.agency}${what ? `: ${what}` : ''}`;
}
