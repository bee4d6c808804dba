/**
 * The names check's store against a scripted api: an export with nothing to check goes straight
 * on; with names, it waits until each is dealt with (then goes on), until "Export anyway" (with
 * the reason), or until the dialog closes (then nothing is written) — and a lock cancels it.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { UnknownName } from '../../../../shared/exports/types';

const api = vi.hoisted(() => ({ call: vi.fn(), subscribe: vi.fn() }));
vi.mock('../../../../renderer/lib/api', () => api);

const { useExports } = await import('../../../../renderer/features/exports/store');
const { dropWorkspaceData } = await import('../../../../renderer/lib/reset-on-lock');

const tyler: UnknownName = { name: 'Tyler Hartwell', key: 'tyler', count: 2, occurrences: [{ where: 'School, 10th January 2019, event', excerpt: 'Tyler arrived late' }] };
const melksham: UnknownName = { name: 'Melksham', key: 'melksham', count: 1, occurrences: [{ where: 'Police, 02/02/2019 23:10, event', excerpt: '14 Larch Close, Melksham.' }] };
const request = { reviewId: 'r1', subject: { kind: 'chronology' as const, reviewId: 'r1' } };

/** The core's answers: the names check returns what is left, which the test changes. */
function core(left: UnknownName[]) {
  const state = { left };
  api.call.mockImplementation(async (channel: string, input: Record<string, unknown>) => {
    switch (channel) {
      case 'export:check-names':
        return { candidates: state.left };
      case 'people:add':
        state.left = state.left.filter((candidate) => candidate.name !== input.name);
        return { id: 'p1', name: input.name, pseudonym: input.pseudonym ?? 'Family member 1' };
      case 'export:mark-not-person':
        state.left = state.left.filter((candidate) => candidate.name !== input.name);
        return [{ key: String(input.name).toLowerCase(), name: input.name, markedAt: '2026-12-03T10:00:00.000Z' }];
      case 'export:unmark-not-person':
        state.left = [...state.left, melksham];
        return [];
      default:
        throw new Error(`Unexpected call: ${channel}`);
    }
  });
  return state;
}

describe('the names check store', () => {
  beforeEach(() => {
    api.call.mockReset();
    dropWorkspaceData();
  });

  it('lets an export with no unknown names go straight on, without opening the dialog', async () => {
    core([]);
    await expect(useExports.getState().checkNames(request)).resolves.toEqual({ proceed: true, registerChanged: false });
    expect(useExports.getState().check).toBeNull();
    expect(api.call).toHaveBeenCalledWith('export:check-names', { subject: request.subject });
  });

  it('waits until every name is added or marked, checking again after each, then lets the export go on', async () => {
    core([tyler, melksham]);
    const result = useExports.getState().checkNames(request);
    await vi.waitFor(() => expect(useExports.getState().check?.candidates).toEqual([tyler, melksham]));

    const added = await useExports.getState().addPerson({ name: 'Tyler Hartwell', role: 'sibling', relationship: '', pseudonym: ' Sibling T ' });
    expect(added.ok).toBe(true);
    expect(api.call).toHaveBeenCalledWith('people:add', { reviewId: 'r1', name: 'Tyler Hartwell', role: 'sibling', pseudonym: 'Sibling T' });
    expect(useExports.getState().check).toMatchObject({ candidates: [melksham], said: 'Added Tyler Hartwell to the people register as Sibling T. 1 name is left to check.', result: null });

    await useExports.getState().markNotPerson(melksham);
    expect(useExports.getState().check?.result).toEqual({ proceed: true });
    // The dialog closes, and only then is the export told.
    useExports.getState().finish();
    await expect(result).resolves.toEqual({ proceed: true, registerChanged: true });
    expect(useExports.getState().check).toBeNull();
  });

  it('keeps an undone "not a person" in view and checks the name again', async () => {
    core([melksham]);
    void useExports.getState().checkNames(request);
    await vi.waitFor(() => expect(useExports.getState().check).not.toBeNull());
    // Two names: marking one leaves the dialog open.
    core([melksham, tyler]);
    await useExports.getState().markNotPerson(melksham);
    expect(useExports.getState().check?.marked.map((entry) => entry.name)).toEqual(['Melksham']);
    await useExports.getState().undoMark('melksham');
    expect(useExports.getState().check).toMatchObject({ marked: [], candidates: [tyler, melksham], result: null });
    expect(api.call).toHaveBeenCalledWith('export:unmark-not-person', { key: 'melksham' });
  });

  it('"Export anyway" goes on with the reason; closing the dialog instead writes nothing', async () => {
    core([tyler]);
    const anyway = useExports.getState().checkNames(request);
    await vi.waitFor(() => expect(useExports.getState().check).not.toBeNull());
    useExports.getState().exportAnyway('Agreed with the chair.');
    useExports.getState().finish();
    await expect(anyway).resolves.toEqual({ proceed: true, allowUnresolved: 'Agreed with the chair.', registerChanged: false });

    const cancelled = useExports.getState().checkNames(request);
    await vi.waitFor(() => expect(useExports.getState().check).not.toBeNull());
    useExports.getState().finish();
    await expect(cancelled).resolves.toEqual({ proceed: false, registerChanged: false });
  });

  it('a lock drops the names and cancels the export waiting on them', async () => {
    core([tyler]);
    const waiting = useExports.getState().checkNames(request);
    await vi.waitFor(() => expect(useExports.getState().check).not.toBeNull());
    useExports.setState({ notPeople: [{ key: 'melksham', name: 'Melksham', markedAt: '2026-12-03T10:00:00.000Z' }] });
    dropWorkspaceData();
    await expect(waiting).resolves.toEqual({ proceed: false, registerChanged: false });
    expect(useExports.getState()).toMatchObject({ check: null, notPeople: null });
  });

  it('a failed re-check is shown in the dialog, which stays open', async () => {
    core([tyler, melksham]);
    void useExports.getState().checkNames(request);
    await vi.waitFor(() => expect(useExports.getState().check).not.toBeNull());
    api.call.mockImplementation(async (channel: string) => {
      if (channel === 'export:mark-not-person') return [];
      throw new Error('not an AppError');
    });
    await useExports.getState().markNotPerson(melksham);
    expect(useExports.getState().check).toMatchObject({ candidates: [tyler, melksham], result: null });
    expect(useExports.getState().check?.problem).toMatch(/^Something went wrong inside the app/);
  });
});
