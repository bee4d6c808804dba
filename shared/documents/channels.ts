/** Documents: rich text as ProseMirror JSON, versions, comparison and export. */
import type { ExportResult } from '../exports/types';
import { channel } from '../ipc/channel';
import {
  compareInput,
  documentCreateInput,
  documentIdInput,
  documentListInput,
  documentSaveInput,
  documentUpdateInput,
  exportPdfInput,
  restoreVersionInput,
  snapshotInput,
} from './schemas';
import type { DocumentComparison, DocumentDetail, DocumentSummary, DocumentVersion, SavedDocument } from './types';

export const documentChannels = {
  // Content holds real names: never log it.
  /** A review's documents, most recently changed first. */
  'document:list': channel<typeof documentListInput, DocumentSummary[]>(documentListInput),
  'document:create': channel<typeof documentCreateInput, DocumentDetail>(documentCreateInput),
  'document:load': channel<typeof documentIdInput, DocumentDetail>(documentIdInput),
  /** Autosave: refused (code 'locked') when another window saved a newer revision since. */
  'document:save': channel<typeof documentSaveInput, SavedDocument>(documentSaveInput),
  /** Title and protective marking. */
  'document:update': channel<typeof documentUpdateInput, DocumentSummary>(documentUpdateInput),
  /** Takes an immutable, labelled version with the SHA-256 of its canonical serialisation. */
  'document:snapshot': channel<typeof snapshotInput, DocumentVersion>(snapshotInput),
  /**
   * Makes a version's text the current text again. The text it replaces is kept first as a
   * version of its own ("Before restoring version N") unless a version already holds it.
   */
  'document:restore-version': channel<typeof restoreVersionInput, DocumentDetail>(restoreVersionInput),
  /** Oldest first. */
  'document:versions': channel<typeof documentIdInput, DocumentVersion[]>(documentIdInput),
  /** What changed between two versions (or a version and the current text), block by block. */
  'document:compare': channel<typeof compareInput, DocumentComparison>(compareInput),
  /** Asks where to save, then writes the PDF; a job (`job:progress`, cancel); null when the dialog is cancelled. */
  'document:export-pdf': channel<typeof exportPdfInput, ExportResult | null>(exportPdfInput),
  /** Takes a document out of the list and keeps it (audited); restorable with 'document:unarchive'. */
  'document:archive': channel<typeof documentIdInput, DocumentSummary>(documentIdInput),
  'document:unarchive': channel<typeof documentIdInput, DocumentSummary>(documentIdInput),
  /** A review's archived documents, most recently archived first. */
  'document:list-archived': channel<typeof documentListInput, DocumentSummary[]>(documentListInput),
  /** Deletes an archived document and its versions for good (audited by id); refused for any other. */
  'document:delete': channel<typeof documentIdInput, { id: string }>(documentIdInput),

};
