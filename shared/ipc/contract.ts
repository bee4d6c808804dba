/**
 * The one list of calls the renderer can make and events main can push.
 * Each channel pairs a zod schema for its input (checked in main before any service runs)
 * with the type of its result. Handlers, the preload and the renderer are all typed from here.
 */
import { z } from 'zod';
import { areaIds, type AreaId } from '../product';
import type { ErrorInfo } from '../errors';
import {
  passphraseSchema,
  settingsSchema,
  unlockMethodSchema,
  workspaceNameSchema,
  type AuditCheck,
  type BackupInfo,
  type RecentWorkspace,
  type Settings,
  type WorkspaceStatus,
} from '../workspace';
import {
  escalationAddInput,
  escalationListInput,
  escalationPatchInput,
  idInput,
  logCopyInput,
  personAddInput,
  personPatchInput,
  recordDecisionInput,
  reviewCreateInput,
  reviewIdInput,
  reviewPatchInput,
  setStatusInput,
  suggestPseudonymInput,
} from '../reviews/schemas';
import type { CopySent, Escalation, Person, ReviewDetail, ReviewSummary } from '../reviews/types';
import {
  decideDuplicateInput,
  duplicatesInput,
  entryPatchInput,
  episodeAddInput,
  episodeAssignInput,
  episodePatchInput,
  exportInput,
  fixRejectedInput,
  importIdInput,
  importInput,
  inspectInput,
  listInput,
  previewInput,
} from '../chronology/schemas';
import {
  compareInput,
  documentCreateInput,
  documentIdInput,
  documentListInput,
  documentSaveInput,
  documentUpdateInput,
  exportPdfInput,
  snapshotInput,
} from '../documents/schemas';
import { saveTemplateInput, termsExportInput, termsReviewInput, termsSectionsInput, termsSetInput, termsSignOffInput, termsStartInput, verifyPdfInput } from '../terms/schemas';
import type { PdfVerification, TemplateInfo, TermsOverview, TermsVersion } from '../terms/types';
import type { DocumentComparison, DocumentDetail, DocumentSummary, DocumentVersion, SavedDocument } from '../documents/types';
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
} from '../chronology/views';

/** Declares a channel: the input schema is real, the result type exists only for the compiler. */
function channel<Input extends z.ZodType, Result>(input: Input) {
  return { input, result: undefined as unknown as Result };
}

const noInput = z.object({}).strict();

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  /** SQLite and its cipher extension, read from the native module actually loaded. */
  sqlite: { version: string; cipher: string };
}

const absolutePath = z.string().min(1).max(4096);
const secret = z.string().min(1).max(1024);

const createInput = z.object({ parentDir: absolutePath, name: workspaceNameSchema, passphrase: passphraseSchema }).strict();
const unlockInput = z
  .object({
    path: absolutePath,
    method: unlockMethodSchema,
    /** The passphrase or recovery code; absent for the keychain. */
    secret: secret.optional(),
    /** The user chose to break a lock left by an app that is no longer running. */
    breakStaleLock: z.boolean().optional(),
  })
  .strict();
const changePassphraseInput = z.object({ current: secret, next: passphraseSchema }).strict();
const confirmPassphraseInput = z.object({ passphrase: secret }).strict();
const pathInput = z.object({ path: absolutePath }).strict();
const restoreInput = unlockInput.extend({ backup: z.string().min(1).max(255) }).strict();

/** The bank holidays working days are counted with. */
export interface BankHolidaysInfo {
  /** e.g. "2018–2030". */
  years: string;
  /** A newer gov.uk file the user loaded is in use on top of the built-in table. */
  loaded: boolean;
}

