/**
 * The Interviews area: a review's practitioner conversations, the one open with its coded
 * excerpts, and the review's themes with their views. Practitioners' words and real names:
 * everything goes on lock.
 */
import { create } from 'zustand';
import type { ChronologyEntry, Episode } from '../../../shared/chronology/views';
import type { ExportResult } from '../../../shared/exports/types';
import type { ConversationDetail, QuestionSetEntry } from '../../../shared/interviews/channels';
import type { CoOccurrence, Conversation, Excerpt, InterviewLink, Theme, ThemeView } from '../../../shared/interviews/model';
import type { CodeInput, ConsentRecord, ConversationAdd, ConversationEdit, ExcerptEdit, LinkInput, ThemeAdd, ThemeEdit } from '../../../shared/interviews/schemas';
import type { Person, ReviewSummary } from '../../../shared/reviews/types';
import { call } from '../../lib/api';
import { notifyError } from '../../lib/notify';
import { attempt, busyAttempt, type Outcome } from '../../lib/outcome';
import { resetOnLock } from '../../lib/reset-on-lock';
import { listReviewsKeeping } from '../../lib/review-choice';
import { useExports } from '../exports/store';
import { asJob } from '../jobs/store';
import { exportLabels, type InterviewExportKind } from './export-words';

export type InterviewScreen =
  | { name: 'list' }
  | { name: 'plan' }
  | { name: 'conversation'; id: string }
  | { name: 'themes' }
  | { name: 'theme'; id: string }
  /** The partnership's question sets (the question-sets feature's screen, placed here). */
  | { name: 'question-sets' };

export interface ThemeFilter {
  agency?: string;
  role?: string;
}

interface InterviewsState {
  reviews: ReviewSummary[] | null;
  reviewId: string | null;
  screen: InterviewScreen;
  conversations: Conversation[] | null;
  questionSets: QuestionSetEntry[] | null;
  people: Person[] | null;
  themes: Theme[] | null;
  open: ConversationDetail | null;
  excerpts: Excerpt[] | null;
  themeView: ThemeView | null;
  coOccurrence: CoOccurrence | null;
  uncoded: Array<Excerpt & { conversation: string }> | null;
  /** What a theme or excerpt can be linked to: the chronology's key practice episodes and entries. */
  linkChoices: { episodes: Episode[]; entries: ChronologyEntry[] } | null;
  busy: boolean;

  loadReviews: () => Promise<void>;
  chooseReview: (id: string) => void;
  show: (screen: InterviewScreen) => void;
  loadConversations: () => Promise<void>;
  /** What the plan form offers: the question sets and the people register. */
  loadPlanChoices: () => Promise<void>;
  plan: (input: Omit<ConversationAdd, 'reviewId'>) => Promise<Outcome<ConversationDetail>>;
  openConversation: (id: string) => Promise<void>;
  editConversation: (patch: ConversationEdit) => Promise<Outcome<ConversationDetail>>;
  recordConsent: (input: ConsentRecord) => Promise<Outcome<ConversationDetail>>;
  /** Adds people from the register or takes them out (refused for someone an excerpt is attributed to). */
  changeParticipants: (input: { id: string; add: string[]; remove: string[] }) => Promise<Outcome<ConversationDetail>>;
  /** The open conversation's excerpts as the core anchored them in the notes last saved. */
  loadExcerpts: () => Promise<void>;
  code: (input: CodeInput) => Promise<Outcome<Excerpt>>;
  editExcerpt: (patch: ExcerptEdit) => Promise<Outcome<Excerpt>>;
  removeExcerpt: (id: string) => Promise<Outcome<null>>;
  loadThemes: () => Promise<void>;
  addTheme: (input: Omit<ThemeAdd, 'reviewId'>) => Promise<Outcome<Theme>>;
  editTheme: (patch: ThemeEdit) => Promise<Outcome<Theme>>;
  removeTheme: (id: string, force: boolean) => Promise<Outcome<{ uncoded: number }>>;
  loadThemeView: (id: string, filter: ThemeFilter) => Promise<void>;
  loadOverview: () => Promise<void>;
  loadLinkChoices: () => Promise<void>;
  link: (input: LinkInput) => Promise<Outcome<InterviewLink>>;
  unlink: (id: string) => Promise<Outcome<null>>;
  /**
   * Anonymised exports pass the names check first (its dialog can add a person, mark a word not a
   * person, or export anyway with a reason). Null: the check or the save dialog was cancelled.
   */
  exportAs: (kind: InterviewExportKind, named: boolean) => Promise<Outcome<ExportResult | null>>;
  importCodebook: () => Promise<Outcome<{ added: number } | null>>;
}

