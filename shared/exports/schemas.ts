/** Inputs of the export path's own channels, and the override every anonymised export accepts. */
import { z } from 'zod';
import { chronologyFilterSchema } from '../chronology/schemas';
import { registerFilterSchema } from '../findings/schemas';

const id = z.string().min(1).max(64);

/** What is about to be exported, for checking its names before the user chooses where to save. */
export const exportSubjectSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('chronology'), reviewId: id, filter: chronologyFilterSchema.optional() }).strict(),
  z.object({ kind: z.literal('document'), id, version: z.number().int().min(1).optional() }).strict(),
  z.object({ kind: z.literal('terms'), reviewId: id, version: z.number().int().min(1).optional() }).strict(),
  /** A review's conversations: the theme report, the REFI-QDA project or codebook, or the excerpts as CSV. */
  z.object({ kind: z.literal('interviews'), reviewId: id, file: z.enum(['report', 'qdpx', 'qdc', 'csv']) }).strict(),
  /** The partnership's action register (as filtered) or a year's annual report tables: names from every review's register. */
  z.object({ kind: z.literal('action-register'), format: z.enum(['xlsx', 'pdf']), filter: registerFilterSchema.default({}) }).strict(),
  z.object({ kind: z.literal('annual-report'), format: z.enum(['xlsx', 'pdf']), year: z.number().int().min(2000).max(2100) }).strict(),
]);

export const checkNamesInput = z.object({ subject: exportSubjectSchema }).strict();
export const exportListInput = z.object({ reviewId: id }).strict();
/** `key` is the candidate's own (what the check matched, e.g. "janet" for "Janet Hartwell"); from the name when absent. */
export const markNotPersonInput = z.object({ name: z.string().trim().min(1).max(200), key: z.string().trim().min(1).max(200).optional() }).strict();
export const unmarkNotPersonInput = z.object({ key: z.string().min(1).max(200) }).strict();

export type ExportSubject = z.infer<typeof exportSubjectSchema>;
