/** A key practice episode's period in words. */
import type { Episode } from '../../../shared/chronology/views';
import { shortDay } from './entry-words';

/** "11 Mar 2019 – 14 Jun 2019", "from 11 Mar 2019", "until 14 Jun 2019" or "no dates set". */
export function episodeDates(episode: Pick<Episode, 'start' | 'end'>): string {
  const { start, end } = episode;
  if (start && end) return start === end ? shortDay(start) : `${shortDay(start)} – ${shortDay(end)}`;
  if (start) return `from ${shortDay(start)}`;
  if (end) return `until ${shortDay(end)}`;
  return 'no dates set';
}
