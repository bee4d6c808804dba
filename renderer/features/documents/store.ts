/**
 * The Documents screen (the Report area): the review chosen, its documents, the one open in the
 * editor with its save state, versions and comparison, and what the reference dialog offers.
 * Documents, people and entries hold real names: everything goes on lock.
 */
import { create } from 'zustand';
import type { DocJson } from '../../../shared/documents/model';
import type { DocumentComparison, DocumentDetail, DocumentKind, DocumentSummary, DocumentVersion } from '../../../shared/documents/types';
import type { ExportResult } from '../../../shared/exports/types';
import type { Person, ReviewSummary } from '../../../shared/reviews/types';
import { call } from '../../lib/api';
import { notifyError } from '../../lib/notify';
import { listReviewsKeeping } from '../../lib/review-choice';
import { attempt, busyAttempt, type Outcome } from '../../lib/outcome';
import { resetOnLock } from '../../lib/reset-on-lock';
import { useExports } from '../exports/store';
import { asJob } from '../jobs/store';
import type { EditorPanel, EntrySearch, ExportChoices, OpenDocument, SaveState, Side } from './types';

// Other areas' editors (terms of reference) share the save states.
export type { EditorPanel, EntrySearch, ExportChoices, OpenDocument, SaveState, Side } from './types';

export const entriesShown = 20;

interface DocumentsState {
  reviews: ReviewSummary[] | null;
  reviewId: string | null;
  documents: DocumentSummary[] | null;
  open: OpenDocument | null;
  save: SaveState;
  panel: EditorPanel | null;
  versions: DocumentVersion[] | null;
  /** What the last restore of a version did, said in the versions panel (which the restore remounts). */
  restoreNotice: string | null;
  comparison: DocumentComparison | null;
  people: Person[] | null;
  entrySearch: EntrySearch | null;
  busy: boolean;

  loadReviews: () => Promise<void>;
  chooseReview: (id: string) => void;
  loadDocuments: () => Promise<void>;
  createDocument: (title: string, kind: DocumentKind) => Promise<Outcome<DocumentDetail>>;
  openDocument: (id: string) => Promise<void>;
  /** Loads the open document again, dropping what this editor had not saved (after a conflict). */
  reloadDocument: () => Promise<void>;
  closeDocument: () => void;
  /** Something was typed: the status says so until it is saved (it may read "Saved at" only when it is). */
  markUnsaved: () => void;
  /** Autosave: true when saved. Refused quietly for an editor showing an older load. */
  saveContent: (session: number, content: DocJson) => Promise<boolean>;
  updateDocument: (patch: { title?: string; marking?: string }) => Promise<Outcome<DocumentSummary>>;
  setPanel: (panel: EditorPanel | null) => void;
  loadVersions: () => Promise<void>;
  takeVersion: (label: string) => Promise<Outcome<DocumentVersion>>;
  /** Makes a version's text the current text (the core keeps the replaced text as a version first). */
  restoreVersion: (number: number) => Promise<Outcome<DocumentDetail>>;
  compare: (from: Side, to: Side) => Promise<Outcome<DocumentComparison>>;
  closeComparison: () => void;
  loadPeople: () => Promise<void>;
  searchEntries: (text: string) => Promise<void>;
  /**
   * An anonymised PDF waits on the names check first. Null: the check or the save dialog was
   * cancelled, nothing was written. The export runs as a job (the jobs panel shows it).
   */
  exportPdf: (choices: ExportChoices) => Promise<Outcome<ExportResult | null>>;
}

/** What belongs to the open document, cleared when it closes. */
const documentData = {
  open: null,
  save: { status: 'idle' },
  panel: null,
  versions: null,
  restoreNotice: null,
  comparison: null,
  entrySearch: null,
} satisfies Partial<DocumentsState>;

let sessions = 0;
let documentsRequest = 0;
let entriesRequest = 0;

