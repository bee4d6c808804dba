/** The multi-agency chronology: import, the composite, duplicates, episodes, export. */
import type { ExportResult } from '../exports/types';
import { channel } from '../ipc/channel';
import { idInput, reviewIdInput } from '../reviews/schemas';
import { addEntryInput, correctEntryInput, deleteEntryInput, removeSubmissionInput, type DeletedEntry, type EntryHistory } from './changes';
import {
  decideDuplicateInput,
  duplicatesInput,
  entryPatchInput,
  episodeAddInput,
  episodeAssignInput,
  episodePatchInput,
  exportInput,
  fixRejectedInput,
  importInput,
  inspectInput,
  listInput,
  previewInput,
} from './schemas';
import type {
  ChronologyEntry,
  ChronologyList,
  DuplicatePair,
  Episode,
  ImportPreview,
  ImportResult,
  PickedFile,
  RejectedEntry,
  SourceInspection,
  SubmissionInfo,
} from './views';

export const chronologyChannels = {
  // Entries hold real names unless asked for anonymised: never log them.
  /** Asks for agency files (CSV, TSV, XLSX); null when cancelled. */
  'chronology:choose-files': channel<typeof reviewIdInput, PickedFile[] | null>(reviewIdInput),
  /** Reads a chosen file: sheets, header row, suggested (or saved) mapping, agency. */
  'chronology:inspect': channel<typeof inspectInput, SourceInspection>(inspectInput),
  /** What an import with these settings would make, row by row, without writing anything. */
  'chronology:preview': channel<typeof previewInput, ImportPreview>(previewInput),
  /** Imports a file as one agency's submission, as a job (progress, `job:cancel`); all or nothing. */
  'chronology:import': channel<typeof importInput, ImportResult>(importInput),
  /** The composite chronology: every agency, ordered by date, time, then sequence; or a window of it (its first page). */
  'chronology:list': channel<typeof listInput, ChronologyList>(listInput),
  'chronology:update-entry': channel<typeof entryPatchInput, ChronologyEntry>(entryPatchInput),
  'chronology:submissions': channel<typeof reviewIdInput, SubmissionInfo[]>(reviewIdInput),
  /** Rows that did not become entries and have not been fixed yet. */
  'chronology:rejected': channel<typeof reviewIdInput, RejectedEntry[]>(reviewIdInput),
  /** Reads a corrected rejected row again; it becomes an entry or the error says what is still wrong. */
  'chronology:fix-rejected': channel<typeof fixRejectedInput, ChronologyEntry>(fixRejectedInput),
  /** An entry the reviewer writes by hand: the date in any form an agency's file may use. */
  'chronology:add-entry': channel<typeof addEntryInput, ChronologyEntry>(addEntryInput),
  /** Corrects an entry with a reason; the earlier version is kept (`chronology:entry-history`). */
  'chronology:correct-entry': channel<typeof correctEntryInput, ChronologyEntry>(correctEntryInput),
  /** Takes an entry out of the composite with a reason; it is kept, and can be restored. */
  'chronology:delete-entry': channel<typeof deleteEntryInput, { id: string }>(deleteEntryInput),
  'chronology:restore-entry': channel<typeof idInput, ChronologyEntry>(idInput),
  /** Entries taken out of the composite, most recently deleted first. */
  'chronology:deleted-entries': channel<typeof reviewIdInput, DeletedEntry[]>(reviewIdInput),
  /** Who wrote an entry by hand, each earlier version with its correction, and its deletion. */
  'chronology:entry-history': channel<typeof idInput, EntryHistory>(idInput),
  /** Takes a submission's entries and rejected rows out of the review, with a reason; undoable until the next import. */
  'chronology:remove-submission': channel<typeof removeSubmissionInput, SubmissionInfo>(removeSubmissionInput),
  'chronology:undo-removal': channel<typeof idInput, SubmissionInfo>(idInput),
  /** Saves a copy of the file as the agency sent it where the user chooses; null if they cancelled. */
  'chronology:save-submission': channel<typeof idInput, { path: string } | null>(idInput),
  /** Dismisses a blank rejected row (recorded with the reason "blank row"). */
  'chronology:dismiss-rejected': channel<typeof idInput, { id: string }>(idInput),
  /** Likely duplicates: entries of different agencies on the same day with similar text; a job. */
  'chronology:duplicates': channel<typeof duplicatesInput, DuplicatePair[]>(duplicatesInput),
  'chronology:decide-duplicate': channel<typeof decideDuplicateInput, null>(decideDuplicateInput),
  /** Writes the composite chronology (named or anonymised) where the user chooses, as a job; null when the dialog is cancelled. */
  'chronology:export': channel<typeof exportInput, ExportResult | null>(exportInput),

  /** Key practice episodes, in date order. */
  'episode:list': channel<typeof reviewIdInput, Episode[]>(reviewIdInput),
  'episode:add': channel<typeof episodeAddInput, Episode>(episodeAddInput),
  'episode:update': channel<typeof episodePatchInput, Episode>(episodePatchInput),
  'episode:remove': channel<typeof idInput, { id: string }>(idInput),
  /** Puts entries in an episode (or takes them out). */
  'episode:assign': channel<typeof episodeAssignInput, Episode>(episodeAssignInput),

};
