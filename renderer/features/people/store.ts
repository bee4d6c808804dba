/**
 * The people register of the review on screen: real names and their pseudonyms. Real names are
 * the most sensitive thing the app holds, so the store drops them on lock like everything else.
 */
import { create } from 'zustand';
import type { PersonRole } from '../../../shared/reviews/catalogue';
import type { PersonAdd, PersonPatch } from '../../../shared/reviews/schemas';
import type { Person } from '../../../shared/reviews/types';
import { call } from '../../lib/api';
import { notifyError } from '../../lib/notify';
import { busyAttempt, type Outcome } from '../../lib/outcome';
import { resetOnLock } from '../../lib/reset-on-lock';

interface PeopleState {
  reviewId: string | null;
  people: Person[] | null;
  busy: boolean;

  load: (reviewId: string) => Promise<void>;
  add: (input: PersonAdd) => Promise<Outcome<Person>>;
  /** Sends only the fields given; the register then shows the person as the core returned them. */
  update: (id: string, patch: Omit<PersonPatch, 'id'>) => Promise<Outcome<Person>>;
  remove: (id: string) => Promise<Outcome<{ id: string }>>;
  /** The core's suggestion for the next person in this role, or null when it cannot say. */
  suggest: (request: { reviewId: string; role: PersonRole; relationship?: string; practitionerRole?: string; personId?: string }) => Promise<string | null>;
}

export const usePeople = create<PeopleState>()((set, get) => {
  const run = busyAttempt(set);

  return {
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
      const outcome = await run(() => call('people:add', input));
      if (outcome.ok && get().reviewId === input.reviewId) set({ people: [...(get().people ?? []), outcome.value] });
      return outcome;
    },
    update: (id, patch) =>
      run(async () => {
        const person = await call('people:update', { ...patch, id });
        set({ people: get().people?.map((each) => (each.id === person.id ? person : each)) ?? null });
        return person;
      }),
    remove: (id) =>
      run(async () => {
        const removed = await call('people:remove', { id });
        set({ people: get().people?.filter((person) => person.id !== removed.id) ?? null });
        return removed;
      }),
    suggest: async (request) => {
      try {
        return (await call('people:suggest-pseudonym', request)).pseudonym;
      } catch (error) {
        notifyError(error);
        return null;
      }
    },
  };
});

resetOnLock(usePeople);

export const selectPeople = (state: PeopleState) => state.people;
export const selectPeopleBusy = (state: PeopleState) => state.busy;
