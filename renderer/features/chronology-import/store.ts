/**
 * Importing agencies' chronology files: the files chosen, the one being checked, its settings
 * as the user edits them (kept here so Back from the preview loses nothing), the preview, the
 * import running (a job: its progress and Cancel are the jobs store's, shown here in place) —
 * and a review's rejected rows and submissions. File names, rows and real names are all
 * workspace data, so everything goes on lock.
 */
import { create } from 'zustand';
import type { ChronologyEntry, ImportPreview, ImportResult, PickedFile, RejectedEntry, SourceInspection, SubmissionInfo } from '../../../shared/chronology/views';
import type { ColumnMapping } from '../../../shared/chronology/types';
import { call } from '../../lib/api';
import { notifyError } from '../../lib/notify';
import { attempt, type Outcome } from '../../lib/outcome';
import { resetOnLock } from '../../lib/reset-on-lock';
import { asJob, useJobs } from '../jobs/store';

export type ImportStep = 'choose' | 'check' | 'preview' | 'importing' | 'imported' | 'cancelled';

/** A submission the wizard was opened to replace with the agency's corrected file. */
export interface Replacing {
  id: string;
  fileName: string;
  agency: string;
}

/** What the user confirms on the check step. */
export interface ImportDraft {
  sheet: string | null;
  headerIndex: number;
  agency: string;
  mapping: ColumnMapping;
  saveFormat: boolean;
}

interface ChronologyImportState {
  /** The wizard on screen (0: none). Replies meant for an earlier one are dropped. */
  run: number;
  reviewId: string | null;
  /** Set while the next import is to replace this submission; cleared once it has. */
  replacing: Replacing | null;
  /** Opened from an agency's request: the agency each file is for, unless the user types another. */
  answering: string | null;
  step: ImportStep;
  /** Counts changes of step, so a failure reported on arrival at a step shows on that visit only. */
  visit: number;
  files: PickedFile[];
  fileIndex: number;
  inspection: SourceInspection | null;
  draft: ImportDraft | null;
  preview: ImportPreview | null;
  /** The import running: its progress is the jobs store's job of this id. */
  jobId: string | null;
  /** What the core said when the import was cancelled. */
  cancelledMessage: string | null;
  /** The last import was refused because the review already has this very file (it may be imported again on purpose). */
  sameFile: boolean;
  /** The current file's import. */
  result: ImportResult | null;
  /** The latest import of this wizard, whichever file: what the wizard hands back on close. */
  lastResult: ImportResult | null;
  busy: boolean;

  rejectedReviewId: string | null;
  rejected: RejectedEntry[] | null;
  submissionsReviewId: string | null;
  submissions: SubmissionInfo[] | null;

  start: (reviewId: string, replacing?: Replacing | null, answering?: string | null) => void;
  /** Leaves the wizard; an import still running is cancelled. */
  abandon: () => void;
  /**
   * Shows the OS dialog (null: the user cancelled it), then reads the first file chosen before
   * the check step shows; `read` is how that went.
   */
  chooseFiles: () => Promise<Outcome<{ files: PickedFile[]; read: Outcome<SourceInspection> } | null>>;
  /** Reads the current file again with another sheet or header row (absent: found again). */
  inspect: (change?: { sheet?: string; headerIndex?: number }) => Promise<Outcome<SourceInspection>>;
  editDraft: (patch: Partial<ImportDraft>) => void;
  runPreview: () => Promise<Outcome<ImportPreview>>;
  backToCheck: () => void;
  backToPreview: () => void;
  /** `again`: import it although the review already has the very same file (the user chose to). */
  runImport: (again?: boolean) => Promise<Outcome<ImportResult>>;
  cancelImport: () => Promise<void>;
  /** Moves on to the next chosen file (after importing, or skipping, this one) and reads it. */
  nextFile: () => Promise<Outcome<SourceInspection>>;

  loadRejected: (reviewId: string) => Promise<void>;
  fixRejected: (id: string, values: Record<string, string>) => Promise<Outcome<ChronologyEntry>>;
  loadSubmissions: (reviewId: string) => Promise<void>;
}

const wizardStart = {
  run: 0,
  reviewId: null,
  replacing: null,
  answering: null,
  step: 'choose',
  visit: 0,
  files: [],
  fileIndex: 0,
  inspection: null,
  draft: null,
  preview: null,
  jobId: null,
  cancelledMessage: null,
  sameFile: false,
  result: null,
  lastResult: null,
  busy: false,
} satisfies Partial<ChronologyImportState>;

