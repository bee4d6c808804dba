/**
 * The reviews register: the list, the review open on screen, and which of its screens shows.
 * Everything here is workspace data (titles, dates, decisions), so it all goes on lock.
 */
import { create } from 'zustand';
import type { DecisionInput, ReviewCreate, ReviewPatch } from '../../../shared/reviews/schemas';
import type { ReviewStatus } from '../../../shared/reviews/lifecycle';
import type { CopySent, ReviewDetail, ReviewSummary } from '../../../shared/reviews/types';
import type { CopyDocument } from '../../../shared/reviews/catalogue';
import { call } from '../../lib/api';
import { notifyError } from '../../lib/notify';
import { busyAttempt, type Outcome } from '../../lib/outcome';
import { resetOnLock } from '../../lib/reset-on-lock';

/** `all-escalations` and `all-returns` need no open review: they list every review's escalations or agency requests. */
export type ReviewScreen = 'list' | 'add' | 'all-escalations' | 'all-returns' | 'overview' | 'decision' | 'people' | 'escalations' | 'requests';

/** A decision as the form gives it: the store adds the open review's id. */
export type DecisionFields = DecisionInput extends infer D ? (D extends unknown ? Omit<D, 'reviewId'> : never) : never;

export interface CopyLogInput {
  document: CopyDocument;
  sentTo: string;
  sentOn: string;
}

interface ReviewsState {
  screen: ReviewScreen;
  reviews: ReviewSummary[] | null;
  current: ReviewDetail | null;
  busy: boolean;

  loadList: () => Promise<void>;
  showList: () => void;
  show: (screen: Exclude<ReviewScreen, 'list'>) => void;
  open: (id: string) => Promise<void>;
  create: (input: ReviewCreate) => Promise<Outcome<ReviewDetail>>;
  update: (patch: Omit<ReviewPatch, 'id'>) => Promise<Outcome<ReviewDetail>>;
  setStatus: (to: ReviewStatus, reason?: string) => Promise<Outcome<ReviewDetail>>;
  recordDecision: (input: DecisionFields) => Promise<Outcome<ReviewDetail>>;
  logCopy: (input: CopyLogInput) => Promise<Outcome<CopySent>>;
}

export const useReviews = create<ReviewsState>()((set, get) => {
  const run = busyAttempt(set);
  function currentId(): string {
    const current = get().current;
    if (!current) throw new Error('No review is open.');
    return current.id;
  }
  const opened = (detail: ReviewDetail) => {
    set({ current: detail });
    return detail;
  };

  return {
    screen: 'list',
    reviews: null,
    current: null,
    busy: false,

    loadList: async () => {
      try {
        set({ reviews: await call('review:list', {}) });
      } catch (error) {
        notifyError(error);
      }
    },
    showList: () => {
      set({ screen: 'list', current: null });
      void get().loadList();
    },
    show: (screen) => set({ screen }),
    open: async (id) => {
      try {
        set({ current: await call('review:get', { id }), screen: 'overview' });
      } catch (error) {
        notifyError(error);
      }
    },
    create: (input) =>
      run(async () => {
        const detail = await call('review:create', input);
        set({ current: detail, screen: 'overview' });
        return detail;
      }),
    update: (patch) => run(async () => opened(await call('review:update', { ...patch, id: currentId() }))),
    setStatus: (to, reason) =>
      run(async () => {
        const current = get().current;
        if (!current) throw new Error('No review is open.');
        return opened(await call('review:set-status', { id: current.id, from: current.status, to, reason }));
      }),
    recordDecision: (input) => run(async () => opened(await call('review:record-decision', { ...input, reviewId: currentId() } as DecisionInput))),
    logCopy: (input) =>
      run(async () => {
        const copy = await call('review:log-copy', { ...input, reviewId: currentId() });
        const current = get().current;
        if (current) set({ current: { ...current, copies: [...current.copies, copy] } });
        return copy;
      }),
  };
});

resetOnLock(useReviews);

export const selectScreen = (state: ReviewsState) => state.screen;
export const selectReviews = (state: ReviewsState) => state.reviews;
export const selectCurrent = (state: ReviewsState) => state.current;
export const selectBusy = (state: ReviewsState) => state.busy;
