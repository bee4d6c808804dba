/** Opening the composite: the first page at once, then the whole list; a filter in one call; a stale request stops. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChronologyEntry, ChronologyList } from '../../../../shared/chronology/views';

const api = vi.hoisted(() => ({ call: vi.fn(), subscribe: vi.fn() }));
vi.mock('../../../../renderer/lib/api', () => api);

const { firstPageSize, loadComposite } = await import('../../../../renderer/features/chronology/list-loading');

const entries = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `e${i}` }) as ChronologyEntry);
const listOf = (shown: number, matched: number): ChronologyList => ({ entries: entries(shown), total: matched, matched, agencies: ['Police'] });

beforeEach(() => api.call.mockReset());

describe('opening the composite', () => {
  it('shows the first page, then the whole list, when there are more entries than a page', async () => {
    api.call.mockResolvedValueOnce(listOf(firstPageSize, 50_000)).mockResolvedValueOnce(listOf(50_000, 50_000));
    const shown: Array<[number, boolean]> = [];
    await loadComposite({ reviewId: 'r1', anonymised: false, filter: undefined }, (list, complete) => (shown.push([list.entries.length, complete]), true));
    expect(shown).toEqual([
      [firstPageSize, false],
      [50_000, true],
    ]);
    expect(api.call.mock.calls).toEqual([
      ['chronology:list', { reviewId: 'r1', anonymised: false, window: { offset: 0, limit: firstPageSize } }],
      ['chronology:list', { reviewId: 'r1', anonymised: false }],
    ]);
  });

  it('asks once when the first page is the whole composite', async () => {
    api.call.mockResolvedValueOnce(listOf(33, 33));
    const show = vi.fn(() => true);
    await loadComposite({ reviewId: 'r1', anonymised: true, filter: undefined }, show);
    expect(show).toHaveBeenCalledOnce();
    expect(show).toHaveBeenCalledWith(expect.objectContaining({ matched: 33 }), true);
    expect(api.call).toHaveBeenCalledOnce();
  });

  it('asks for a filtered list in one call, with the filter', async () => {
    api.call.mockResolvedValueOnce(listOf(12, 12));
    const show = vi.fn(() => true);
    await loadComposite({ reviewId: 'r1', anonymised: false, filter: { text: 'visit' } }, show);
    expect(api.call.mock.calls).toEqual([['chronology:list', { reviewId: 'r1', anonymised: false, filter: { text: 'visit' } }]]);
    expect(show).toHaveBeenCalledWith(expect.anything(), true);
  });

  it('does not fetch the whole list once the request is stale (another review or filter was chosen)', async () => {
    api.call.mockResolvedValueOnce(listOf(firstPageSize, 50_000));
    await loadComposite({ reviewId: 'r1', anonymised: false, filter: undefined }, () => false);
    expect(api.call).toHaveBeenCalledOnce();
  });
});
