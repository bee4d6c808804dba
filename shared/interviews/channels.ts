/** Practitioner conversations, their notes' coding and the themes (issue #17). */
import { channel } from '../ipc/channel';
import type { ExportResult } from '../exports/types';
import type { CoOccurrence, Conversation, Excerpt, InterviewLink, Theme, ThemeView } from './model';
import type { GuideStage, QuestionSet } from './question-sets';
import {
  codeInput,
  consentRecordInput,
  conversationAddInput,
  conversationEditInput,
  excerptEditInput,
  idInput,
  interviewExportInput,
  linkInput,
  participantsInput,
  questionSetSaveInput,
  reviewIdInput,
  themeAddInput,
  themeEditInput,
  themeRemoveInput,
  themeViewInput,
} from './schemas';

export interface QuestionSetEntry {
  set: QuestionSet;
  /** Shipped with the app (read-only; copy it to change it) or the partnership's own, kept in the workspace. */
  builtIn: boolean;
}

export interface ConversationDetail extends Conversation {
  /** The guide the notes follow: the set's stages with the review's key practice episodes as prompts. */
  guide: { title: string; source: string; stages: GuideStage[] } | null;
}

export interface ExcerptInList extends Excerpt {
  /** "Group conversation, 12 Mar 2026" */
  conversation: string;
}

export const interviewChannels = {
  'interviews:list': channel<typeof reviewIdInput, Conversation[]>(reviewIdInput),
  'interviews:get': channel<typeof idInput, ConversationDetail>(idInput),
  /** Plans a conversation; its notes document is made from the guide at the same time. */
  'interviews:add': channel<typeof conversationAddInput, ConversationDetail>(conversationAddInput),
  'interviews:edit': channel<typeof conversationEditInput, ConversationDetail>(conversationEditInput),
  'interviews:participants': channel<typeof participantsInput, ConversationDetail>(participantsInput),
  /** Given, declined or withdrawn; a withdrawal flags every excerpt from that participant. */
  'interviews:consent': channel<typeof consentRecordInput, ConversationDetail>(consentRecordInput),
  'interviews:question-sets': channel<typeof reviewIdInput, QuestionSetEntry[]>(reviewIdInput),
  /** The partnership's own set, or its edited copy of one (a built-in id is refused: give the copy its own). */
  'interviews:save-question-set': channel<typeof questionSetSaveInput, QuestionSetEntry>(questionSetSaveInput),
  'interviews:remove-question-set': channel<typeof idInput, null>(idInput),
  'themes:list': channel<typeof reviewIdInput, Theme[]>(reviewIdInput),
  'themes:add': channel<typeof themeAddInput, Theme>(themeAddInput),
  'themes:edit': channel<typeof themeEditInput, Theme>(themeEditInput),
  /** Refused while it codes excerpts unless `force`; returns how many excerpts were left with no theme. */
  'themes:remove': channel<typeof themeRemoveInput, { uncoded: number }>(themeRemoveInput),
  'themes:view': channel<typeof themeViewInput, ThemeView>(themeViewInput),
  'themes:co-occurrence': channel<typeof reviewIdInput, CoOccurrence>(reviewIdInput),
  /** Excerpts with no theme (their themes were deleted): text and memos kept. */
  'themes:uncoded': channel<typeof reviewIdInput, ExcerptInList[]>(reviewIdInput),
  /** A conversation's excerpts, anchored in its notes as last saved. */
  'excerpts:list': channel<typeof idInput, Excerpt[]>(idInput),
  'excerpts:code': channel<typeof codeInput, Excerpt>(codeInput),
  'excerpts:edit': channel<typeof excerptEditInput, Excerpt>(excerptEditInput),
  'excerpts:remove': channel<typeof idInput, null>(idInput),
  'interviews:link': channel<typeof linkInput, InterviewLink>(linkInput),
  'interviews:unlink': channel<typeof idInput, null>(idInput),
  /** Each asks where to save; null if cancelled. Anonymised unless `named`. */
  'interviews:export-report': channel<typeof interviewExportInput, ExportResult | null>(interviewExportInput),
  'interviews:export-qdpx': channel<typeof interviewExportInput, ExportResult | null>(interviewExportInput),
  'interviews:export-qdc': channel<typeof interviewExportInput, ExportResult | null>(interviewExportInput),
  'interviews:export-csv': channel<typeof interviewExportInput, ExportResult | null>(interviewExportInput),
  /** Asks for a .qdc file and adds its codes to the review's themes; null if cancelled. */
  'themes:import-qdc': channel<typeof reviewIdInput, { added: number } | null>(reviewIdInput),
};
