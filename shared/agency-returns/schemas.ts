/**
 * The inputs of the agency requests channels (and so of the CLI, which calls the same handlers).
 * Every object is strict; an edit names only the fields it changes, and `null` clears one.
 */
import { z } from 'zod';
import { localDateSchema } from '../reviews/dates';
import { requestAsks } from './model';

const text = (max: number) => z.string().trim().min(1).max(max);
const id = z.string().min(1).max(64);

const asks = z
  .array(z.enum(requestAsks))
  .min(1, 'Say what the agency is asked for: an agency summary, a chronology, an agency report or information.')
  .max(requestAsks.length)
  .transform((values) => requestAsks.filter((ask) => values.includes(ask)));

export const requestAddInput = z
  .object({
    reviewId: id,
    agency: text(120),
    asks,
    sent: localDateSchema('The date the request was sent').optional(),
    contact: text(300).optional(),
    /** Typed by the user; otherwise the review's rule set or terms of reference give it. */
    due: localDateSchema('The due date').optional(),
    note: text(2000).optional(),
  })
  .strict();
export type RequestAdd = z.output<typeof requestAddInput>;

export const requestEditInput = z
  .object({
    id,
    agency: text(120).optional(),
    asks: asks.optional(),
    sent: localDateSchema('The date the request was sent').nullable().optional(),
    contact: text(300).nullable().optional(),
    /** null goes back to the date the rules give. */
    due: localDateSchema('The due date').nullable().optional(),
    note: text(2000).nullable().optional(),
  })
  .strict();
export type RequestEdit = z.output<typeof requestEditInput>;

/** What came back, or a chase. `on` defaults to today. */
export const requestRecordInput = z
  .object({
    id,
    status: z.enum(['received', 'nil-return', 'chased', 'withdrawn']),
    on: localDateSchema('The date').optional(),
    note: text(2000).optional(),
    /** A nil return: who confirmed the agency had no involvement (their role, and name if wanted). */
    confirmedBy: text(200).optional(),
  })
  .strict();
export type RequestRecord = z.output<typeof requestRecordInput>;

export const requestListInput = z.object({ reviewId: id.optional() }).strict();
export const requestIdInput = z.object({ id }).strict();
export const requestPackInput = z.object({ id, jobId: id.optional() }).strict();
export const returnsExportInput = z.object({ jobId: id.optional() }).strict();
