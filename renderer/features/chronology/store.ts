/**
 * The Chronology area: the review it is showing (remembered while the workspace is open), the
 * tab, named or anonymised, the composite's filter and the entries it selects, the entry open in
 * the detail panel, the entries ticked for an episode, likely duplicates and key practice
 * episodes. Entries and the people register hold real names: everything goes on lock.
 */
import { create } from 'zustand';
import { AppError } from '../../../shared/errors';
import { createAnonymiser, type NamedPerson } from '../../../shared/people/anonymise';
import { call } from '../../lib/api';
import { notifyError } from '../../lib/notify';
import { listReviewsKeeping } from '../../lib/review-choice';
import { attempt } from '../../lib/outcome';
import { resetOnLock } from '../../lib/reset-on-lock';
import { useExports } from '../exports/store';
import { asJob } from '../jobs/store';
import { loadComposite } from './list-loading';
import { anonymiseFilter, noFilter, sameFilter, toChronologyFilter } from './filter';
import { episodeInput, significances, withEpisodes } from './store-helpers';
import type { ChronologyState, ExportFormat } from './state';

export { chronologyTabs, type ChronologyState, type ChronologyTab, type EpisodeFields, type ExportFormat } from './state';

const formatWords: Record<ExportFormat, string> = { csv: 'CSV', xlsx: 'Excel', pdf: 'PDF' };

/** Everything that belongs to one review, cleared when another is chosen. */
const reviewData = {
  filter: noFilter,
  namedFilter: null,
  list: null,
  listKey: null,
  loading: false,
  significanceOptions: [],
  openId: null,
  checked: new Set<string>(),
  duplicates: null,
  duplicatesKey: null,
  duplicatesCancelled: null,
  episodes: null,
  people: null,
} satisfies Partial<ChronologyState>;

// Only the latest request of each kind may land: filters change faster than 50,000 entries travel.
let listRequest = 0;
let duplicatesRequest = 0;
let peopleRequest = 0;
let namesRequest = 0;

