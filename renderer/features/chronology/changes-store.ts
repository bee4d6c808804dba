/**
 * Changes a reviewer makes to the chronology by hand: entries added, corrected, deleted and
 * restored, each entry's history, submissions removed and brought back, blank rejected rows
 * dismissed. After each, the screens that show what changed read it again. Entries hold real
 * names: everything goes on lock.
 */
import { create } from 'zustand';
import type { AddEntry, CorrectEntry, DeletedEntry, EntryHistory } from '../../../shared/chronology/changes';
import type { ChronologyEntry, SubmissionInfo } from '../../../shared/chronology/views';
import { call } from '../../lib/api';
import { notifyError } from '../../lib/notify';
import { attempt, type Outcome } from '../../lib/outcome';
import { resetOnLock } from '../../lib/reset-on-lock';
import { useChronologyImport } from '../chronology-import/store';
import { useChronology } from './store';

export interface ChronologyChangesState {
  /** Histories read so far, by entry id; dropped when the entry changes. */
  histories: Record<string, EntryHistory>;
  deleted: DeletedEntry[] | null;

  loadHistory: (id: string) => Promise<void>;
  addEntry: (input: AddEntry) => Promise<Outcome<ChronologyEntry>>;
  correctEntry: (input: CorrectEntry) => Promise<Outcome<ChronologyEntry>>;
  deleteEntry: (id: string, reason: string) => Promise<Outcome<{ id: string }>>;
  loadDeleted: (reviewId: string) => Promise<void>;
  restoreEntry: (id: string) => Promise<Outcome<ChronologyEntry>>;
  removeSubmission: (id: string, reason: string) => Promise<Outcome<SubmissionInfo>>;
  undoRemoval: (id: string) => Promise<Outcome<SubmissionInfo>>;
  dismissRejected: (id: string) => Promise<Outcome<{ id: string }>>;
}

const initial = { histories: {}, deleted: null } satisfies Partial<ChronologyChangesState>;

/** The composite, the submissions and the rejected rows of the review, read again. */
function refreshReview(reviewId: string | null): void {
  useChronology.getState().reloadList();
  if (!reviewId) return;
  const imports = useChronologyImport.getState();
  void imports.loadSubmissions(reviewId);
  void imports.loadRejected(reviewId);
}

export const useChronologyChanges = create<ChronologyChangesState>()((set, get) => {
  const forget = (id: string) => {
    const { [id]: _dropped, ...rest } = get().histories;
    set({ histories: rest });
  };
  const reviewId = () => useChronology.getState().reviewId;

  return {
    ...initial,

    loadHistory: async (id) => {
      try {
        const history = await call('chronology:entry-history', { id });
        set({ histories: { ...get().histories, [id]: history } });
      } catch (error) {
        notifyError(error);
      }
    },

    addEntry: async (input) => {
      const outcome = await attempt(() => call('chronology:add-entry', input));
      if (outcome.ok) refreshReview(input.reviewId);
      return outcome;
    },

    correctEntry: async (input) => {
      const outcome = await attempt(() => call('chronology:correct-entry', input));
      if (outcome.ok) {
        forget(input.id);
        void get().loadHistory(input.id);
        refreshReview(reviewId());
      }
      return outcome;
    },

    deleteEntry: async (id, reason) => {
      const outcome = await attempt(() => call('chronology:delete-entry', { id, reason }));
      if (outcome.ok) {
        forget(id);
        useChronology.getState().openEntry(null);
        const review = reviewId();
        refreshReview(review);
        if (review) void get().loadDeleted(review);
      }
      return outcome;
    },

    loadDeleted: async (id) => {
      try {
        set({ deleted: await call('chronology:deleted-entries', { reviewId: id }) });
      } catch (error) {
        notifyError(error);
      }
    },

    restoreEntry: async (id) => {
      const outcome = await attempt(() => call('chronology:restore-entry', { id }));
      if (outcome.ok) {
        set({ deleted: get().deleted?.filter((item) => item.entry.id !== id) ?? null });
        forget(id);
        refreshReview(reviewId());
      }
      return outcome;
    },

    removeSubmission: async (id, reason) => {
      const outcome = await attempt(() => call('chronology:remove-submission', { id, reason }));
      if (outcome.ok) refreshReview(outcome.value.reviewId);
      return outcome;
    },

    undoRemoval: async (id) => {
      const outcome = await attempt(() => call('chronology:undo-removal', { id }));
      if (outcome.ok) refreshReview(outcome.value.reviewId);
      return outcome;
    },

    dismissRejected: async (id) => {
      const outcome = await attempt(() => call('chronology:dismiss-rejected', { id }));
      if (outcome.ok) refreshReview(reviewId());
      return outcome;
    },
  };
});

resetOnLock(useChronologyChanges);

export const selectDeleted = (state: ChronologyChangesState) => state.deleted;
