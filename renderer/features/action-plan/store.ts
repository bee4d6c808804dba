/**
 * The Action plan area: the partnership's register of every action from every review and
 * activity, its exports, the annual report tables, the activities other than reviews and the
 * categories findings are sorted into. Workspace-wide, not tied to a review; everything goes on lock.
 */
import { create } from 'zustand';
import type { ExportSubject } from '../../../shared/exports/schemas';
import type { ExportResult } from '../../../shared/exports/types';
import type { ActionDetail, Activity, AnnualReport, FindingCategory, Register } from '../../../shared/findings/model';
import type { RegisterFilter } from '../../../shared/findings/schemas';
import { call } from '../../lib/api';
import { notifyError } from '../../lib/notify';
import { attempt, busyAttempt, type Outcome } from '../../lib/outcome';
import { resetOnLock } from '../../lib/reset-on-lock';
import { useExports } from '../exports/store';
import { asJob } from '../jobs/store';

export type PlanScreen =
  | { name: 'register' }
  | { name: 'exports' }
  | { name: 'annual' }
  | { name: 'activities' }
  /** One activity's findings, recommendations and actions (the Findings feature's workspace). */
  | { name: 'activity'; id: string }
  | { name: 'categories' };

export type ExportFormat = 'xlsx' | 'pdf';

type ActivityAdd = Omit<Activity, 'id' | 'findings' | 'createdAt' | 'updatedAt'>;

interface PlanState {
  screen: PlanScreen;
  register: Register | null;
  /** The filter the register on screen was read with; the exports use it too. */
  filter: RegisterFilter;
  /** The action shown beside the register. */
  detailId: string | null;
  detail: ActionDetail | null;
  activities: Activity[] | null;
  categories: FindingCategory[] | null;
  /** The reporting year on screen (the year it starts in) and its tables. */
  year: number | null;
  annual: AnnualReport | null;
  /** Why the register or the year's tables could not be read, shown in their place with "Try again". */
  registerProblem: string | null;
  annualProblem: string | null;
  busy: boolean;

  show: (screen: PlanScreen) => void;
  /** Reads the register with `filter` (the one on screen when absent). */
  loadRegister: (filter?: RegisterFilter) => Promise<Outcome<Register>>;
  openAction: (id: string) => Promise<void>;
  closeAction: () => void;
  loadActivities: () => Promise<void>;
  addActivity: (input: ActivityAdd) => Promise<Outcome<Activity>>;
  editActivity: (id: string, patch: ActivityAdd) => Promise<Outcome<Activity>>;
  removeActivity: (id: string) => Promise<Outcome<null>>;
  loadCategories: () => Promise<void>;
  addCategory: (name: string) => Promise<Outcome<FindingCategory>>;
  renameCategory: (id: string, name: string) => Promise<Outcome<FindingCategory>>;
  removeCategory: (id: string) => Promise<Outcome<{ uncategorised: number }>>;
  loadAnnual: (year: number) => Promise<void>;
  /**
   * Anonymised exports pass the names check first (its dialog can add a person, mark a word not a
   * person, or export anyway with a reason). Null: the check or the save dialog was cancelled.
   */
  exportRegister: (format: ExportFormat, named: boolean) => Promise<Outcome<ExportResult | null>>;
  exportAnnual: (format: ExportFormat, named: boolean) => Promise<Outcome<ExportResult | null>>;
}

const initial = {
  screen: { name: 'register' },
  register: null,
  filter: {},
  detailId: null,
  detail: null,
  activities: null,
  categories: null,
  year: null,
  annual: null,
  registerProblem: null,
  annualProblem: null,
  busy: false,
} satisfies Partial<PlanState>;

export const registerLabels: Record<ExportFormat, string> = {
  xlsx: 'Exporting the action register (Excel workbook)',
  pdf: 'Exporting the Quality and Impact Group report (PDF)',
};

export const annualLabels: Record<ExportFormat, string> = {
  xlsx: 'Exporting the annual report tables (Excel workbook)',
  pdf: 'Exporting the annual report tables (PDF)',
};

