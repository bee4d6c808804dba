/**
 * The names check before an anonymised export, shared by every export in the app. An export
 * asks `checkNames`; when the core finds likely personal names the review's people register does
 * not know, the "Names not in the people register" dialog opens and the export waits until the
 * user has dealt with each (added the person, or marked the word "not a person"), chosen to
 * export anyway with a reason, or cancelled. Also the workspace's list of words marked "not a
 * person", for Settings. Names are workspace data: everything goes on lock.
 */
import { create } from 'zustand';
import type { ExportSubject } from '../../../shared/exports/schemas';
import type { NotPerson, UnknownName } from '../../../shared/exports/types';
import type { PersonRole } from '../../../shared/reviews/catalogue';
import type { Person } from '../../../shared/reviews/types';
import { AppError } from '../../../shared/errors';
import { call } from '../../lib/api';
import { notifyError, unexpectedErrorMessage } from '../../lib/notify';
import { attempt, type Outcome } from '../../lib/outcome';
import { resetOnLock } from '../../lib/reset-on-lock';

/** What the export that asked may do once the dialog is done. */
export interface NamesCheckResult {
  /** Go on to the save dialog. */
  proceed: boolean;
  /** The reason given for "Export anyway", for the export to record. */
  allowUnresolved?: string;
  /** People were added to the register: views that anonymise with it should read it again. */
  registerChanged: boolean;
}

export interface NamesCheckRequest {
  /** The review whose people register a person is added to. */
  reviewId: string;
  subject: ExportSubject;
}

export interface NewPerson {
  name: string;
  role: PersonRole;
  relationship: string;
  pseudonym: string;
}

/** One open check: what is being exported, what is left, what the user did so far. */
export interface NamesCheck {
  id: number;
  reviewId: string;
  subject: ExportSubject;
  candidates: UnknownName[];
  /** Words marked "not a person" in this check, so a wrong mark can be undone on the spot. */
  marked: NotPerson[];
  /** What the user did last, for the dialog's status line. */
  said: string;
  /** A re-check that failed: shown in the dialog, since the page behind it is out of reach. */
  problem: string | null;
  /** Set when the check is done: the dialog closes, then the export is told. */
  result: Omit<NamesCheckResult, 'registerChanged'> | null;
}

interface ExportsState {
  check: NamesCheck | null;
  busy: boolean;
  /** Every word marked "not a person" in this workspace (Settings). */
  notPeople: NotPerson[] | null;

  /** Resolves when the export may go ahead, or not. Throws when the first check itself fails. */
  checkNames: (request: NamesCheckRequest) => Promise<NamesCheckResult>;
  addPerson: (person: NewPerson) => Promise<Outcome<Person>>;
  markNotPerson: (candidate: UnknownName) => Promise<Outcome<NotPerson[]>>;
  undoMark: (key: string) => Promise<Outcome<NotPerson[]>>;
  /** The reason is checked by the dialog; the export records it. */
  exportAnyway: (reason: string) => void;
  /** The dialog has closed (done, cancelled or Escape): tells the export that asked. */
  finish: () => void;
  suggestPseudonym: (role: PersonRole, relationship: string) => Promise<string | null>;

  loadNotPeople: () => Promise<void>;
  unmarkNotPerson: (key: string) => Promise<Outcome<NotPerson[]>>;
}

