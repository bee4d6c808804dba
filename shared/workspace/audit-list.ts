/** Reading the audit log: what `audit:list` and `prw audit list` take and give. */
import { z } from 'zod';
import { jobIdField } from '../jobs';
import { auditKinds } from './audit-words';

/** A calendar day, YYYY-MM-DD, that exists (no 31 February). */
export const auditDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Give the date as YYYY-MM-DD, for example 2026-12-07.')
  .refine((day) => {
    const date = new Date(`${day}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
  }, 'That date does not exist. Give the date as YYYY-MM-DD, for example 2026-12-07.');

/** The most entries one page holds; the viewer pages through the rest. */
export const maxAuditPage = 500;

export const auditListInput = z
  .object({
    /** From the start of this day, in this computer's time. */
    since: auditDaySchema.optional(),
    /** To the end of this day, in this computer's time. */
    until: auditDaySchema.optional(),
    /** Exactly as the log records who acted. */
    actor: z.string().min(1).max(200).optional(),
    kinds: z.array(z.enum(auditKinds)).max(auditKinds.length).optional(),
    limit: z.number().int().min(1).max(maxAuditPage).optional(),
    offset: z.number().int().min(0).optional(),
  })
  .strict();

export type AuditListQuery = z.infer<typeof auditListInput>;

/** One entry in words, newest first. */
export interface AuditRow {
  seq: number;
  /** ISO time as recorded; shown day first (formatAuditTime). */
  at: string;
  who: string;
  what: string;
  target: string;
}

export interface AuditPage {
  rows: AuditRow[];
  /** How many entries match the filters, on every page. */
  total: number;
  /** Everyone the log names, for the filter by person. */
  actors: string[];
}

/** Exporting what the viewer's filters show (every page of it) as CSV or PDF. */
export const auditExportInput = auditListInput
  .omit({ limit: true, offset: true })
  .extend({ format: z.enum(['csv', 'pdf']), ...jobIdField })
  .strict();

export type AuditExportInput = z.infer<typeof auditExportInput>;

export interface AuditExportResult {
  path: string;
  /** One sentence for the user: "Saved audit-log.csv: 12 entries." */
  summary: string;
}
