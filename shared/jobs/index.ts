/**
 * Jobs: every operation that can take more than about a second (import, export, duplicates,
 * backup, restore, rekey) runs as a job with an id, progress events and cancel. The renderer
 * picks the id (so it can cancel before the first event arrives); the CLI lets the core pick one.
 */
import { z } from 'zod';

export const jobKinds = ['import', 'export', 'duplicates', 'backup', 'restore', 'rekey'] as const;
export type JobKind = (typeof jobKinds)[number];

/** What a job is doing now; the renderer and the CLI put these in words. */
export const jobPhases = [
  'reading', // reading a file the user chose
  'checking', // checking rows or entries
  'saving', // writing to the workspace
  'comparing', // comparing entries (duplicates)
  'checking-names', // the names check before an anonymised export
  'rendering', // laying out an export
  'checking-file', // reading the written export back for names
  'writing', // writing a file outside the workspace
  'copying', // copying the workspace (backup, restore, rekey)
  'verifying', // checking a copy (integrity and row counts)
  'swapping', // putting a verified copy in place
] as const;
export type JobPhase = (typeof jobPhases)[number];

/** Optional on every input that starts a job: a v4 UUID the caller made. */
export const jobIdSchema = z.uuid();
export const jobIdField = { jobId: jobIdSchema.optional() };

export const jobProgressSchema = z.object({
  jobId: z.string().min(1).max(64),
  kind: z.enum(jobKinds),
  phase: z.enum(jobPhases),
  done: z.number().int().min(0),
  total: z.number().int().min(0),
});
export type JobProgress = z.output<typeof jobProgressSchema>;

export const jobEndedSchema = z.object({
  jobId: z.string().min(1).max(64),
  kind: z.enum(jobKinds),
  outcome: z.enum(['done', 'cancelled', 'failed']),
});
export type JobEnded = z.output<typeof jobEndedSchema>;

/** What cancelling did: asked a running job to stop, or nothing (already over, or never seen). */
export type CancelOutcome = 'cancelling' | 'finished' | 'unknown';
