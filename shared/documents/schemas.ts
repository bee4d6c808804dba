/** Inputs of the document channels (and so of `prw document …`). Every object is strict. */
import { z } from 'zod';
import { allowUnresolvedSchema } from '../exports/override';
import { jobIdField } from '../jobs';
import { docJsonSchema } from './model';
import { documentKinds } from './types';

const id = z.string().min(1).max(64);
const title = z.string().trim().min(1, 'Give the document a title.').max(200, 'A title can be at most 200 characters.');
/** "OFFICIAL-SENSITIVE", "OFFICIAL", "OFFICIAL-SENSITIVE PERSONAL": printed on every page. */
export const markingSchema = z
  .string()
  .trim()
  .min(1, 'A protective marking cannot be empty: use OFFICIAL-SENSITIVE unless told otherwise.')
  .max(60, 'A protective marking can be at most 60 characters.')
  .regex(/^[\p{L}\p{N} :/()'-]+$/u, 'A protective marking can use letters, numbers, spaces and - : / ( ) only.');

export const documentListInput = z.object({ reviewId: id }).strict();

export const documentCreateInput = z
  .object({
    reviewId: id,
    title,
    kind: z.enum(documentKinds).default('general'),
    content: docJsonSchema.optional(),
    marking: markingSchema.optional(),
  })
  .strict();

export const documentIdInput = z.object({ id }).strict();

export const documentSaveInput = z
  .object({
    id,
    content: docJsonSchema,
    /** The revision the editor last loaded or saved; refused if the stored one has moved on. */
    revision: z.number().int().min(0),
  })
  .strict();

export const documentUpdateInput = z.object({ id, title: title.optional(), marking: markingSchema.optional() }).strict();

export const snapshotInput = z
  .object({ id, label: z.string().trim().min(1, 'Give the version a label, e.g. "Draft for PRG".').max(120, 'A label can be at most 120 characters.') })
  .strict();

/** Puts a version's text back as the current text; `revision` is the one the editor holds (as for a save). */
export const restoreVersionInput = z.object({ id, number: z.number().int().min(1), revision: z.number().int().min(0) }).strict();

/** A version number, or 'current' for the document as it is now. */
const side = z.union([z.number().int().min(1), z.literal('current')]);

export const compareInput = z.object({ id, from: side, to: side }).strict();

export const exportPdfInput = z
  .object({
    id,
    /** A version number; the current text when absent. */
    version: z.number().int().min(1).optional(),
    anonymised: z.boolean().default(false),
    draft: z.boolean().default(true),
    /** Overrides the document's marking for this export only. */
    marking: markingSchema.optional(),
    /** The export runs as a job: the renderer picks its id so it can follow and cancel it. */
    ...jobIdField,
    /** "Export anyway" with names the register does not know: the reason, recorded. */
    allowUnresolved: allowUnresolvedSchema.optional(),
  })
  .strict();