const reviewData = {
  screen: { name: 'list' },
  conversations: null,
  questionSets: null,
  people: null,
  themes: null,
  open: null,
  excerpts: null,
  themeView: null,
  coOccurrence: null,
  uncoded: null,
  linkChoices: null,
} satisfies Partial<InterviewsState>;

/** The theme view's filter, kept to read the view again after a link changes. */
let filterNow: ThemeFilter = {};

export const useInterviews = create<InterviewsState>()((set, get) => {
  const run = busyAttempt(set);

  function requireReview(): string {
    const reviewId = get().reviewId;
    if (!reviewId) throw new Error('No review is chosen.');
    return reviewId;
  }

  /** Reads something of the review on screen, dropped if the user has moved to another review since. */
  async function read<K extends keyof InterviewsState>(key: K, work: (reviewId: string) => Promise<InterviewsState[K]>): Promise<void> {
    const reviewId = get().reviewId;
    if (!reviewId) return;
    try {
      const value = await work(reviewId);
      if (get().reviewId === reviewId) set({ [key]: value } as Pick<InterviewsState, K>);
    } catch (error) {
      notifyError(error);
    }
  }

  /** A conversation the core changed: it replaces the open one, and the list is read again. */
  function changed(detail: ConversationDetail): ConversationDetail {
    if (get().open?.id === detail.id) set({ open: detail });
    void get().loadConversations();
    return detail;
  }

  /** An excerpt the core changed: replaced in the open conversation's list; the counts change too. */
  function excerptChanged(excerpt: Excerpt): Excerpt {
    const excerpts = get().excerpts ?? [];
    const known = excerpts.some((each) => each.id === excerpt.id);
    set({ excerpts: known ? excerpts.map((each) => (each.id === excerpt.id ? excerpt : each)) : [...excerpts, excerpt] });
    void get().loadThemes();
    return excerpt;
  }

  /** A link made or removed: the theme view or the excerpts on screen show it. */
  async function afterLink<T>(work: Promise<T>): Promise<T> {
    const value = await work;
    const { screen, themeView } = get();
    if (screen.name === 'theme' && themeView) await get().loadThemeView(themeView.theme.id, filterNow);
    if (screen.name === 'conversation') await get().loadExcerpts();
    return value;
  }

  return {
    reviews: null,
    reviewId: null,
    busy: false,
    ...reviewData,

    loadReviews: async () => {
      try {
        const { reviews, choice, kept } = await listReviewsKeeping(get().reviewId);
        set({ reviews });
        if (kept) void get().loadConversations();
        else if (choice) get().chooseReview(choice);
        else set({ reviewId: null, ...reviewData });
      } catch (error) {
        notifyError(error);
      }
    },
    chooseReview: (id) => {
      if (get().reviewId === id) return;
      set({ reviewId: id, ...reviewData });
      void get().loadConversations();
    },
    show: (screen) => {
      set({ screen });
      if (screen.name === 'list') void get().loadConversations();
      if (screen.name === 'plan') void get().loadPlanChoices();
      if (screen.name === 'conversation') void get().openConversation(screen.id);
      if (screen.name === 'themes') void get().loadOverview();
      if (screen.name === 'theme') void get().loadThemeView(screen.id, {});
    },
    loadConversations: () => read('conversations', (reviewId) => call('interviews:list', { reviewId })),
    loadPlanChoices: async () => {
      await Promise.all([
        read('questionSets', (reviewId) => call('interviews:question-sets', { reviewId })),
        read('people', (reviewId) => call('people:list', { reviewId })),
      ]);
    },
    plan: (input) => run(async () => changed(await call('interviews:add', { ...input, reviewId: requireReview() }))),
    openConversation: async (id) => {
      set({ open: get().open?.id === id ? get().open : null, excerpts: get().open?.id === id ? get().excerpts : null });
      try {
        const [detail, excerpts] = await Promise.all([call('interviews:get', { id }), call('excerpts:list', { id })]);
        const screen = get().screen;
        if (screen.name === 'conversation' && screen.id === id) set({ open: detail, excerpts });
        void get().loadThemes();
      } catch (error) {
        notifyError(error);
      }
    },
    editConversation: (patch) => run(async () => changed(await call('interviews:edit', patch))),
    recordConsent: (input) =>
      run(async () => {
        const detail = changed(await call('interviews:consent', input));
        // A withdrawal flags every excerpt from that participant.
        await get().loadExcerpts();
        return detail;
      }),
    changeParticipants: (input) => run(async () => changed(await call('interviews:participants', input))),
    loadExcerpts: async () => {
      const id = get().open?.id;
      if (!id) return;
      try {
        const excerpts = await call('excerpts:list', { id });
        if (get().open?.id === id) set({ excerpts });
      } catch (error) {
        notifyError(error);
      }
    },
    code: (input) => run(async () => excerptChanged(await call('excerpts:code', input))),
    editExcerpt: (patch) => run(async () => excerptChanged(await call('excerpts:edit', patch))),
    removeExcerpt: (id) =>
      run(async () => {
        await call('excerpts:remove', { id });
        set({ excerpts: (get().excerpts ?? []).filter((excerpt) => excerpt.id !== id) });
        void get().loadThemes();
        return null;
      }),

    loadThemes: () => read('themes', (reviewId) => call('themes:list', { reviewId })),
    addTheme: (input) =>
      run(async () => {
        const theme = await call('themes:add', { ...input, reviewId: requireReview() });
        await get().loadOverview();
        return theme;
      }),
    editTheme: (patch) =>
      run(async () => {
        const theme = await call('themes:edit', patch);
        await get().loadOverview();
        const view = get().themeView;
        if (view?.theme.id === theme.id) set({ themeView: { ...view, theme } });
        return theme;
      }),
    removeTheme: (id, force) =>
      run(async () => {
        const result = await call('themes:remove', { id, force });
        await get().loadOverview();
        return result;
      }),
    loadThemeView: (id, filter) => {
      filterNow = filter;
      return read('themeView', () => call('themes:view', { id, ...filter }));
    },
    loadOverview: async () => {
      await Promise.all([
        get().loadThemes(),
        read('coOccurrence', (reviewId) => call('themes:co-occurrence', { reviewId })),
        read('uncoded', (reviewId) => call('themes:uncoded', { reviewId })),
      ]);
    },
    loadLinkChoices: () =>
      read('linkChoices', async (reviewId) => {
        const [episodes, list] = await Promise.all([call('episode:list', { reviewId }), call('chronology:list', { reviewId, anonymised: false })]);
        return { episodes, entries: list.entries };
      }),
    link: (input) => run(() => afterLink(call('interviews:link', input))),
    unlink: (id) => run(() => afterLink(call('interviews:unlink', { id }))),

    exportAs: async (kind, named) => {
      const channel = exportChannels[kind];
      // The codebook is always anonymised: a theme's name or description can name someone.
      let allowUnresolved: string | undefined;
      if (!named || kind === 'qdc') {
        const names = await attempt(() => {
          const reviewId = requireReview();
          return useExports.getState().checkNames({ reviewId, subject: { kind: 'interviews', reviewId, file: kind } });
        });
        if (!names.ok) return names;
        if (!names.value.proceed) return { ok: true, value: null };
        allowUnresolved = names.value.allowUnresolved;
      }
      return run(() => asJob('export', exportLabels[kind], (jobId) => call(channel, { reviewId: requireReview(), named, jobId, ...(allowUnresolved ? { allowUnresolved } : {}) })));
    },
    importCodebook: () =>
      attempt(async () => {
        const result = await call('themes:import-qdc', { reviewId: requireReview() });
        if (result) await get().loadOverview();
        return result;
      }),
  };
});

const exportChannels = {
  report: 'interviews:export-report',
  qdpx: 'interviews:export-qdpx',
  qdc: 'interviews:export-qdc',
  csv: 'interviews:export-csv',
} as const satisfies Record<InterviewExportKind, string>;

resetOnLock(useInterviews);

export const selectReviews = (state: InterviewsState) => state.reviews;
export const selectReviewId = (state: InterviewsState) => state.reviewId;
export const selectScreen = (state: InterviewsState) => state.screen;
export const selectConversations = (state: InterviewsState) => state.conversations;
export const selectOpen = (state: InterviewsState) => state.open;
export const selectExcerpts = (state: InterviewsState) => state.excerpts;
export const selectThemes = (state: InterviewsState) => state.themes;
export const selectBusy = (state: InterviewsState) => state.busy;
