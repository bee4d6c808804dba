/**
 * The people register of the review on screen: real names and their pseudonyms. Real names are
 * the most sensitive thing the app holds, so the store drops them on lock like everything else.
 */
import { create } from 'zustand';
import type { PersonRole } from '../../../shared/reviews/catalogue';
import type { PersonAdd } from '../../../shared/reviews/schemas';
import type { Person } from '../../../shared/reviews/types';
import { call } from '../../lib/api';
import { notifyError } from '../../lib/notify';
import { attempt, type Outcome } from '../../lib/outcome';
import { resetOnLock } from '../../lib/reset-on-lock';

interface PeopleState {
  reviewId: string | null;
  people: Person[] | null;
  busy: boolean;

  load: (reviewId: string) => Promise<void>;
  add: (input: PersonAdd) => Promise<Outcome<Person>>;
  /** The core's suggestion for the next person in this role, or null when it cannot say. */
  suggest: (request: { reviewId: string; role: PersonRole; relationship?: string; practitionerRole?: string }) => Promise<string | null>;
}

export const usePeople = create<PeopleState>()((set, get) => ({
  reviewId: null,
  people: null,
  busy: false,

  load: async (reviewId) => {
    set({ reviewId, people: get().reviewId === reviewId ? get().people : null });
    try {
      const people = await call('people:list', { reviewId });
      if (get().reviewId === reviewId) set({ people });
    } catch (error) {
      notifyError(error);
    }
  },
  add: async (input) => {
    set({ busy: true });
    const outcome = await attempt(() => call('people:add', input));
    set({ busy: false });
    if (outcome.ok && get().reviewId === input.reviewId) set({ people: [...(get().people ?? []), outcome.value] });
    return outcome;
  },
  suggest: async (request) => {
    try {
      return (await call('people:suggest-pseudonym', request)).pseudonym;
    } catch (error) {
      notifyError(error);
      return null;
    }
  },
}));

resetOnLock(usePeople);

export const selectPeople = (state: PeopleState) => state.people;
export const selectPeopleBusy = (state: PeopleState) => state.busy;
