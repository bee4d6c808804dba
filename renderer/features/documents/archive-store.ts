/**
 * Archived documents (issue #15): the review's archived list, archiving one from the list,
 * bringing one back, and deleting one for good after the user confirms. Titles can name people:
 * everything goes on lock.
 */
import { create } from 'zustand';
import type { DocumentSummary } from '../../../shared/documents/types';
import { call } from '../../lib/api';
import { notifyError } from '../../lib/notify';
import { attempt, type Outcome } from '../../lib/outcome';
import { resetOnLock } from '../../lib/reset-on-lock';
import { useDocuments } from './store';

interface ArchiveState {
  reviewId: string | null;
  archived: DocumentSummary[] | null;
  /** The archived document the user is being asked to confirm deleting. */
  confirming: string | null;
  /** What the last action did, for the status line. */
  notice: string | null;

  load: (reviewId: string) => Promise<void>;
  archive: (document: DocumentSummary) => Promise<Outcome<DocumentSummary>>;
  unarchive: (document: DocumentSummary) => Promise<Outcome<DocumentSummary>>;
  askToDelete: (id: string | null) => void;
  remove: (document: DocumentSummary) => Promise<Outcome<{ id: string }>>;
  clearNotice: () => void;
}

let request = 0;

export const useArchive = create<ArchiveState>()((set, get) => {
  /** Both lists change together: the review's list and the archived one. */
  function reloadBoth() {
    const reviewId = get().reviewId;
    void useDocuments.getState().loadDocuments();
    if (reviewId) void get().load(reviewId);
  }

  return {
    reviewId: null,
    archived: null,
    confirming: null,
    notice: null,

    load: async (reviewId) => {
      const mine = ++request;
      if (get().reviewId !== reviewId) set({ reviewId, archived: null, confirming: null, notice: null });
      try {
        const archived = await call('document:list-archived', { reviewId });
        if (mine === request) set({ archived });
      } catch (error) {
        notifyError(error);
      }
    },
    archive: async (document) => {
      const outcome = await attempt(() => call('document:archive', { id: document.id }));
      if (outcome.ok) {
        set({ notice: `Archived “${document.title}”. It is kept under Archived documents, where it can be restored.` });
        reloadBoth();
      }
      return outcome;
    },
    unarchive: async (document) => {
      const outcome = await attempt(() => call('document:unarchive', { id: document.id }));
      if (outcome.ok) {
        set({ notice: `Restored “${document.title}” to the list of documents.`, confirming: null });
        reloadBoth();
      }
      return outcome;
    },
    askToDelete: (confirming) => set({ confirming }),
    remove: async (document) => {
      const outcome = await attempt(() => call('document:delete', { id: document.id }));
      if (outcome.ok) {
        set({ notice: `Deleted “${document.title}” and its versions for good.`, confirming: null });
        reloadBoth();
      }
      return outcome;
    },
    clearNotice: () => set({ notice: null }),
  };
});

resetOnLock(useArchive);

export const selectArchived = (state: ArchiveState) => state.archived;
export const selectConfirming = (state: ArchiveState) => state.confirming;
export const selectArchiveNotice = (state: ArchiveState) => state.notice;
