/** Escalations (the case resolution protocol): those of the review on screen, or of every review. */
import { create } from 'zustand';
import type { EscalationAdd, EscalationPatch } from '../../../shared/reviews/schemas';
import type { Escalation } from '../../../shared/reviews/types';
import { call } from '../../lib/api';
import { notifyError } from '../../lib/notify';
import { busyAttempt, type Outcome } from '../../lib/outcome';
import { resetOnLock } from '../../lib/reset-on-lock';

/** Which escalations are loaded: one review's, or (reviewId null) every review's. */
export interface EscalationScope {
  reviewId: string | null;
}

interface EscalationsState {
  scope: EscalationScope | null;
  escalations: Escalation[] | null;
  busy: boolean;

  load: (reviewId: string | null) => Promise<void>;
  add: (input: EscalationAdd) => Promise<Outcome<Escalation>>;
  /** Sends only the fields given: moving on a stage, an outcome, the day it was resolved. */
  update: (id: string, patch: Omit<EscalationPatch, 'id'>) => Promise<Outcome<Escalation>>;
}

export const useEscalations = create<EscalationsState>()((set, get) => {
  const isLoaded = (reviewId: string | null) => get().scope?.reviewId === reviewId;
  const run = busyAttempt(set);

  return {
    scope: null,
    escalations: null,
    busy: false,

    load: async (reviewId) => {
      set({ escalations: isLoaded(reviewId) ? get().escalations : null, scope: { reviewId } });
      try {
        const escalations = await call('escalation:list', reviewId === null ? {} : { reviewId });
        if (isLoaded(reviewId)) set({ escalations });
      } catch (error) {
        notifyError(error);
      }
    },
    add: async (input) => {
      const outcome = await run(() => call('escalation:add', input));
      if (outcome.ok && (isLoaded(input.reviewId ?? null) || isLoaded(null))) set({ escalations: [...(get().escalations ?? []), outcome.value] });
      return outcome;
    },
    update: (id, patch) =>
      run(async () => {
        const escalation = await call('escalation:update', { ...patch, id });
        set({ escalations: get().escalations?.map((each) => (each.id === escalation.id ? escalation : each)) ?? null });
        return escalation;
      }),
  };
});

resetOnLock(useEscalations);

export const selectEscalations = (state: EscalationsState) => state.escalations;
export const selectEscalationsBusy = (state: EscalationsState) => state.busy;