export const usePlan = create<PlanState>()((set, get) => {
  const run = busyAttempt(set);

  async function read<K extends keyof PlanState>(key: K, work: () => Promise<PlanState[K]>): Promise<void> {
    try {
      set({ [key]: await work() } as Pick<PlanState, K>);
    } catch (error) {
      notifyError(error);
    }
  }

  /**
   * A person the names check finds is added to one review's people register: the review the
   * register is filtered to, else the first review with actions, else the first in the workspace.
   */
  async function reviewForNames(): Promise<string> {
    const { filter, register } = get();
    if (filter.source?.kind === 'review') return filter.source.reviewId;
    const withActions = register?.choices.sources.find((choice) => choice.source.kind === 'review')?.source;
    if (withActions?.kind === 'review') return withActions.reviewId;
    return (await call('review:list', {}))[0]?.id ?? '';
  }

  /** The names check (anonymised only), then the export as a job the jobs panel shows. */
  async function exportChecked(subject: ExportSubject, named: boolean, label: string, work: (options: { jobId: string; allowUnresolved?: string }) => Promise<ExportResult | null>) {
    let allowUnresolved: string | undefined;
    if (!named) {
      const names = await attempt(async () => useExports.getState().checkNames({ reviewId: await reviewForNames(), subject }));
      if (!names.ok) return names;
      if (!names.value.proceed) return { ok: true as const, value: null };
      allowUnresolved = names.value.allowUnresolved;
    }
    return run(() => asJob('export', label, (jobId) => work({ jobId, ...(allowUnresolved ? { allowUnresolved } : {}) })));
  }

  return {
    ...initial,

    show: (screen) => {
      // A screen opens at its heading: the action beside the register closes, so it does not take focus when the register comes back.
      set({ screen, detailId: null, detail: null });
      if (screen.name === 'register' || screen.name === 'exports') void get().loadRegister();
      if (screen.name === 'activities' || screen.name === 'activity') void get().loadActivities();
      if (screen.name === 'categories') void get().loadCategories();
    },
    loadRegister: async (filter) => {
      const wanted = filter ?? get().filter;
      const outcome = await attempt(() => call('actions:register', wanted));
      if (outcome.ok) {
        set({ register: outcome.value, filter: wanted, registerProblem: null });
        // The action shown may have changed or left the register: read it again.
        const open = get().detailId;
        if (open) void get().openAction(open);
      } else if (!filter) set({ registerProblem: outcome.error.message });
      return outcome;
    },
    openAction: async (id) => {
      set({ detailId: id, detail: get().detail?.id === id ? get().detail : null });
      try {
        const detail = await call('actions:get', { id });
        if (get().detailId === id) set({ detail });
      } catch (error) {
        if (get().detailId === id) set({ detailId: null });
        notifyError(error);
      }
    },
    closeAction: () => set({ detailId: null, detail: null }),

    loadActivities: () => read('activities', () => call('activities:list', {})),
    addActivity: (input) =>
      run(async () => {
        const activity = await call('activities:add', input);
        await get().loadActivities();
        return activity;
      }),
    editActivity: (id, patch) =>
      run(async () => {
        const activity = await call('activities:edit', { id, ...patch });
        await get().loadActivities();
        return activity;
      }),
    removeActivity: (id) =>
      run(async () => {
        await call('activities:remove', { id });
        await get().loadActivities();
        return null;
      }),

    loadCategories: () => read('categories', () => call('categories:list', {})),
    addCategory: (name) =>
      run(async () => {
        const category = await call('categories:add', { name });
        await get().loadCategories();
        return category;
      }),
    renameCategory: (id, name) =>
      run(async () => {
        const category = await call('categories:rename', { id, name });
        await get().loadCategories();
        return category;
      }),
    removeCategory: (id) =>
      run(async () => {
        const result = await call('categories:remove', { id });
        await get().loadCategories();
        return result;
      }),

    loadAnnual: async (year) => {
      set({ year, annual: get().annual?.year === year ? get().annual : null, annualProblem: null });
      const outcome = await attempt(() => call('annual:report', { year }));
      if (get().year !== year) return;
      set(outcome.ok ? { annual: outcome.value } : { annualProblem: outcome.error.message });
    },

    exportRegister: (format, named) => {
      const filter = get().filter;
      return exportChecked({ kind: 'action-register', format, filter }, named, registerLabels[format], (options) => call('actions:export', { format, filter, named, ...options }));
    },
    exportAnnual: async (format, named) => {
      const year = get().year;
      if (year === null) return { ok: true, value: null };
      return exportChecked({ kind: 'annual-report', format, year }, named, annualLabels[format], (options) => call('annual:export', { year, format, named, ...options }));
    },
  };
});

resetOnLock(usePlan);

export const selectScreen = (state: PlanState) => state.screen;
export const selectRegister = (state: PlanState) => state.register;
export const selectFilter = (state: PlanState) => state.filter;
export const selectDetail = (state: PlanState) => state.detail;
export const selectDetailId = (state: PlanState) => state.detailId;
export const selectActivities = (state: PlanState) => state.activities;
export const selectCategories = (state: PlanState) => state.categories;
export const selectAnnual = (state: PlanState) => state.annual;
export const selectYear = (state: PlanState) => state.year;
export const selectRegisterProblem = (state: PlanState) => state.registerProblem;
export const selectAnnualProblem = (state: PlanState) => state.annualProblem;
export const selectBusy = (state: PlanState) => state.busy;