export const useChronology = create<ChronologyState>()((set, get) => {
  function requireReview(): string {
    const id = get().reviewId;
    if (!id) throw new Error('No review is chosen.');
    return id;
  }

  async function loadPeople(reviewId: string): Promise<NamedPerson[] | null> {
    const mine = ++peopleRequest;
    try {
      const people = (await call('people:list', { reviewId })).map(({ name, pseudonym, aliases }) => ({ name, pseudonym, aliases }));
      if (mine !== peopleRequest || get().reviewId !== reviewId) return null;
      set({ people });
      return people;
    } catch (error) {
      notifyError(error);
      return null;
    }
  }

  return {
    reviews: null,
    reviewId: null,
    tab: 'composite',
    importing: false,
    replacing: null,
    answering: null,
    anonymised: false,
    namesPending: null,
    // Folded: the entries come first; the tool line says when filters apply.
    filtersShown: false,
    exporting: false,
    ...reviewData,

    loadReviews: async () => {
      try {
        const { reviews, choice, kept } = await listReviewsKeeping(get().reviewId);
        set({ reviews });
        if (!kept) {
          if (choice) get().chooseReview(choice);
          else set({ reviewId: null, ...reviewData });
        }
      } catch (error) {
        notifyError(error);
      }
    },
    chooseReview: (id) => {
      if (get().reviewId === id) return;
      set({ reviewId: id, ...reviewData, checked: new Set() });
      void get().ensureList();
      void get().loadEpisodes();
      if (get().anonymised) void loadPeople(id);
    },
    setTab: (tab) => set({ tab }),
    setAnonymised: async (anonymised) => {
      const reviewId = get().reviewId;
      if (!reviewId) return;
      const mine = ++namesRequest;
      const cleared = { list: null, listKey: null, duplicates: null, duplicatesKey: null } as const;
      if (anonymised === get().anonymised) {
        // Chosen back before the switch was done: show this view's entries again.
        if (get().namesPending !== null) set({ namesPending: null, ...cleared });
        void get().ensureList();
        return;
      }
      if (anonymised) {
        // Named entries must not stay on screen under an "Anonymised" switch, even for a moment.
        set({ namesPending: true, ...cleared });
        // The register may have changed in the Reviews area since: read it afresh.
        const people = await loadPeople(reviewId);
        if (mine !== namesRequest) return;
        if (!people) {
          set({ namesPending: null });
          void get().ensureList();
          return;
        }
        const before = get().filter;
        const after = anonymiseFilter(before, createAnonymiser(people));
        set({ anonymised: true, namesPending: null, filter: after, namedFilter: { before, after }, significanceOptions: [], ...cleared });
      } else {
        const saved = get().namedFilter;
        const filter = saved && sameFilter(saved.after, get().filter) ? saved.before : get().filter;
        set({ anonymised: false, namesPending: null, filter, namedFilter: null, significanceOptions: [], ...cleared });
      }
      void get().ensureList();
    },
    setFilter: (patch) => {
      set({ filter: { ...get().filter, ...patch } });
      void get().ensureList();
    },
    clearFilter: () => {
      set({ filter: noFilter });
      void get().ensureList();
    },
    showFilters: (filtersShown) => set({ filtersShown }),
    showEpisode: (episodeId) => {
      set({ filter: { ...noFilter, episodeId }, tab: 'composite', openId: null });
      void get().ensureList();
    },
    ensureList: async () => {
      const { reviewId, anonymised, filter } = get();
      if (!reviewId) return;
      const key = JSON.stringify([reviewId, anonymised, filter]);
      if (get().listKey === key) return;
      const mine = ++listRequest;
      set({ listKey: key, loading: true });
      try {
        await loadComposite({ reviewId, anonymised, filter: toChronologyFilter(filter) }, (list, complete) => {
          if (mine !== listRequest) return false;
          set({ list, loading: !complete, significanceOptions: significances(get().significanceOptions, list.entries) });
          return true;
        });
      } catch (error) {
        if (mine === listRequest) set({ listKey: null, loading: false });
        notifyError(error);
      }
    },
    reloadList: () => {
      set({ listKey: null, duplicatesKey: null });
      void get().ensureList();
    },
    openEntry: (openId) => set({ openId }),
    setChecked: (ids, checked) => {
      const next = new Set(get().checked);
      for (const id of ids) {
        if (checked) next.add(id);
        else next.delete(id);
      }
      set({ checked: next });
    },
    clearChecked: () => set({ checked: new Set() }),
    saveEntry: async (patch) => {
      const outcome = await attempt(() => call('chronology:update-entry', patch));
      const list = get().list;
      if (outcome.ok && list && !get().anonymised) {
        const saved = outcome.value;
        set({
          list: { ...list, entries: list.entries.map((entry) => (entry.id === saved.id ? saved : entry)) },
          significanceOptions: significances(get().significanceOptions, [saved]),
        });
      }
      // The anonymised copy of the entry the core holds is rebuilt on the next read.
      if (outcome.ok && get().anonymised) get().reloadList();
      return outcome;
    },
    exportChronology: (format) =>
      attempt(async () => {
        const reviewId = requireReview();
        const anonymised = get().anonymised;
        const filter = toChronologyFilter(get().filter);
        let allowUnresolved: string | undefined;
        if (anonymised) {
          const names = await useExports.getState().checkNames({ reviewId, subject: { kind: 'chronology', reviewId, ...(filter ? { filter } : {}) } });
          // People added from the check change what the anonymised view shows: read it again.
          if (names.registerChanged && get().reviewId === reviewId) {
            void loadPeople(reviewId);
            get().reloadList();
          }
          if (!names.proceed) return null;
          allowUnresolved = names.allowUnresolved;
        }
        set({ exporting: true });
        try {
          return await asJob('export', `Exporting the chronology (${formatWords[format]})`, (jobId) =>
            call('chronology:export', { reviewId, format, anonymised, jobId, ...(filter ? { filter } : {}), ...(allowUnresolved ? { allowUnresolved } : {}) }),
          );
        } finally {
          set({ exporting: false });
        }
      }),

    loadDuplicates: async () => {
      const { reviewId, anonymised } = get();
      if (!reviewId) return;
      const key = JSON.stringify([reviewId, anonymised]);
      if (get().duplicatesKey === key) return;
      const mine = ++duplicatesRequest;
      set({ duplicatesKey: key, duplicatesCancelled: null });
      try {
        const duplicates = await asJob('duplicates', 'Finding likely duplicates', (jobId) => call('chronology:duplicates', { reviewId, anonymised, jobId }));
        if (mine === duplicatesRequest) set({ duplicates });
      } catch (error) {
        if (mine === duplicatesRequest) set({ duplicatesKey: null });
        // Cancelled from the jobs panel: the view says so and offers to look again.
        if (error instanceof AppError && error.code === 'cancelled') {
          if (mine === duplicatesRequest) set({ duplicatesCancelled: error.message });
        } else {
          notifyError(error);
        }
      }
    },
    decideDuplicate: async (pair, decision) => {
      const outcome = await attempt(() => call('chronology:decide-duplicate', { a: pair.a.id, b: pair.b.id, decision }));
      if (outcome.ok) {
        const duplicates = get().duplicates?.map((candidate) => (candidate.a.id === pair.a.id && candidate.b.id === pair.b.id ? { ...candidate, decision } : candidate)) ?? null;
        // The entries' links changed: the composite fetches again when next shown.
        set({ duplicates, listKey: null });
      }
      return outcome;
    },

    loadEpisodes: async () => {
      const reviewId = get().reviewId;
      if (!reviewId) return;
      try {
        const episodes = await call('episode:list', { reviewId });
        if (get().reviewId === reviewId) set({ episodes });
      } catch (error) {
        notifyError(error);
      }
    },
    addEpisode: async (fields) => {
      const outcome = await attempt(() => call('episode:add', { reviewId: requireReview(), ...episodeInput(fields) }));
      if (outcome.ok) void get().loadEpisodes();
      return outcome;
    },
    updateEpisode: async (id, fields) => {
      const input = episodeInput(fields);
      const outcome = await attempt(() => call('episode:update', { id, title: input.title, start: input.start ?? null, end: input.end ?? null, summary: input.summary ?? null }));
      if (outcome.ok) void get().loadEpisodes();
      return outcome;
    },
    removeEpisode: async (id) => {
      const outcome = await attempt(() => call('episode:remove', { id }));
      if (outcome.ok) {
        const list = get().list;
        const shown = get().filter.episodeId === id;
        set({
          episodes: get().episodes?.filter((episode) => episode.id !== id) ?? null,
          filter: shown ? { ...get().filter, episodeId: '' } : get().filter,
          list: list && { ...list, entries: list.entries.map((entry) => (entry.episodeIds.includes(id) ? { ...entry, episodeIds: entry.episodeIds.filter((other) => other !== id) } : entry)) },
        });
        if (shown) void get().ensureList();
      }
      return outcome;
    },
    assign: async (episodeId, entryIds, assigned) => {
      const outcome = await attempt(() => call('episode:assign', { episodeId, entryIds: [...entryIds], assigned }));
      if (outcome.ok) {
        const episode = outcome.value;
        const list = get().list;
        set({
          episodes: get().episodes?.map((candidate) => (candidate.id === episode.id ? episode : candidate)) ?? null,
          list: list && { ...list, entries: withEpisodes(list.entries, new Set(entryIds), episodeId, assigned) },
        });
        // Taken out of the episode on show: it leaves the view.
        if (!assigned && get().filter.episodeId === episodeId) get().reloadList();
      }
      return outcome;
    },

    openImport: (replacing, answering) => set({ importing: true, replacing: replacing ?? null, answering: answering ?? null }),
    closeImport: (result) => {
      set({ importing: false, replacing: null, answering: null });
      if (result) get().reloadList();
    },
  };
});

