/**
 * The Findings area: one review's (or activity's) findings with their evidence, the
 * recommendations answering them, each recommendation's actions, the action open with its
 * progress and history, and the review's 7-minute briefings. Everything goes on lock.
 */
import { create } from 'zustand';
import type { Action, ActionDetail, ActionFilePurpose, Briefing, EvidenceKind, Finding, FindingCategory, PlanSource, Recommendation } from '../../../shared/findings/model';
import type { ActionAdd, ActionEdit, EvidenceTarget, FindingEdit, ProgressAdd, RecommendationAdd, RecommendationEdit, DeliveryAdd } from '../../../shared/findings/schemas';
import type { ReviewSummary } from '../../../shared/reviews/types';
import { call } from '../../lib/api';
import { notifyError } from '../../lib/notify';
import { attempt, busyAttempt, type Outcome } from '../../lib/outcome';
import { resetOnLock } from '../../lib/reset-on-lock';
import { listReviewsKeeping } from '../../lib/review-choice';
import { base64FromBytes } from '../terms/base64';
import { findEvidence, type EvidenceChoice } from './evidence-choices';

export type FindingsScreen =
  | { name: 'list' }
  | { name: 'finding-form'; id: string | null }
  | { name: 'finding'; id: string }
  | { name: 'recommendation-form'; id: string | null }
  | { name: 'action-form'; recommendationId: string; id: string | null }
  | { name: 'action'; id: string }
  | { name: 'briefing'; documentId: string };

interface FindingsState {
  /** The Findings area's reviews and the one chosen (the Action plan area shows an activity instead). */
  reviews: ReviewSummary[] | null;
  reviewId: string | null;
  source: PlanSource | null;
  screen: FindingsScreen;
  findings: Finding[] | null;
  recommendations: Recommendation[] | null;
  /** Each recommendation's actions, by its id. */
  actions: Record<string, Action[]>;
  categories: FindingCategory[] | null;
  /** The action on screen, with its progress, files and history. */
  open: ActionDetail | null;
  /** A review's 7-minute briefings (an activity has none). */
  briefings: Briefing[] | null;
  /** What the last change did, said on the screen it returned to. */
  notice: string;
  busy: boolean;

  loadReviews: () => Promise<void>;
  chooseReview: (id: string) => void;
  /** Shows this source, read afresh; what was shown of another source is dropped first. */
  showSource: (source: PlanSource) => void;
  show: (screen: FindingsScreen, notice?: string) => void;
  say: (notice: string) => void;
  load: () => Promise<void>;
  addFinding: (fields: { statement: string; pattern: string | null; categoryId: string | null }) => Promise<Outcome<Finding>>;
  editFinding: (patch: FindingEdit) => Promise<Outcome<Finding>>;
  removeFinding: (id: string, force: boolean) => Promise<Outcome<{ recommendations: number }>>;
  addEvidence: (findingId: string, target: EvidenceTarget) => Promise<Outcome<Finding>>;
  removeEvidence: (id: string) => Promise<Outcome<Finding>>;
  /** The review's items of a kind matching the words typed, to choose evidence from. */
  findEvidence: (kind: EvidenceKind, text: string) => Promise<Outcome<EvidenceChoice[]>>;
  addRecommendation: (input: RecommendationAdd) => Promise<Outcome<Recommendation>>;
  editRecommendation: (patch: RecommendationEdit) => Promise<Outcome<Recommendation>>;
  removeRecommendation: (id: string) => Promise<Outcome<null>>;
  addAction: (input: ActionAdd) => Promise<Outcome<ActionDetail>>;
  editAction: (patch: ActionEdit) => Promise<Outcome<ActionDetail>>;
  openAction: (id: string) => Promise<void>;
  recordProgress: (input: ProgressAdd) => Promise<Outcome<ActionDetail>>;
  attach: (id: string, purpose: ActionFilePurpose, file: File) => Promise<Outcome<ActionDetail>>;
  saveFile: (fileId: string) => Promise<Outcome<{ fileName: string } | null>>;
  recordImpact: (input: { id: string; impact: string; on?: string }) => Promise<Outcome<ActionDetail>>;
  createBriefing: () => Promise<Outcome<Briefing>>;
  logDelivery: (input: DeliveryAdd) => Promise<Outcome<Briefing>>;
  unlogDelivery: (id: string) => Promise<Outcome<Briefing>>;
}

const sourceData = {
  screen: { name: 'list' },
  findings: null,
  recommendations: null,
  actions: {},
  categories: null,
  open: null,
  briefings: null,
  notice: '',
} satisfies Partial<FindingsState>;

export function sourceKey(source: PlanSource | null): string {
  if (!source) return '';
  return source.kind === 'review' ? `review:${source.reviewId}` : `activity:${source.activityId}`;
}

/** Counts the changes to actions, so a read that started before one does not replace what it returned. */
let actionChanges = 0;