export const contract = {
  'app:info': channel<typeof noInput, AppInfo>(noInput),

  'workspace:status': channel<typeof noInput, WorkspaceStatus>(noInput),
  /** Asks the user for the folder to create a workspace in; null when they cancel. */
  'workspace:choose-folder': channel<typeof noInput, { dir: string } | null>(noInput),
  /** Asks the user for an existing .review folder; null when they cancel. */
  'workspace:choose-existing': channel<typeof noInput, { path: string } | null>(noInput),
  /** Creates and opens a workspace; the recovery code is shown once and never stored in the clear. */
  'workspace:create': channel<typeof createInput, { path: string; recoveryCode: string }>(createInput),
  'workspace:unlock': channel<typeof unlockInput, WorkspaceStatus>(unlockInput),
  'workspace:lock': channel<typeof noInput, WorkspaceStatus>(noInput),
  'workspace:recent': channel<typeof noInput, RecentWorkspace[]>(noInput),
  /** Opens the fictional demo workspace, creating it in the app's data folder the first time. */
  'workspace:open-demo': channel<typeof noInput, WorkspaceStatus>(noInput),
  'workspace:forget-recent': channel<typeof pathInput, RecentWorkspace[]>(pathInput),
  'workspace:change-passphrase': channel<typeof changePassphraseInput, WorkspaceStatus>(changePassphraseInput),
  'workspace:new-recovery-code': channel<typeof confirmPassphraseInput, { recoveryCode: string }>(confirmPassphraseInput),
  'workspace:keychain-add': channel<typeof confirmPassphraseInput, WorkspaceStatus>(confirmPassphraseInput),
  'workspace:keychain-remove': channel<typeof noInput, WorkspaceStatus>(noInput),
  /** The renderer saw keyboard or pointer activity: resets the idle auto-lock timer. */
  'workspace:activity': channel<typeof noInput, null>(noInput),

  'backup:create': channel<typeof noInput, BackupInfo>(noInput),
  /** Backups of a workspace, open or not (restoring is how a damaged workspace is recovered). */
  'backup:list': channel<typeof pathInput, BackupInfo[]>(pathInput),
  /** Restores a backup over the workspace (the current file is kept aside), then opens it. */
  'backup:restore': channel<typeof restoreInput, WorkspaceStatus>(restoreInput),

  'audit:verify': channel<typeof noInput, AuditCheck>(noInput),

  'deadlines:bank-holidays': channel<typeof noInput, BankHolidaysInfo>(noInput),
  /** Asks for a gov.uk bank-holidays.json, checks it and lays it over the built-in table; null when cancelled. */
  'deadlines:load-bank-holidays': channel<typeof noInput, BankHolidaysInfo | null>(noInput),

  'settings:get': channel<typeof noInput, Settings>(noInput),
  'settings:set': channel<ReturnType<typeof settingsSchema.partial>, Settings>(settingsSchema.partial().strict()),

  // The reviews register (issue #4). Each needs an unlocked workspace; updates are field-level
  // patches (only the fields named are written, null clears one). Inputs: shared/reviews/schemas.ts.
  /** Most recently changed first. */
  'review:list': channel<typeof noInput, ReviewSummary[]>(noInput),
  /** The review with its decision, copies log, status history, next moves and deadlines. */
  'review:get': channel<typeof idInput, ReviewDetail>(idInput),
  'review:create': channel<typeof reviewCreateInput, ReviewDetail>(reviewCreateInput),
  'review:update': channel<typeof reviewPatchInput, ReviewDetail>(reviewPatchInput),
  /** One step along the type's lifecycle; `from` is the status the user saw, going back needs a reason. */
  'review:set-status': channel<typeof setStatusInput, ReviewDetail>(setStatusInput),
  /** Rapid reviews: outcome (a), (b) or (c); (c) lets the review move on to "LCSPR commissioned". */
  'review:record-decision': channel<typeof recordDecisionInput, ReviewDetail>(recordDecisionInput),
  'review:log-copy': channel<typeof logCopyInput, CopySent>(logCopyInput),

  /** A review's people register, in the order they were added. Holds real names: never log it. */
  'people:list': channel<typeof reviewIdInput, Person[]>(reviewIdInput),
  /** Suggests a pseudonym when none is given. */
  'people:add': channel<typeof personAddInput, Person>(personAddInput),
  'people:update': channel<typeof personPatchInput, Person>(personPatchInput),
  'people:remove': channel<typeof idInput, { id: string }>(idInput),
  'people:suggest-pseudonym': channel<typeof suggestPseudonymInput, { pseudonym: string }>(suggestPseudonymInput),

  /** Newest first; all, or those linked to one review. */
  'escalation:list': channel<typeof escalationListInput, Escalation[]>(escalationListInput),
  /** The stage's due date is worked out from the deadline engine's rule unless one is entered. */
  'escalation:add': channel<typeof escalationAddInput, Escalation>(escalationAddInput),
  'escalation:update': channel<typeof escalationPatchInput, Escalation>(escalationPatchInput),

  // The multi-agency chronology (issue #5). Inputs: shared/chronology/schemas.ts. Entries hold
  // real names unless asked for anonymised: never log them.
  /** Asks for agency files (CSV, TSV, XLSX); null when cancelled. */
  'chronology:choose-files': channel<typeof reviewIdInput, PickedFile[] | null>(reviewIdInput),
  /** Reads a chosen file: sheets, header row, suggested (or saved) mapping, agency. */
  'chronology:inspect': channel<typeof inspectInput, SourceInspection>(inspectInput),
  /** What an import with these settings would make, row by row, without writing anything. */
  'chronology:preview': channel<typeof previewInput, ImportPreview>(previewInput),
  /** Imports a file as one agency's submission; reports `chronology:import-progress`; all or nothing. */
  'chronology:import': channel<typeof importInput, ImportResult>(importInput),
  /** Stops an import in progress; nothing of it is kept. */
  'chronology:cancel-import': channel<typeof importIdInput, null>(importIdInput),
  /** The composite chronology: every agency, ordered by date, time, then sequence. */
  'chronology:list': channel<typeof listInput, ChronologyList>(listInput),
  'chronology:update-entry': channel<typeof entryPatchInput, ChronologyEntry>(entryPatchInput),
  'chronology:submissions': channel<typeof reviewIdInput, SubmissionInfo[]>(reviewIdInput),
  /** Rows that did not become entries and have not been fixed yet. */
  'chronology:rejected': channel<typeof reviewIdInput, RejectedEntry[]>(reviewIdInput),
  /** Reads a corrected rejected row again; it becomes an entry or the error says what is still wrong. */
  'chronology:fix-rejected': channel<typeof fixRejectedInput, ChronologyEntry>(fixRejectedInput),
  /** Likely duplicates: entries of different agencies on the same day with similar text. */
  'chronology:duplicates': channel<typeof duplicatesInput, DuplicatePair[]>(duplicatesInput),
  'chronology:decide-duplicate': channel<typeof decideDuplicateInput, null>(decideDuplicateInput),
  /** Writes the composite chronology (named or anonymised) where the user chooses; null when cancelled. */
  'chronology:export': channel<typeof exportInput, { path: string } | null>(exportInput),

  /** Key practice episodes, in date order. */
  'episode:list': channel<typeof reviewIdInput, Episode[]>(reviewIdInput),
  'episode:add': channel<typeof episodeAddInput, Episode>(episodeAddInput),
  'episode:update': channel<typeof episodePatchInput, Episode>(episodePatchInput),
  'episode:remove': channel<typeof idInput, { id: string }>(idInput),
  /** Puts entries in an episode (or takes them out). */
  'episode:assign': channel<typeof episodeAssignInput, Episode>(episodeAssignInput),

  // Documents (issue #6): rich text as ProseMirror JSON, versions, PDF export. Inputs:
  // shared/documents/schemas.ts. Content holds real names: never log it.
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
  /** Oldest first. */
  'document:versions': channel<typeof documentIdInput, DocumentVersion[]>(documentIdInput),
  /** What changed between two versions (or a version and the current text), block by block. */
  'document:compare': channel<typeof compareInput, DocumentComparison>(compareInput),
  /** Asks where to save, then writes the PDF; reports `document:export-progress`; null when cancelled. */
  'document:export-pdf': channel<typeof exportPdfInput, { path: string } | null>(exportPdfInput),

  // Terms of reference (issue #7). Inputs: shared/terms/schemas.ts.
  /** The current version, the history of versions and what changed since the last signed one. */
  'tor:get': channel<typeof termsReviewInput, TermsOverview>(termsReviewInput),
  /** Shipped templates and those saved in this workspace. */
  'tor:templates': channel<typeof noInput, TemplateInfo[]>(noInput),
  'tor:start': channel<typeof termsStartInput, TermsVersion>(termsStartInput),
  /** Sets one field; after sign-off this starts the next version as a draft. */
  'tor:set': channel<typeof termsSetInput, TermsVersion>(termsSetInput),
  'tor:set-sections': channel<typeof termsSectionsInput, TermsVersion>(termsSectionsInput),
  'tor:submit': channel<typeof termsReviewInput, TermsVersion>(termsReviewInput),
  /** Approves or returns the submitted version; refused if it changed since it was submitted. */
  'tor:sign-off': channel<typeof termsSignOffInput, TermsVersion>(termsSignOffInput),
  'tor:save-template': channel<typeof saveTemplateInput, { id: string }>(saveTemplateInput),
  /** Asks where to save; records the file so it can be verified later; null when cancelled. */
  'tor:export-pdf': channel<typeof termsExportInput, { path: string } | null>(termsExportInput),
  /** Does this PDF match a signed version in this workspace? */
  'tor:verify-pdf': channel<typeof verifyPdfInput, PdfVerification>(verifyPdfInput),
};