resetOnLock(useChronology);

export const selectReviews = (state: ChronologyState) => state.reviews;
export const selectReviewId = (state: ChronologyState) => state.reviewId;
export const selectTab = (state: ChronologyState) => state.tab;
export const selectImporting = (state: ChronologyState) => state.importing;
export const selectAnonymised = (state: ChronologyState) => state.anonymised;
/** What the names switch shows: the view chosen, even while the switch to it is under way. */
export const selectNamesChoice = (state: ChronologyState) => state.namesPending ?? state.anonymised;
export const selectFilter = (state: ChronologyState) => state.filter;
export const selectFiltersShown = (state: ChronologyState) => state.filtersShown;
export const selectList = (state: ChronologyState) => state.list;
export const selectLoading = (state: ChronologyState) => state.loading;
export const selectSignificanceOptions = (state: ChronologyState) => state.significanceOptions;
export const selectOpenId = (state: ChronologyState) => state.openId;
export const selectChecked = (state: ChronologyState) => state.checked;
export const selectDuplicates = (state: ChronologyState) => state.duplicates;
export const selectDuplicatesCancelled = (state: ChronologyState) => state.duplicatesCancelled;
export const selectExporting = (state: ChronologyState) => state.exporting;

export { selectEpisodes } from './episodes-shown';