let checks = 0;
/** The export waiting on the open check; module state, since a function is not view state. */
let waiting: { id: number; settle: (result: NamesCheckResult) => void; registerChanged: boolean } | null = null;

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export const useExports = create<ExportsState>()((set, get) => {
  /** Runs the check again after a change; when nothing is left, the export may go ahead. */
  async function recheck(said: string): Promise<void> {
    const check = get().check;
    if (!check) return;
    try {
      const { candidates } = await call('export:check-names', { subject: check.subject });
      const now = get().check;
      if (now?.id !== check.id) return;
      if (candidates.length === 0) return set({ check: { ...now, candidates, said, problem: null, result: { proceed: true } } });
      set({ check: { ...now, candidates, problem: null, said: `${said} ${plural(candidates.length, 'name is', 'names are')} left to check.` } });
    } catch (error) {
      const now = get().check;
      if (now?.id === check.id) set({ check: { ...now, problem: error instanceof AppError ? error.message : unexpectedErrorMessage } });
    }
  }

  /** An action in the open dialog, with the store busy while it runs. */
  async function act<T>(work: (check: NamesCheck) => Promise<T>): Promise<Outcome<T>> {
    const check = get().check;
    if (!check) return attempt(() => Promise.reject(new Error('No names check is open.')));
    set({ busy: true });
    const outcome = await attempt(() => work(check));
    set({ busy: false });
    return outcome;
  }

  return {
    check: null,
    busy: false,
    notPeople: null,

    checkNames: async ({ reviewId, subject }) => {
      const { candidates } = await call('export:check-names', { subject });
      if (candidates.length === 0) return { proceed: true, registerChanged: false };
      // Another check left open (it cannot be, behind a modal dialog) is cancelled, not lost.
      if (waiting) get().finish();
      const id = ++checks;
      return new Promise<NamesCheckResult>((settle) => {
        waiting = { id, settle, registerChanged: false };
        set({ check: { id, reviewId, subject, candidates, marked: [], said: '', problem: null, result: null }, busy: false });
      });
    },
    addPerson: (person) =>
      act(async (check) => {
        const added = await call('people:add', {
          reviewId: check.reviewId,
          name: person.name.trim(),
          role: person.role,
          ...(person.relationship.trim() ? { relationship: person.relationship.trim() } : {}),
          ...(person.pseudonym.trim() ? { pseudonym: person.pseudonym.trim() } : {}),
        });
        if (waiting?.id === check.id) waiting.registerChanged = true;
        await recheck(`Added ${added.name} to the people register as ${added.pseudonym}.`);
        return added;
      }),
    markNotPerson: (candidate) =>
      act(async (check) => {
        const all = await call('export:mark-not-person', { name: candidate.name, key: candidate.key });
        const mark = all.find((entry) => entry.key === candidate.key);
        const now = get().check;
        if (now?.id === check.id && mark) set({ check: { ...now, marked: [...now.marked.filter((entry) => entry.key !== mark.key), mark] } });
        set({ notPeople: all });
        await recheck(`Marked ${candidate.name} as not a person.`);
        return all;
      }),
    undoMark: (key) =>
      act(async (check) => {
        const all = await call('export:unmark-not-person', { key });
        const undone = check.marked.find((entry) => entry.key === key);
        const now = get().check;
        if (now?.id === check.id) set({ check: { ...now, marked: now.marked.filter((entry) => entry.key !== key) } });
        set({ notPeople: all });
        await recheck(`${undone?.name ?? 'The name'} is checked again.`);
        return all;
      }),
    exportAnyway: (reason) => {
      const check = get().check;
      if (check) set({ check: { ...check, result: { proceed: true, allowUnresolved: reason } } });
    },
    finish: () => {
      const check = get().check;
      const mine = waiting;
      waiting = null;
      set({ check: null, busy: false });
      if (mine && (!check || mine.id === check.id)) {
        mine.settle({ proceed: false, ...check?.result, registerChanged: mine.registerChanged });
      }
    },
    suggestPseudonym: async (role, relationship) => {
      const check = get().check;
      if (!check) return null;
      try {
        const trimmed = relationship.trim();
        return (await call('people:suggest-pseudonym', { reviewId: check.reviewId, role, ...(trimmed ? { relationship: trimmed } : {}) })).pseudonym;
      } catch {
        // Left empty, the core suggests one when the person is added.
        return null;
      }
    },

    loadNotPeople: async () => {
      try {
        set({ notPeople: await call('export:not-people', {}) });
      } catch (error) {
        notifyError(error);
      }
    },
    unmarkNotPerson: async (key) => {
      const outcome = await attempt(() => call('export:unmark-not-person', { key }));
      if (outcome.ok) set({ notPeople: outcome.value });
      return outcome;
    },
  };
});

resetOnLock(useExports);

// A lock drops the open check with everything else: the export waiting on it is cancelled.
useExports.subscribe((state) => {
  if (!state.check && waiting) {
    const mine = waiting;
    waiting = null;
    mine.settle({ proceed: false, registerChanged: mine.registerChanged });
  }
});

export const selectCheck = (state: ExportsState) => state.check;
export const selectChecking = (state: ExportsState) => state.check !== null;
export const selectBusy = (state: ExportsState) => state.busy;
export const selectNotPeople = (state: ExportsState) => state.notPeople;
