/**
 * Opening the composite: the first page first, then the whole list. Unfiltered, the first page
 * is a range read of the composite's index (tens of milliseconds at 50,000 entries), so the
 * reviewer sees the start of the chronology at once; the whole list, which the grid, the
 * timeline and the counts use, follows and replaces it. A filtered list comes in one call: the
 * filter has to read every entry anyway.
 */
import type { ChronologyFilter } from '../../../shared/chronology/schemas';
import type { ChronologyList } from '../../../shared/chronology/views';
import { call } from '../../lib/api';

export const firstPageSize = 200;

export interface CompositeRequest {
  reviewId: string;
  anonymised: boolean;
  filter: ChronologyFilter | undefined;
}

/** `show` is given each list as it arrives, and whether it is the whole one; it returns false once the request is stale. */
export async function loadComposite(request: CompositeRequest, show: (list: ChronologyList, complete: boolean) => boolean): Promise<void> {
  const input = { reviewId: request.reviewId, anonymised: request.anonymised, ...(request.filter ? { filter: request.filter } : {}) };
  if (!request.filter) {
    const first = await call('chronology:list', { ...input, window: { offset: 0, limit: firstPageSize } });
    if (first.entries.length >= first.matched) return void show(first, true);
    if (!show(first, false)) return;
  }
  show(await call('chronology:list', input), true);
}
