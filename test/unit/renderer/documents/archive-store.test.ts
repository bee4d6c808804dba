/** The archived documents store: both lists follow each action, deleting asks first, and nothing is kept after a lock. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocumentSummary } from '../../../../shared/documents/types';
import { AppError } from '../../../../shared/errors';

const api = vi.hoisted(() => ({ call: vi.fn(), subscribe: vi.fn() }));
vi.mock('../../../../renderer/lib/api', () => api);

const { useArchive } = await import('../../../../renderer/features/documents/archive-store');
const { useDocuments } = await import('../../../../renderer/features/documents/store');
const { dropWorkspaceData } = await import('../../../../renderer/lib/reset-on-lock');

const notes: DocumentSummary = {
  id: 'd2',
  reviewId: 'r1',
  title: 'Notes on the home visit',
  kind: 'general',
  marking: 'OFFICIAL-SENSITIVE',
  wordCount: 40,
  versionCount: 1,
  createdAt: '2026-12-07T09:00:00.000Z',
  updatedAt: '2026-12-07T09:00:00.000Z',
  archived: null,
};
const archivedNotes = { ...notes, archived: { at: '2026-12-07T10:00:00.000Z', by: 'Sam Reviewer' } };

/** The core as a small table of documents: which are archived. */
function core(start: { listed: DocumentSummary[]; archived: DocumentSummary[] }) {
  const state = { ...start };
  const calls: string[] = [];
  api.call.mockImplementation(async (channel: string, input: { id?: string }) => {
    calls.push(channel);
    switch (channel) {
      case 'document:list':
        return state.listed;
      case 'document:list-archived':
        return state.archived;
      case 'document:archive':
        state.listed = [];
        state.archived = [archivedNotes];
        return archivedNotes;
      case 'document:unarchive':
        state.listed = [notes];
        state.archived = [];
        return notes;
      case 'document:delete':
        if (!state.archived.some((document) => document.id === input.id)) throw new AppError('validation', 'Only an archived document can be deleted.');
        state.archived = [];
        return { id: input.id };
      default:
        throw new Error(`Unexpected call: ${channel}`);
    }
  });
  return calls;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  api.call.mockReset();
  useArchive.setState(useArchive.getInitialState(), true);
  useDocuments.setState({ ...useDocuments.getInitialState(), reviewId: 'r1' }, true);
});

describe('the archived documents store', () => {
  it('archives: the document leaves the list for the archived list, and the status line says where it went', async () => {
    core({ listed: [notes], archived: [] });
    await useArchive.getState().load('r1');
    expect(useArchive.getState().archived).toEqual([]);
    expect((await useArchive.getState().archive(notes)).ok).toBe(true);
    await settle();
    expect(useArchive.getState().archived).toEqual([archivedNotes]);
    expect(useDocuments.getState().documents).toEqual([]);
    expect(useArchive.getState().notice).toBe('Archived “Notes on the home visit”. It is kept under Archived documents, where it can be restored.');
  });

  it('asks before deleting, deletes, and forgets the question', async () => {
    core({ listed: [], archived: [archivedNotes] });
    await useArchive.getState().load('r1');
    useArchive.getState().askToDelete('d2');
    expect(useArchive.getState().confirming).toBe('d2');
    expect((await useArchive.getState().remove(archivedNotes)).ok).toBe(true);
    await settle();
    expect(useArchive.getState()).toMatchObject({ confirming: null, archived: [], notice: 'Deleted “Notes on the home visit” and its versions for good.' });
  });

  it('keeps nothing after the workspace locks', async () => {
    core({ listed: [], archived: [archivedNotes] });
    await useArchive.getState().load('r1');
    useArchive.getState().askToDelete('d2');
    dropWorkspaceData();
    expect(useArchive.getState()).toMatchObject({ reviewId: null, archived: null, confirming: null, notice: null });
  });
});