let lastRun = 0;
/** Only the latest read of a file counts: arrowing through the header rows sends several. */
let lastInspect = 0;

const notRunning = () => attempt<never>(() => Promise.reject(new Error('The import wizard is not open.')));

export const useChronologyImport = create<ChronologyImportState>()((set, get) => {
  const go = (step: ImportStep) => ({ step, visit: get().visit + 1 });

  /** The settings every preview and import sends, from the draft. */
  function settings() {
    const { reviewId, files, fileIndex, draft } = get();
    const file = files[fileIndex];
    if (!reviewId || !file || !draft) throw new Error('No file is being imported.');
    return {
      reviewId,
      token: file.token,
      ...(draft.sheet === null ? {} : { sheet: draft.sheet }),
      headerIndex: draft.headerIndex,
      mapping: draft.mapping,
      agency: draft.agency.trim(),
    };
  }

  async function readCurrent(run: number, change: { sheet?: string; headerIndex?: number }): Promise<Outcome<SourceInspection>> {
    const file = get().files[get().fileIndex];
    if (!file) return notRunning();
    const mine = ++lastInspect;
    const sheet = change.sheet ?? get().draft?.sheet ?? undefined;
    set({ busy: true });
    const outcome = await attempt(() => call('chronology:inspect', { token: file.token, ...(sheet === undefined ? {} : { sheet }), ...(change.headerIndex === undefined ? {} : { headerIndex: change.headerIndex }) }));
    if (get().run !== run || mine !== lastInspect) return outcome;
    set({ busy: false });
    if (outcome.ok) {
      const inspection = outcome.value;
      const previous = get().draft;
      set({
        inspection,
        preview: null,
        draft: {
          sheet: inspection.sheet,
          headerIndex: inspection.headerIndex,
          // An agency the user typed outlives a change of sheet or header row.
          agency: previous && previous.agency.trim() ? previous.agency : (get().replacing?.agency ?? get().answering ?? inspection.agency ?? ''),
          mapping: inspection.mapping,
          saveFormat: previous?.saveFormat ?? true,
        },
      });
    }
    return outcome;
  }

  /** After an import is written, lists already on screen are out of date. */
  function refreshLists(reviewId: string) {
    if (get().rejectedReviewId === reviewId) void get().loadRejected(reviewId);
    if (get().submissionsReviewId === reviewId) void get().loadSubmissions(reviewId);
  }

  return {
    ...wizardStart,
    rejectedReviewId: null,
    rejected: null,
    submissionsReviewId: null,
    submissions: null,

    start: (reviewId, replacing = null, answering = null) => set({ ...wizardStart, run: ++lastRun, reviewId, replacing, answering }),
    abandon: () => {
      const { jobId } = get();
      // Nothing of a cancelled import is kept, so leaving mid-import must not leave half of one.
      if (jobId) void useJobs.getState().cancel(jobId);
      set({ ...wizardStart });
    },
    chooseFiles: async () => {
      const { run, reviewId } = get();
      if (!reviewId) return notRunning();
      set({ busy: true });
      const chosen = await attempt(() => call('chronology:choose-files', { reviewId }));
      if (get().run !== run) return { ok: true, value: null };
      set({ busy: false });
      if (!chosen.ok) return chosen;
      const files = chosen.value ?? [];
      if (files.length === 0) return { ok: true, value: null };
      set({ files, fileIndex: 0, inspection: null, draft: null, preview: null, result: null });
      const read = await readCurrent(run, {});
      if (get().run === run) set(go('check'));
      return { ok: true, value: { files, read } };
    },
    inspect: async (change = {}) => readCurrent(get().run, change),
    editDraft: (patch) => {
      const draft = get().draft;
      if (draft) set({ draft: { ...draft, ...patch } });
    },
    runPreview: async () => {
      const run = get().run;
      set({ busy: true });
      const outcome = await attempt(() => call('chronology:preview', settings()));
      if (get().run !== run) return outcome;
      set({ busy: false });
      if (outcome.ok) set({ preview: outcome.value, ...go('preview') });
      return outcome;
    },
    backToCheck: () => set(go('check')),
    backToPreview: () => set(go(get().preview ? 'preview' : 'check')),
    runImport: async (again = false) => {
      const run = get().run;
      const replaces = get().replacing?.id;
      const base = { ...settings(), saveFormat: get().draft?.saveFormat ?? false, ...(again ? { again: true } : {}), ...(replaces ? { replaces } : {}) };
      const label = `Importing ${get().inspection?.fileName ?? 'the file'}`;
      const outcome = await attempt(() =>
        asJob(
          'import',
          label,
          (jobId) => {
            set({ ...go('importing'), jobId, cancelledMessage: null, sameFile: false });
            return call('chronology:import', { ...base, jobId });
          },
          { inPlace: true },
        ),
      );
      if (get().run !== run) return outcome;
      set({ jobId: null });
      if (outcome.ok) {
        // Replaced once: any further file chosen with it is imported beside it.
        set({ ...go('imported'), result: outcome.value, lastResult: outcome.value, replacing: null });
        refreshLists(base.reviewId);
      } else if (outcome.error.code === 'cancelled') {
        set({ ...go('cancelled'), cancelledMessage: outcome.error.message });
      } else {
        set({ ...go('preview'), sameFile: outcome.error.code === 'same-file' });
      }
      return outcome;
    },
    cancelImport: async () => {
      const jobId = get().jobId;
      if (jobId) await useJobs.getState().cancel(jobId);
    },
    nextFile: async () => {
      const { run, files, fileIndex } = get();
      if (fileIndex + 1 >= files.length) return notRunning();
      set({ fileIndex: fileIndex + 1, inspection: null, draft: null, preview: null, result: null, cancelledMessage: null, ...go('check') });
      return readCurrent(run, {});
    },

    loadRejected: async (reviewId) => {
      set({ rejectedReviewId: reviewId, rejected: get().rejectedReviewId === reviewId ? get().rejected : null });
      try {
        const rejected = await call('chronology:rejected', { reviewId });
        if (get().rejectedReviewId === reviewId) set({ rejected });
      } catch (error) {
        notifyError(error);
      }
    },
    fixRejected: async (id, values) => {
      const outcome = await attempt(() => call('chronology:fix-rejected', { id, values }));
      if (outcome.ok) {
        set({ rejected: get().rejected?.filter((row) => row.id !== id) ?? null });
        const reviewId = get().submissionsReviewId;
        if (reviewId) void get().loadSubmissions(reviewId);
      }
      return outcome;
    },
    loadSubmissions: async (reviewId) => {
      set({ submissionsReviewId: reviewId, submissions: get().submissionsReviewId === reviewId ? get().submissions : null });
      try {
        const submissions = await call('chronology:submissions', { reviewId });
        if (get().submissionsReviewId === reviewId) set({ submissions });
      } catch (error) {
        notifyError(error);
      }
    },
  };
});

