/**
 * The inputs of the conversation and theme channels (and so of the CLI, which calls the same
 * handlers). Every object is strict; an edit names only the fields it changes, and null clears one.
 */
import { z } from 'zod';
import { allowUnresolvedSchema } from '../exports/override';
import { jobIdField } from '../jobs';
import { localDateSchema } from '../reviews/dates';
import { consentCovers, consentStatuses, conversationFormats, conversationKinds, conversationStatuses } from './model';
import { questionSetSchema } from './question-sets';

const id = z.string().min(1).max(64);
const text = (max: number) => z.string().trim().min(1).max(max);
const covers = z
  .array(z.enum(consentCovers))
  .max(consentCovers.length)
  .transform((values) => consentCovers.filter((cover) => values.includes(cover)));
export const colourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'A colour is written #RRGGBB, for example #1f77b4.').transform((value) => value.toLowerCase());

export const consentInput = z
  .object({
    status: z.enum(consentStatuses),
    /** What a given consent covers; ignored (empty) for declined or withdrawn. */
    covers: covers.default([]),
    on: localDateSchema('The date of the consent').nullable().optional(),
  })
  .strict();
export type ConsentInput = z.output<typeof consentInput>;

export const conversationAddInput = z
  .object({
    reviewId: id,
    kind: z.enum(conversationKinds),
    date: localDateSchema('The date of the conversation').nullable().optional(),
    format: z.enum(conversationFormats).nullable().optional(),
    place: text(200).nullable().optional(),
    interviewers: z.array(text(120)).max(10).default([]),
    /** A question set's id (built in or the partnership's own); none: notes without a guide. */
    questionSetId: id.nullable().optional(),
    participants: z
      .array(z.object({ personId: id, consent: consentInput.nullable().optional() }).strict())
      .min(1, 'Add at least one participant from the people register.')
      .max(60),
  })
  .strict();
export type ConversationAdd = z.output<typeof conversationAddInput>;

export const conversationEditInput = z
  .object({
    id,
    kind: z.enum(conversationKinds).optional(),
    date: localDateSchema('The date of the conversation').nullable().optional(),
    format: z.enum(conversationFormats).nullable().optional(),
    place: text(200).nullable().optional(),
    interviewers: z.array(text(120)).max(10).optional(),
    status: z.enum(conversationStatuses).optional(),
  })
  .strict();
export type ConversationEdit = z.output<typeof conversationEditInput>;

export const participantsInput = z.object({ id, add: z.array(id).max(60).default([]), remove: z.array(id).max(60).default([]) }).strict();
export const consentRecordInput = z.object({ id, personId: id }).extend(consentInput.shape).strict();
export type ConsentRecord = z.output<typeof consentRecordInput>;

export const questionSetSaveInput = z.object({ set: questionSetSchema }).strict();

export const themeAddInput = z
  .object({
    reviewId: id,
    name: text(120),
    parentId: id.nullable().optional(),
    colour: colourSchema.optional(),
    description: text(2000).nullable().optional(),
  })
  .strict();
export type ThemeAdd = z.output<typeof themeAddInput>;

export const themeEditInput = z
  .object({
    id,
    name: text(120).optional(),
    parentId: id.nullable().optional(),
    colour: colourSchema.optional(),
    description: text(2000).nullable().optional(),
    memo: text(20000).nullable().optional(),
  })
  .strict();
export type ThemeEdit = z.output<typeof themeEditInput>;

/** Deleting a theme with excerpts needs `force`: its excerpts stay, uncoded if it was their only theme. */
export const themeRemoveInput = z.object({ id, force: z.boolean().default(false) }).strict();
export const themeViewInput = z.object({ id, agency: text(120).optional(), role: text(120).optional() }).strict();

export const codeInput = z
  .object({
    conversationId: id,
    /** Offsets into the note's plain text as saved (shared/interviews/note-text.ts), and the text there. */
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    exact: z.string().min(1).max(20000),
    themeIds: z.array(id).min(1, 'Choose at least one theme.').max(20),
    /** Who said it; every participant of the conversation when absent. */
    participantIds: z.array(id).min(1).max(60).optional(),
    possibleQuote: z.boolean().default(false),
    memo: text(20000).nullable().optional(),
  })
  .strict()
  .refine((input) => input.end > input.start, { message: 'Select some text to code.', path: ['end'] });
export type CodeInput = z.output<typeof codeInput>;

export const excerptEditInput = z
  .object({
    id,
    themeIds: z.array(id).max(20).optional(),
    participantIds: z.array(id).min(1).max(60).optional(),
    possibleQuote: z.boolean().optional(),
    memo: text(20000).nullable().optional(),
  })
  .strict();
export type ExcerptEdit = z.output<typeof excerptEditInput>;

export const linkTargetSchema = z.discriminatedUnion('kind', [z.object({ kind: z.literal('entry'), id }).strict(), z.object({ kind: z.literal('episode'), id }).strict()]);
export const linkInput = z
  .object({ from: z.object({ kind: z.enum(['theme', 'excerpt']), id }).strict(), target: linkTargetSchema })
  .strict();
export type LinkInput = z.output<typeof linkInput>;

export const reviewIdInput = z.object({ reviewId: id }).strict();
export const idInput = z.object({ id }).strict();

/** Exports: anonymised unless `named`; the dialog asks where to save. */
export const interviewExportInput = z
  .object({ reviewId: id, named: z.boolean().default(false), ...jobIdField, allowUnresolved: allowUnresolvedSchema.optional() })
  .strict();
export type InterviewExport = z.output<typeof interviewExportInput>;
