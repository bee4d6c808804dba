/** Escalations (the case resolution protocol) linked to the review on screen. */
import { create } from 'zustand';
import type { EscalationAdd } from '../../../shared/reviews/schemas';
import type { Escalation } from '../../../shared/reviews/types';
import { call } from '../../lib/api';
import { notifyError } from '../../lib/notify';
import { attempt, type Outcome } from '../../lib/outcome';
import { resetOnLock } from '../../lib/reset-on-lock';

interface EscalationsState {
  reviewId: string | null;
  escalations: Escalation[] | null;
  busy: boolean;

  load: (reviewId: string) => Promise<void>;
  add: (input: EscalationAdd) => Promise<Outcome<Escalation>>;
}

export const useEscalations = create<EscalationsState>()((set, get) => ({
  reviewId: null,
  escalations: null,
  busy: false,

  load: async (reviewId) => {
    set({ reviewId, escalations: get().reviewId === reviewId ? get().escalations : null });
    try {
      const escalations = await call('escalation:list', { reviewId });
      if (get().reviewId === reviewId) set({ escalations });
    } catch (error) {
      notifyError(error);
    }
  },
  add: async (input) => {
    set({ busy: true });
    const outcome = await attempt(() => call('escalation:add', input));
    set({ busy: false });
    if (outcome.ok && get().reviewId === input.reviewId) set({ escalations: [...(get().escalations ?? []), outcome.value] });
    return outcome;
  },
}));

resetOnLock(useEscalations);

export const selectEscalations = (state: EscalationsState) => state.escalations;
export const selectEscalationsBusy = (state: EscalationsState) => state.busy;