resetOnLock(useChronologyImport);

export const selectStep = (state: ChronologyImportState) => state.step;
export const selectReplacing = (state: ChronologyImportState) => state.replacing;
export const selectAnswering = (state: ChronologyImportState) => state.answering;
export const selectVisit = (state: ChronologyImportState) => state.visit;
export const selectBusy = (state: ChronologyImportState) => state.busy;
export const selectFiles = (state: ChronologyImportState) => state.files;
export const selectFileIndex = (state: ChronologyImportState) => state.fileIndex;
export const selectCurrentFile = (state: ChronologyImportState): PickedFile | null => state.files[state.fileIndex] ?? null;
export const selectHasNextFile = (state: ChronologyImportState) => state.fileIndex + 1 < state.files.length;
export const selectInspection = (state: ChronologyImportState) => state.inspection;
export const selectDraft = (state: ChronologyImportState) => state.draft;
export const selectPreview = (state: ChronologyImportState) => state.preview;
export const selectJobId = (state: ChronologyImportState) => state.jobId;
export const selectCancelledMessage = (state: ChronologyImportState) => state.cancelledMessage;
export const selectSameFile = (state: ChronologyImportState) => state.sameFile;
export const selectResult = (state: ChronologyImportState) => state.result;
export const selectLastResult = (state: ChronologyImportState) => state.lastResult;
export const selectRejected = (state: ChronologyImportState) => state.rejected;
export const selectSubmissions = (state: ChronologyImportState) => state.submissions;
