/**
 * Question sets: those that come with the app and the partnership's own, kept in the workspace.
 * Workspace data (a partnership's wording), so it goes on lock.
 */
import { create } from 'zustand';
import type { QuestionSetEntry } from '../../../shared/interviews/channels';
import type { QuestionSet } from '../../../shared/interviews/question-sets';
import { call } from '../../lib/api';
import { notifyError } from '../../lib/notify';
import { busyAttempt, type Outcome } from '../../lib/outcome';
import { resetOnLock } from '../../lib/reset-on-lock';

interface QuestionSetsState {
  sets: QuestionSetEntry[] | null;
  busy: boolean;
  load: (reviewId: string) => Promise<void>;
  save: (set: QuestionSet) => Promise<Outcome<QuestionSetEntry>>;
  remove: (id: string) => Promise<Outcome<null>>;
}

export const useQuestionSets = create<QuestionSetsState>()((set, get) => {
  const run = busyAttempt(set);
  return {
    sets: null,
    busy: false,
    load: async (reviewId) => {
      try {
        set({ sets: await call('interviews:question-sets', { reviewId }) });
      } catch (error) {
        notifyError(error);
      }
    },
    save: (questionSet) =>
      run(async () => {
        const saved = await call('interviews:save-question-set', { set: questionSet });
        const sets = get().sets ?? [];
        const known = sets.some((entry) => !entry.builtIn && entry.set.id === saved.set.id);
        set({ sets: known ? sets.map((entry) => (!entry.builtIn && entry.set.id === saved.set.id ? saved : entry)) : [...sets, saved] });
        return saved;
      }),
    remove: (id) =>
      run(async () => {
        await call('interviews:remove-question-set', { id });
        set({ sets: (get().sets ?? []).filter((entry) => entry.builtIn || entry.set.id !== id) });
        return null;
      }),
  };
});

resetOnLock(useQuestionSets);
