/**
 * The Terms of reference area: the review chosen, its terms (current version, history, what
 * changed since the signed one), the templates, the sections' save state and the last PDF
 * checked. Terms and verification results name the review and its signatories: all go on lock.
 */
import { create } from 'zustand';
import type { DocJson } from '../../../shared/documents/model';
import type { ExportResult } from '../../../shared/exports/types';
import type { ChannelInput } from '../../../shared/ipc/contract';
import type { ReviewSummary } from '../../../shared/reviews/types';
import type { TermsField, TermsFields } from '../../../shared/terms/model';
import type { PdfVerification, TemplateInfo, TermsOverview, TermsVersion } from '../../../shared/terms/types';
import { call } from '../../lib/api';
import { notifyError } from '../../lib/notify';
import { listReviewsKeeping } from '../../lib/review-choice';
import { attempt, busyAttempt, type Outcome } from '../../lib/outcome';
import { resetOnLock } from '../../lib/reset-on-lock';
import type { SaveState } from '../documents/store';
import { useExports } from '../exports/store';
import { asJob } from '../jobs/store';
import { base64FromBytes } from './base64';
import { readKnown, type KnownToReview } from './known';

/** The decision as the form has it: the evidence is the chosen file, read here and sent as bytes (no paths cross IPC). */
export type SignOffInput = Omit<ChannelInput<'terms:sign-off'>, 'reviewId' | 'evidence'> & { evidence: File | null };

/** Where a field's save stands, said beside that field. */
export type FieldSave = { status: 'saving' } | { status: 'saved'; at: string } | { status: 'failed' };

/** Which review and load an editor was started on. */
export interface EditorLoad {
  reviewId: string;
  session: number;
}

export type Verification = { fileName: string; result: PdfVerification } | { fileName: string; problem: string };

/** The largest file sent for checking: terms:verify-pdf takes up to 70 million base64 characters. */
export const largestPdfBytes = 50 * 1024 * 1024;

interface TermsState {
  reviews: ReviewSummary[] | null;
  reviewId: string | null;
  /** Null while loading the chosen review's terms. */
  overview: TermsOverview | null;
  /** Goes up on each load for a review (not on the refresh after a save), so the editor restarts only then. */
  session: number;
  templates: TemplateInfo[] | null;
  sectionsSave: SaveState;
  /** Each field saved since the terms were loaded. */
  fieldSaves: Partial<Record<TermsField, FieldSave>>;
  /** The review's own agencies and people, offered in the agencies and panel fields; null until read. */
  known: KnownToReview | null;
  verification: Verification | null;
  busy: boolean;

  loadReviews: () => Promise<void>;
  chooseReview: (id: string) => void;
  loadTemplates: () => Promise<void>;
  loadKnown: () => Promise<void>;
  start: (template: string) => Promise<Outcome<TermsVersion>>;
  setField: <F extends TermsField>(field: F, value: TermsFields[F]) => Promise<Outcome<TermsVersion>>;
  /**
   * Autosave: true when saved. Saved to the review the editor was started for, even if the user
   * has since chosen another (the editor's last flush arrives after the switch).
   */
  saveSections: (editorOf: EditorLoad, sections: DocJson) => Promise<boolean>;
  submit: () => Promise<Outcome<TermsVersion>>;
  signOff: (input: SignOffInput) => Promise<Outcome<TermsVersion>>;
  /** Starts the next version from the signed one, which stays as it is. */
  newVersion: () => Promise<Outcome<TermsVersion>>;
  /** Asks where to save a decision's evidence; null: cancelled, nothing written. */
  saveEvidence: (decisionId: string) => Promise<Outcome<{ fileName: string } | null>>;
  /** An anonymised PDF waits on the names check first. Null: cancelled, nothing was written. */
  exportPdf: (version: number, anonymised: boolean) => Promise<Outcome<ExportResult | null>>;
  saveTemplate: (name: string) => Promise<Outcome<{ id: string }>>;
  verify: (file: File) => Promise<void>;
}