export const useDocuments = create<DocumentsState>()((set, get) => {
  const busy = busyAttempt(set);

  function requireOpen(): OpenDocument {
    const open = get().open;
    if (!open) throw new Error('No document is open.');
    return open;
  }

  /** A change the core made to the open document's summary, kept in the list and the editor. */
  function patchOpen(patch: Partial<DocumentSummary> & { id: string }) {
    const open = get().open;
    set({
      open: open && open.id === patch.id ? { ...open, ...patch } : open,
      documents: get().documents?.map((document) => (document.id === patch.id ? { ...document, ...patch } : document)) ?? null,
    });
  }

  /** Whose people and entries the reference dialog offers: the open document's review (interview notes are opened from another area). */
  function referenceReview(): string | null {
    return get().open?.reviewId ?? get().reviewId;
  }

  async function load(id: string): Promise<void> {
    try {
      const document = await call('document:load', { id });
      set({ ...documentData, open: { ...document, session: ++sessions } });
    } catch (error) {
      notifyError(error);
    }
  }

  return {
    reviews: null,
    reviewId: null,
    documents: null,
    people: null,
    busy: false,
    ...documentData,

    loadReviews: async () => {
      try {
        const { reviews, choice, kept } = await listReviewsKeeping(get().reviewId);
        set({ reviews });
        if (kept) void get().loadDocuments();
        else if (choice) get().chooseReview(choice);
        else set({ reviewId: null, documents: null, people: null, ...documentData });
      } catch (error) {
        notifyError(error);
      }
    },
    chooseReview: (id) => {
      if (get().reviewId === id) return;
      set({ reviewId: id, documents: null, people: null, ...documentData });
      void get().loadDocuments();
    },
    loadDocuments: async () => {
      const reviewId = get().reviewId;
      if (!reviewId) return;
      const mine = ++documentsRequest;
      try {
        const documents = await call('document:list', { reviewId });
        if (mine === documentsRequest && get().reviewId === reviewId) set({ documents });
      } catch (error) {
        notifyError(error);
      }
    },
    createDocument: async (title, kind) => {
      const reviewId = get().reviewId;
      const outcome = await busy(async () => {
        if (!reviewId) throw new Error('No review is chosen.');
        return call('document:create', { reviewId, title: title.trim(), kind });
      });
      if (outcome.ok && get().reviewId === reviewId) {
        set({ ...documentData, open: { ...outcome.value, session: ++sessions } });
        void get().loadDocuments();
      }
      return outcome;
    },
    openDocument: (id) => load(id),
    reloadDocument: async () => {
      const open = get().open;
      if (open) await load(open.id);
    },
    closeDocument: () => {
      set({ ...documentData });
      void get().loadDocuments();
    },

    markUnsaved: () => {
      const { status } = get().save;
      if (status === 'idle' || status === 'saved') set({ save: { status: 'saving' } });
    },
    saveContent: async (session, content) => {
      const open = get().open;
      if (!open || open.session !== session || get().save.status === 'conflict') return false;
      set({ save: { status: 'saving' } });
      const outcome = await attempt(() => call('document:save', { id: open.id, content, revision: get().open?.revision ?? open.revision }));
      const now = get().open;
      if (!now || now.session !== session) return outcome.ok;
      if (outcome.ok) {
        const { revision, wordCount, updatedAt } = outcome.value;
        // The content too: coming back to the area shows what was saved, not what was first loaded.
        set({ open: { ...now, content, revision, wordCount, updatedAt }, save: { status: 'saved', at: updatedAt } });
        return true;
      }
      set({ save: { status: outcome.error.code === 'locked' ? 'conflict' : 'failed', message: outcome.error.message } });
      return false;
    },
    updateDocument: async (patch) => {
      const open = get().open;
      const outcome = await busy(() => call('document:update', { id: requireOpen().id, ...patch }));
      if (outcome.ok && open) patchOpen(outcome.value);
      return outcome;
    },

    setPanel: (panel) => {
      set({ panel });
      if (panel === 'versions' || panel === 'export') void get().loadVersions();
    },
    loadVersions: async () => {
      const open = get().open;
      if (!open) return;
      try {
        const versions = await call('document:versions', { id: open.id });
        if (get().open?.id === open.id) set({ versions });
      } catch (error) {
        notifyError(error);
      }
    },
    takeVersion: async (label) => {
      const open = get().open;
      const outcome = await busy(() => call('document:snapshot', { id: requireOpen().id, label: label.trim() }));
      if (outcome.ok && open && get().open?.id === open.id) {
        set({ versions: [...(get().versions ?? []), outcome.value], restoreNotice: null });
        patchOpen({ id: open.id, versionCount: (get().open?.versionCount ?? 0) + 1 });
      }
      return outcome;
    },
    restoreVersion: async (number) => {
      const open = requireOpen();
      const outcome = await busy(() => call('document:restore-version', { id: open.id, number, revision: get().open?.revision ?? open.revision }));
      if (outcome.ok && get().open?.id === open.id) {
        const list = await attempt(() => call('document:versions', { id: open.id }));
        // A new session: the editor starts again from the restored text.
        set({
          open: { ...outcome.value, session: ++sessions },
          versions: list.ok ? list.value : get().versions,
          save: { status: 'idle' },
          restoreNotice: `Version ${number} is the current text again. The text it replaced is kept as a version.`,
        });
      }
      return outcome;
    },
    compare: async (from, to) => {
      const open = get().open;
      const outcome = await busy(() => call('document:compare', { id: requireOpen().id, from, to }));
      if (outcome.ok && open && get().open?.id === open.id) set({ comparison: outcome.value });
      return outcome;
    },
    closeComparison: () => set({ comparison: null }),

    loadPeople: async () => {
      const reviewId = referenceReview();
      if (!reviewId) return;
      try {
        const people = await call('people:list', { reviewId });
        if (referenceReview() === reviewId) set({ people });
      } catch (error) {
        notifyError(error);
      }
    },
    searchEntries: async (text) => {
      const reviewId = referenceReview();
      if (!reviewId) return;
      const words = text.trim();
      const mine = ++entriesRequest;
      try {
        const list = await call('chronology:list', { reviewId, anonymised: false, ...(words ? { filter: { text: words } } : {}) });
        if (mine === entriesRequest && referenceReview() === reviewId) set({ entrySearch: { text: words, entries: list.entries.slice(0, entriesShown), total: list.entries.length } });
      } catch (error) {
        notifyError(error);
      }
    },

    exportPdf: async (choices) => {
      let allowUnresolved: string | undefined;
      if (choices.anonymised) {
        const names = await attempt(() => {
          const open = requireOpen();
          return useExports.getState().checkNames({ reviewId: open.reviewId, subject: { kind: 'document', id: open.id, ...(choices.version === null ? {} : { version: choices.version }) } });
        });
        if (!names.ok) return names;
        if (!names.value.proceed) return { ok: true, value: null };
        allowUnresolved = names.value.allowUnresolved;
      }
      return busy(() =>
        asJob('export', 'Exporting the PDF', (jobId) =>
          call('document:export-pdf', {
            id: requireOpen().id,
            anonymised: choices.anonymised,
            draft: choices.draft,
            marking: choices.marking.trim(),
            jobId,
            ...(choices.version === null ? {} : { version: choices.version }),
            ...(allowUnresolved ? { allowUnresolved } : {}),
          }),
        ),
      );
    },
  };
});

resetOnLock(useDocuments);

export const selectReviews = (state: DocumentsState) => state.reviews;
export const selectReviewId = (state: DocumentsState) => state.reviewId;
export const selectDocuments = (state: DocumentsState) => state.documents;
export const selectOpen = (state: DocumentsState) => state.open;
export const selectSave = (state: DocumentsState) => state.save;
export const selectPanel = (state: DocumentsState) => state.panel;
export const selectVersions = (state: DocumentsState) => state.versions;
export const selectComparison = (state: DocumentsState) => state.comparison;
export const selectPeople = (state: DocumentsState) => state.people;
export const selectEntrySearch = (state: DocumentsState) => state.entrySearch;
export const selectBusy = (state: DocumentsState) => state.busy;
