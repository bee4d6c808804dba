/** Inputs of the terms-of-reference channels (and so of `prw tor …`). */
import { z } from 'zod';
import { allowUnresolvedSchema } from '../exports/override';
import { jobIdField } from '../jobs';
import { docJsonSchema } from '../documents/model';
import { termsFieldNames } from './model';

const id = z.string().min(1).max(64);
const person = (what: string) => z.string().trim().min(1, `Give the ${what}.`).max(200);

export const termsReviewInput = z.object({ reviewId: id }).strict();

export const termsStartInput = z.object({ reviewId: id, template: z.string().regex(/^[a-z0-9-]{1,60}$/, 'Choose one of the templates.') }).strict();

/** One field at a time, checked against the whole set of fields by the service. */
export const termsSetInput = z.object({ reviewId: id, field: z.enum(termsFieldNames), value: z.unknown() }).strict();

export const termsSectionsInput = z.object({ reviewId: id, sections: docJsonSchema }).strict();

export const termsSignOffInput = z
  .object({
    reviewId: id,
    by: person('name of the person signing'),
    role: person('role of the person signing, e.g. "Independent Chair, SVPP"'),
    decision: z.enum(['approved', 'returned']).default('approved'),
    comment: z.string().trim().max(5_000).default(''),
    /** The SHA-256 the signatory was shown; refused if the version is no longer that. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  })
  .strict()
  .refine((input) => input.decision === 'approved' || input.comment.length > 0, { message: 'Say why the terms of reference are returned, in a comment.', path: ['comment'] });

export const termsExportInput = z
  .object({
    reviewId: id,
    version: z.number().int().min(1).optional(),
    /** People by their pseudonyms, for a copy that may be shared beyond the panel. */
    anonymised: z.boolean().default(false),
    /** "Export anyway" with names the register does not know: the reason, recorded. */
    allowUnresolved: allowUnresolvedSchema.optional(),
    /** The export runs as a job: the renderer picks its id so it can follow and cancel it. */
    ...jobIdField,
  })
  .strict();

export const saveTemplateInput = z.object({ reviewId: id, name: z.string().trim().min(1, 'Give the template a name.').max(120) }).strict();

/** The PDF's bytes in base64: the renderer reads a dropped or chosen file itself (no paths cross IPC). */
export const verifyPdfInput = z.object({ pdfBase64: z.string().min(1).max(70_000_000, 'That file is too large to be a terms of reference PDF.') }).strict();
