/**
 * The inputs of the findings, recommendations, actions and briefings channels (and so of the CLI,
 * which calls the same handlers). Every object is strict; an edit names only the fields it
 * changes, and null clears one.
 */
import { z } from 'zod';
import { allowUnresolvedSchema } from '../exports/override';
import { jobIdField } from '../jobs';
import { localDateSchema } from '../reviews/dates';
import { evidenceFileInput } from '../terms/schemas';
import { actionFilePurposes, actionStatuses, activityTypes, evidenceKinds, rags } from './model';

const id = z.string().min(1).max(64);
const text = (max: number) => z.string().trim().min(1).max(max);
const agency = z.string().trim().min(1, 'Say which agency leads the action.').max(200);
const agencies = z.array(text(200)).max(40);

export const sourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('review'), reviewId: id }).strict(),
  z.object({ kind: z.literal('activity'), activityId: id }).strict(),
]);

export const sourceInput = z.object({ source: sourceSchema }).strict();
export const idInput = z.object({ id }).strict();
export const noInput = z.object({}).strict();

export const activityAddInput = z
  .object({ type: z.enum(activityTypes), title: text(200), heldOn: localDateSchema('The date of the activity'), lead: text(200).nullable().optional() })
  .strict();
export const activityEditInput = z
  .object({ id, type: z.enum(activityTypes).optional(), title: text(200).optional(), heldOn: localDateSchema('The date of the activity').optional(), lead: text(200).nullable().optional() })
  .strict();

export const categoryAddInput = z.object({ name: text(80) }).strict();
export const categoryRenameInput = z.object({ id, name: text(80) }).strict();

export const evidenceTargetSchema = z.object({ kind: z.enum(evidenceKinds), id }).strict();
export type EvidenceTarget = z.output<typeof evidenceTargetSchema>;

export const findingAddInput = z
  .object({
    source: sourceSchema,
    statement: z.string().trim().min(1, 'Write the finding’s statement.').max(4000),
    pattern: text(4000).nullable().optional(),
    /** A category's id (see findings:categories). */
    categoryId: id.nullable().optional(),
    evidence: z.array(evidenceTargetSchema).max(200).default([]),
  })
  .strict();
export type FindingAdd = z.output<typeof findingAddInput>;

export const findingEditInput = z
  .object({
    id,
    statement: z.string().trim().min(1, 'Write the finding’s statement.').max(4000).optional(),
    pattern: text(4000).nullable().optional(),
    categoryId: id.nullable().optional(),
  })
  .strict();
export type FindingEdit = z.output<typeof findingEditInput>;

/** Refused while recommendations answer it unless `force`: they stay, saying their finding was removed. */
export const findingRemoveInput = z.object({ id, force: z.boolean().default(false) }).strict();
export const evidenceAddInput = z.object({ findingId: id, target: evidenceTargetSchema }).strict();

export const recommendationAddInput = z
  .object({
    findingIds: z.array(id).min(1, 'Choose the finding (or findings) the recommendation answers.').max(50),
    text: z.string().trim().min(1, 'Write the recommendation.').max(4000),
    /** Agencies it is addressed to; none: the partnership. */
    to: agencies.default([]),
    /** YYYY-MM-DD; today when absent. */
    madeOn: localDateSchema('The date the recommendation was made').optional(),
  })
  .strict();
export type RecommendationAdd = z.output<typeof recommendationAddInput>;

export const recommendationEditInput = z
  .object({
    id,
    findingIds: z.array(id).min(1, 'Choose the finding (or findings) the recommendation answers.').max(50).optional(),
    text: z.string().trim().min(1, 'Write the recommendation.').max(4000).optional(),
    to: agencies.optional(),
    madeOn: localDateSchema('The date the recommendation was made').optional(),
  })
  .strict();
export type RecommendationEdit = z.output<typeof recommendationEditInput>;

export const actionAddInput = z
  .object({
    recommendationId: id,
    text: z.string().trim().min(1, 'Say what will be done.').max(4000),
    agency,
    leadRole: z.string().trim().min(1, 'Give the lead officer’s role, for example “Head of Safeguarding”.').max(200),
    due: localDateSchema('The target date'),
    measure: text(2000).nullable().optional(),
  })
  .strict();
export type ActionAdd = z.output<typeof actionAddInput>;

export const actionEditInput = z
  .object({
    id,
    text: z.string().trim().min(1, 'Say what will be done.').max(4000).optional(),
    agency: agency.optional(),
    leadRole: z.string().trim().min(1, 'Give the lead officer’s role, for example “Head of Safeguarding”.').max(200).optional(),
    due: localDateSchema('The target date').optional(),
    measure: text(2000).nullable().optional(),
  })
  .strict();
export type ActionEdit = z.output<typeof actionEditInput>;

/** A progress update; "not implemented" needs a reason (the service says so). */
export const progressInput = z
  .object({
    id,
    status: z.enum(actionStatuses),
    rag: z.enum(rags).nullable().optional(),
    note: text(4000).nullable().optional(),
    reason: text(4000).nullable().optional(),
    /** YYYY-MM-DD the progress was reported; today when absent; not in the future. */
    on: localDateSchema('The date of the update').optional(),
  })
  .strict();
export type ProgressAdd = z.output<typeof progressInput>;

export const actionFileInput = z.object({ id, purpose: z.enum(actionFilePurposes), file: evidenceFileInput }).strict();
export const impactInput = z.object({ id, impact: text(4000), on: localDateSchema('The date of the evidence of impact').optional() }).strict();

/** What the register shows. `asOf` (YYYY-MM-DD) counts overdue days to that day; today when absent. */
export const registerFilterSchema = z
  .object({
    source: sourceSchema.optional(),
    agency: text(200).optional(),
    status: z.enum(actionStatuses).optional(),
    rag: z.enum(rags).optional(),
    overdue: z.boolean().optional(),
    category: text(80).optional(),
    asOf: localDateSchema('The date to count overdue days to').optional(),
  })
  .strict();
export type RegisterFilter = z.output<typeof registerFilterSchema>;

/** The register as a spreadsheet or the Quality and Impact Group's PDF report. Anonymised unless `named`. */
export const registerExportInput = z
  .object({ format: z.enum(['xlsx', 'pdf']), filter: registerFilterSchema.default({}), named: z.boolean().default(false), allowUnresolved: allowUnresolvedSchema.optional(), ...jobIdField })
  .strict();
export type RegisterExport = z.output<typeof registerExportInput>;

export const annualInput = z.object({ year: z.number().int().min(2000).max(2100) }).strict();
export const annualExportInput = z
  .object({ year: z.number().int().min(2000).max(2100), format: z.enum(['xlsx', 'pdf']), named: z.boolean().default(false), allowUnresolved: allowUnresolvedSchema.optional(), ...jobIdField })
  .strict();
export type AnnualExport = z.output<typeof annualExportInput>;

export const reviewIdInput = z.object({ reviewId: id }).strict();
export const deliveryInput = z
  .object({
    documentId: id,
    agency: text(200),
    receivedOn: localDateSchema('The date it was received'),
    /** How the agency used it; absent or null: use not confirmed (yet). */
    used: text(2000).nullable().optional(),
  })
  .strict();
export type DeliveryAdd = z.output<typeof deliveryInput>;
