/**
 * The inputs of the chronology's IPC channels (and so of the CLI, which calls the same handlers).
 * Every object is strict. A file to import is named by the token `chronology:choose-files` gave
 * for it, never by a path from the renderer.
 */
import { z } from 'zod';
import { allowUnresolvedSchema } from '../exports/override';
import { jobIdField } from '../jobs';
import { importLimits, overLimit } from './limits';
import { localDateSchema } from '../reviews/dates';
import { chronologyFields } from './types';

const id = z.string().min(1).max(64);
const text = (max: number) => z.string().trim().min(1).max(max);

/**
 * Which field each source column feeds; null keeps the column with the entry. The reader refuses
 * a wider file first, naming it; this is the backstop, in the same words.
 */
export const columnMappingSchema = z.array(z.enum(chronologyFields).nullable()).min(1).max(importLimits.columns, overLimit.mappingColumns());

const source = {
  reviewId: id,
  token: id,
  /** A workbook's sheet; the first with data when absent. */
  sheet: text(200).optional(),
};

export const inspectInput = z.object({ token: id, sheet: source.sheet, headerIndex: z.number().int().min(0).max(10_000).optional() }).strict();

export const importSettings = {
  ...source,
  /** Index (in the rows read) of the header row the user confirmed. */
  headerIndex: z.number().int().min(0).max(10_000),
  mapping: columnMappingSchema,
  agency: text(120),
};

export const previewInput = z.object(importSettings).strict();

export const importInput = z
  .object({
    ...importSettings,
    /** The import runs as a job: the renderer picks its id so it can cancel at once (`job:cancel`). */
    ...jobIdField,
    /** Remember this mapping for files from this agency with the same columns. */
    saveFormat: z.boolean(),
    /** Import it although this review already has a file with the same bytes (refused otherwise). */
    again: z.boolean().optional(),
    /** A submission this file corrects: taken out of the review in the same write ("Replaced by …"). */
    replaces: id.optional(),
  })
  .strict();

export const chronologyFilterSchema = z
  .object({
    agencies: z.array(text(120)).max(100).optional(),
    from: localDateSchema('The "from" date').optional(),
    to: localDateSchema('The "to" date').optional(),
    significance: z.array(text(40)).max(20).optional(),
    episodeId: id.optional(),
    /** Words to find in any text field (case-blind). */
    text: z.string().trim().max(200).optional(),
    /** Only entries with a flag (approximate, range, future, before birth). */
    flagged: z.boolean().optional(),
  })
  .strict();

export const listInput = z
  .object({
    reviewId: id,
    filter: chronologyFilterSchema.optional(),
    /** People appear by pseudonym: names, aliases and variants replaced everywhere. */
    anonymised: z.boolean(),
    /**
     * Only these entries of the (filtered) composite, e.g. the first page of a long chronology:
     * unfiltered, it is read from the composite's index without reading the rest.
     */
    window: z.object({ offset: z.number().int().min(0).max(10_000_000), limit: z.number().int().min(1).max(10_000) }).strict().optional(),
  })
  .strict();

export const entryPatchInput = z
  .object({
    id,
    /** The reviewer's analysis of the entry; null clears it. */
    analysis: z.string().trim().max(20_000).nullable().optional(),
    significance: text(40).nullable().optional(),
  })
  .strict();

/** A rejected row, corrected: header → text, read again with its submission's mapping. */
export const fixRejectedInput = z.object({ id, values: z.record(z.string().max(200), z.string().max(20_000)) }).strict();

export const duplicatesInput = z.object({ reviewId: id, anonymised: z.boolean(), ...jobIdField }).strict();

export const decideDuplicateInput = z
  .object({
    a: id,
    b: id,
    /** "same": the same event recorded twice (both kept, linked); "dismissed": different events; null undoes. */
    decision: z.enum(['same', 'dismissed']).nullable(),
  })
  .strict();

const episodeFields = {
  title: text(200),
  start: localDateSchema('The start of the episode'),
  end: localDateSchema('The end of the episode'),
  summary: z.string().trim().max(20_000),
};

export const episodeAddInput = z
  .object({ reviewId: id, title: episodeFields.title, start: episodeFields.start.optional(), end: episodeFields.end.optional(), summary: episodeFields.summary.optional() })
  .strict();

export const episodePatchInput = z
  .object({
    id,
    title: episodeFields.title.optional(),
    start: episodeFields.start.nullable().optional(),
    end: episodeFields.end.nullable().optional(),
    summary: episodeFields.summary.nullable().optional(),
  })
  .strict();

export const episodeAssignInput = z.object({ episodeId: id, entryIds: z.array(id).min(1).max(100_000), assigned: z.boolean() }).strict();

/** PDF is a table for reading and printing (issue #6's engine); CSV and XLSX carry every column. */
export const exportInput = z
  .object({
    reviewId: id,
    format: z.enum(['csv', 'xlsx', 'pdf']),
    anonymised: z.boolean(),
    /** The composite as filtered on screen: the export holds what is shown, and says so. */
    filter: chronologyFilterSchema.optional(),
    /** "Export anyway" with names the register does not know: the reason, recorded. */
    allowUnresolved: allowUnresolvedSchema.optional(),
    ...jobIdField,
  })
  .strict();

export type ChronologyFilter = z.infer<typeof chronologyFilterSchema>;
export type EntryPatch = z.infer<typeof entryPatchInput>;
export type EpisodePatch = z.infer<typeof episodePatchInput>;
