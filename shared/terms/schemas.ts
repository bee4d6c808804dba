/** Inputs of the terms-of-reference channels (and so of `prw tor …`). */
import { z } from 'zod';
import { allowUnresolvedSchema } from '../exports/override';
import { jobIdField } from '../jobs';
import { docJsonSchema } from '../documents/model';
import { localDateSchema } from '../reviews/dates';
import { decisionMethods, largestEvidenceBase64 } from './decision';
import { termsFieldNames } from './model';

const id = z.string().min(1).max(64);
const person = (what: string) => z.string().trim().min(1, `Give the ${what}.`).max(200);

export const termsReviewInput = z.object({ reviewId: id }).strict();

export const termsStartInput = z.object({ reviewId: id, template: z.string().regex(/^[a-z0-9-]{1,60}$/, 'Choose one of the templates.') }).strict();

/** One field at a time, checked against the whole set of fields by the service. */
export const termsSetInput = z.object({ reviewId: id, field: z.enum(termsFieldNames), value: z.unknown() }).strict();

export const termsSectionsInput = z.object({ reviewId: id, sections: docJsonSchema }).strict();

/** A file the user chose, read by the renderer (or the CLI) itself: no paths cross IPC. */
export const evidenceFileInput = z
  .object({
    fileName: z
      .string()
      .trim()
      .min(1, 'The evidence file needs a name.')
      .max(255, 'Give the evidence file a shorter name (255 characters at most).')
      .refine((name) => !name.includes('/') && !name.includes('\\') && !name.includes('\u0000'), 'The evidence file’s name cannot contain / or \\.'),
    base64: z.string().min(1, 'The evidence file is empty: choose the file that holds the decision.').max(largestEvidenceBase64, 'That file is larger than 20 MB: evidence can be at most 20 MB. Attach a smaller copy.'),
  })
  .strict();

/** The chair's decision as recorded: who, on which day, how, with the evidence; the recorder is the app's user. */
export const termsSignOffInput = z
  .object({
    reviewId: id,
    by: person('name of the person who decided'),
    role: person('role of the person who decided, e.g. "Independent Chair, SVPP"'),
    decision: z.enum(['approved', 'returned']).default('approved'),
    /** The day the decision was made (YYYY-MM-DD): not in the future; the service checks against today. */
    decidedOn: localDateSchema('The date of the decision'),
    how: z.enum(decisionMethods, { message: `Say how the decision was made: ${decisionMethods.join(', ')}.` }),
    evidence: evidenceFileInput.optional(),
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

/** The evidence kept with one decision. */
export const termsEvidenceInput = z.object({ reviewId: id, decisionId: id }).strict();