const reviewData = { overview: null, sectionsSave: { status: 'idle' }, fieldSaves: {}, known: null } satisfies Partial<TermsState>;

let overviewRequest = 0;

/**
 * Every change goes through one queue, in the order the user made it: a field saved on blur
 * reaches the core before the "Submit" click that caused the blur, and the export reads the
 * text after the save before it.
 */
let writes: Promise<unknown> = Promise.resolve();
function queued<T>(work: () => Promise<T>): Promise<T> {
  const next = writes.then(work, work);
  writes = next.catch(() => undefined);
  return next;
}

export const useTerms = create<TermsState>()((set, get) => {
  const busy = busyAttempt(set);

  function requireReviewId(): string {
    const reviewId = get().reviewId;
    if (!reviewId) throw new Error('No review is chosen.');
    return reviewId;
  }

  /** Reads the terms again: a new session when `restart` (another review, just started), otherwise a refresh. */
  async function loadOverview(restart: boolean): Promise<void> {
    const reviewId = get().reviewId;
    if (!reviewId) return;
    const mine = ++overviewRequest;
    try {
      // Read after the changes already on their way (an editor's last save as it closed), never before them.
      await writes;
      const overview = await call('terms:get', { reviewId });
      if (mine !== overviewRequest || get().reviewId !== reviewId) return;
      set(restart ? { overview, session: get().session + 1 } : { overview });
    } catch (error) {
      notifyError(error);
    }
  }

  /** A version the core returned after a change: shown at once, then the history and changes read again. */
  function changed(reviewId: string, version: TermsVersion): void {
    const overview = get().overview;
    if (get().reviewId !== reviewId || !overview) return;
    set({ overview: { ...overview, current: version } });
    void loadOverview(false);
  }

  return {
    reviews: null,
    reviewId: null,
    session: 0,
    templates: null,
    verification: null,
    busy: false,
    ...reviewData,

    loadReviews: async () => {
      try {
        const { reviews, choice, kept } = await listReviewsKeeping(get().reviewId);
        set({ reviews });
        if (kept) {
          // Back in the area: the chronology or register may have gained agencies and people since.
          set({ known: null });
          void loadOverview(true);
        }
        else if (choice) get().chooseReview(choice);
        else set({ reviewId: null, ...reviewData });
      } catch (error) {
        notifyError(error);
      }
    },
    chooseReview: (id) => {
      if (get().reviewId === id) return;
      set({ reviewId: id, ...reviewData });
      void loadOverview(true);
    },
    loadKnown: async () => {
      const reviewId = get().reviewId;
      if (!reviewId) return;
      try {
        const known = await readKnown(reviewId);
        if (get().reviewId === reviewId) set({ known });
      } catch (error) {
        notifyError(error);
      }
    },
    loadTemplates: async () => {
      try {
        set({ templates: await call('terms:templates', {}) });
      } catch (error) {
        notifyError(error);
      }
    },

    start: async (template) => {
      const outcome = await busy(() => queued(() => call('terms:start', { reviewId: requireReviewId(), template })));
      if (outcome.ok) await loadOverview(true);
      return outcome;
    },
    setField: async (field, value) => {
      const reviewId = requireReviewId();
      const mark = (save: FieldSave) => set({ fieldSaves: { ...get().fieldSaves, [field]: save } });
      mark({ status: 'saving' });
      const outcome = await attempt(() => queued(() => call('terms:set', { reviewId, field, value })));
      if (get().reviewId !== reviewId) return outcome;
      mark(outcome.ok ? { status: 'saved', at: outcome.value.updatedAt } : { status: 'failed' });
      if (outcome.ok) changed(reviewId, outcome.value);
      return outcome;
    },
    saveSections: async ({ reviewId, session }, sections) => {
      // The status line belongs to the editor on screen: an earlier one's last save stays quiet.
      const shown = () => get().reviewId === reviewId && get().session === session;
      if (shown()) set({ sectionsSave: { status: 'saving' } });
      const outcome = await attempt(() => queued(() => call('terms:set-sections', { reviewId, sections })));
      if (!shown()) return outcome.ok;
      set({ sectionsSave: outcome.ok ? { status: 'saved', at: outcome.value.updatedAt } : { status: 'failed', message: outcome.error.message } });
      if (outcome.ok) changed(reviewId, outcome.value);
      return outcome.ok;
    },
    submit: async () => {
      const reviewId = requireReviewId();
      const outcome = await busy(() => queued(() => call('terms:submit', { reviewId })));
      if (outcome.ok) changed(reviewId, outcome.value);
      return outcome;
    },
    signOff: async ({ evidence: file, ...input }) => {
      const reviewId = requireReviewId();
      const outcome = await busy(async () => {
        const evidence = file ? { fileName: file.name, base64: base64FromBytes(await file.arrayBuffer()) } : undefined;
        return queued(() => call('terms:sign-off', { reviewId, ...input, ...(evidence ? { evidence } : {}) }));
      });
      if (outcome.ok) changed(reviewId, outcome.value);
      return outcome;
    },
    newVersion: async () => {
      const reviewId = requireReviewId();
      const outcome = await busy(() => queued(() => call('terms:new-version', { reviewId })));
      // A new version is a new editor on its text: a fresh session, as when a review is chosen.
      if (outcome.ok) await loadOverview(true);
      return outcome;
    },
    saveEvidence: async (decisionId) => {
      const reviewId = requireReviewId();
      return busy(() => call('terms:save-evidence', { reviewId, decisionId }));
    },
    exportPdf: async (version, anonymised) => {
      let allowUnresolved: string | undefined;
      if (anonymised) {
        // Checked after the saves on their way, so the check reads the text the PDF will.
        const names = await attempt(async () => {
          const reviewId = requireReviewId();
          await writes;
          return useExports.getState().checkNames({ reviewId, subject: { kind: 'terms', reviewId, version } });
        });
        if (!names.ok) return names;
        if (!names.value.proceed) return { ok: true, value: null };
        allowUnresolved = names.value.allowUnresolved;
      }
      const reviewId = requireReviewId();
      return busy(() =>
        queued(() => asJob('export', 'Exporting the terms of reference (PDF)', (jobId) => call('terms:export-pdf', { reviewId, version, anonymised, jobId, ...(allowUnresolved ? { allowUnresolved } : {}) }))),
      );
    },
    saveTemplate: async (name) => {
      const reviewId = requireReviewId();
      const outcome = await busy(() => queued(() => call('terms:save-template', { reviewId, name: name.trim() })));
      if (outcome.ok) void get().loadTemplates();
      return outcome;
    },

    verify: async (file) => {
      const fileName = file.name;
      if (file.size > largestPdfBytes) return set({ verification: { fileName, problem: 'That file is too large to be a terms of reference PDF.' } });
      const outcome = await busy(async () => call('terms:verify-pdf', { pdfBase64: base64FromBytes(await file.arrayBuffer()) }));
      set({ verification: outcome.ok ? { fileName, result: outcome.value } : { fileName, problem: outcome.error.message } });
    },
  };
});

resetOnLock(useTerms);

export const selectReviews = (state: TermsState) => state.reviews;
export const selectReviewId = (state: TermsState) => state.reviewId;
export const selectOverview = (state: TermsState) => state.overview;
export const selectSession = (state: TermsState) => state.session;
export const selectTemplates = (state: TermsState) => state.templates;
export const selectSectionsSave = (state: TermsState) => state.sectionsSave;
export const selectFieldSave = (field: TermsField) => (state: TermsState) => state.fieldSaves[field];
export const selectKnown = (state: TermsState) => state.known;
export const selectVerification = (state: TermsState) => state.verification;
export const selectBusy = (state: TermsState) => state.busy;