export const useFindings = create<FindingsState>()((set, get) => {
  const run = busyAttempt(set);

  function requireSource(): PlanSource {
    const source = get().source;
    if (!source) throw new Error('No review or activity is chosen.');
    return source;
  }

  /** Reads something of the source on screen, dropped if another source is shown by then. */
  async function read<T>(work: (source: PlanSource) => Promise<T>, keep: (value: T) => void): Promise<void> {
    const source = get().source;
    if (!source) return;
    try {
      const value = await work(source);
      if (sourceKey(get().source) === sourceKey(source)) keep(value);
    } catch (error) {
      notifyError(error);
    }
  }

  async function loadPlan(): Promise<void> {
    await read(
      async (source) => {
        const [findings, recommendations] = await Promise.all([call('findings:list', { source }), call('recommendations:list', { source })]);
        const lists = await Promise.all(recommendations.map((each) => call('actions:list', { id: each.id })));
        return { findings, recommendations, actions: Object.fromEntries(recommendations.map((each, index) => [each.id, lists[index] ?? []])) };
      },
      (plan) => set(plan),
    );
  }

  /** After a change: the lists read again (numbers, counts and "finding removed" come from the core). */
  async function changed<T>(value: T): Promise<T> {
    await loadPlan();
    return value;
  }

  function actionChanged(detail: ActionDetail): Promise<ActionDetail> {
    actionChanges += 1;
    set({ open: detail });
    return changed(detail);
  }

  function briefingChanged(briefing: Briefing): Briefing {
    const briefings = get().briefings ?? [];
    const known = briefings.some((each) => each.documentId === briefing.documentId);
    set({ briefings: known ? briefings.map((each) => (each.documentId === briefing.documentId ? briefing : each)) : [...briefings, briefing] });
    return briefing;
  }

  function requireReviewId(): string {
    const source = requireSource();
    if (source.kind !== 'review') throw new Error('Only a review has briefings and evidence to choose from.');
    return source.reviewId;
  }

  return {
    reviews: null,
    reviewId: null,
    source: null,
    busy: false,
    ...sourceData,

    loadReviews: async () => {
      try {
        const { reviews, choice } = await listReviewsKeeping(get().reviewId);
        set({ reviews, reviewId: choice });
      } catch (error) {
        notifyError(error);
      }
    },
    chooseReview: (id) => set({ reviewId: id }),
    showSource: (source) => {
      // The same source again (the area left and come back to): read afresh, since other areas may have changed its evidence.
      if (sourceKey(get().source) !== sourceKey(source)) set({ source, ...sourceData });
      void get().load();
    },
    show: (screen, notice = '') => {
      set({ screen, notice });
      // Evidence can change elsewhere (an entry deleted from the chronology): the lists are read again.
      if (screen.name === 'list' || screen.name === 'finding') void get().load();
      if (screen.name === 'action') void get().openAction(screen.id);
    },
    say: (notice) => set({ notice }),
    load: async () => {
      await Promise.all([
        loadPlan(),
        read(() => call('categories:list', {}), (categories) => set({ categories })),
        get().source?.kind === 'review' ? read(() => call('briefings:list', { reviewId: requireReviewId() }), (briefings) => set({ briefings })) : Promise.resolve(),
      ]);
    },

    addFinding: (fields) => run(async () => changed(await call('findings:add', { source: requireSource(), ...fields, evidence: [] }))),
    editFinding: (patch) => run(async () => changed(await call('findings:edit', patch))),
    removeFinding: (id, force) => run(async () => changed(await call('findings:remove', { id, force }))),
    addEvidence: (findingId, target) => run(async () => changed(await call('findings:add-evidence', { findingId, target }))),
    removeEvidence: (id) => run(async () => changed(await call('findings:remove-evidence', { id }))),
    findEvidence: (kind, text) => attempt(() => findEvidence(kind, requireReviewId(), text)),

    addRecommendation: (input) => run(async () => changed(await call('recommendations:add', input))),
    editRecommendation: (patch) => run(async () => changed(await call('recommendations:edit', patch))),
    removeRecommendation: (id) => run(async () => changed(await call('recommendations:remove', { id }))),

    addAction: (input) => run(async () => actionChanged(await call('actions:add', input))),
    editAction: (patch) => run(async () => actionChanged(await call('actions:edit', patch))),
    openAction: async (id) => {
      if (get().open?.id !== id) set({ open: null });
      const before = actionChanges;
      try {
        const detail = await call('actions:get', { id });
        const screen = get().screen;
        // A change made while this read was on its way is newer than what it read.
        if (screen.name === 'action' && screen.id === id && actionChanges === before) set({ open: detail });
      } catch (error) {
        notifyError(error);
      }
    },
    recordProgress: (input) => run(async () => actionChanged(await call('actions:progress', input))),
    attach: (id, purpose, file) =>
      run(async () => {
        const base64 = base64FromBytes(await file.arrayBuffer());
        return actionChanged(await call('actions:attach', { id, purpose, file: { fileName: file.name, base64 } }));
      }),
    saveFile: (fileId) => run(() => call('actions:save-file', { id: fileId })),
    recordImpact: (input) => run(async () => actionChanged(await call('actions:impact', input))),

    createBriefing: () => run(async () => briefingChanged(await call('briefings:create', { reviewId: requireReviewId() }))),
    logDelivery: (input) => run(async () => briefingChanged(await call('briefings:log', input))),
    unlogDelivery: (id) => run(async () => briefingChanged(await call('briefings:unlog', { id }))),
  };
});

resetOnLock(useFindings);

export const selectReviews = (state: FindingsState) => state.reviews;
export const selectReviewId = (state: FindingsState) => state.reviewId;
export const selectSource = (state: FindingsState) => state.source;
export const selectScreen = (state: FindingsState) => state.screen;
export const selectFindings = (state: FindingsState) => state.findings;
export const selectRecommendations = (state: FindingsState) => state.recommendations;
export const selectActions = (state: FindingsState) => state.actions;
export const selectCategories = (state: FindingsState) => state.categories;
export const selectOpen = (state: FindingsState) => state.open;
export const selectBriefings = (state: FindingsState) => state.briefings;
export const selectNotice = (state: FindingsState) => state.notice;
export const selectBusy = (state: FindingsState) => state.busy;