/** Events main pushes to the renderer, with the shape of their payload. */
export const events = {
  /** The application menu asked to show an area (View menu, Ctrl+1…5). */
  'app:navigate': z.object({ area: z.enum(areaIds) }),
  /** The workspace was locked (by the user, idle time, suspend or screen lock): drop its data. */
  'workspace:locked': z.object({ reason: z.enum(['user', 'idle', 'suspend', 'screen-lock', 'restore']) }),
  /** How far an import has got (issue #5). */
  'chronology:import-progress': z.object({
    importId: z.string(),
    phase: z.enum(['reading', 'checking', 'saving']),
    done: z.number().int().min(0),
    total: z.number().int().min(0),
  }),
  /** How far a PDF export has got (issue #6). */
  'document:export-progress': z.object({
    exportId: z.string(),
    done: z.number().int().min(0),
    total: z.number().int().min(0),
  }),
};

export type Channel = keyof typeof contract;
export type ChannelInput<C extends Channel> = z.input<(typeof contract)[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<(typeof contract)[C]['input']>;
export type ChannelResult<C extends Channel> = (typeof contract)[C]['result'];

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export const channelNames = Object.keys(contract) as Channel[];
export const eventNames = Object.keys(events) as EventName[];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && Object.hasOwn(events, value);
}

/** What the preload puts on window.api, and what the e2e test host's bridge imitates. */
export interface Api {
  invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<IpcResult<ChannelResult<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export type { AreaId };
