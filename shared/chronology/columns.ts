/**
 * The composite chronology's columns that a reviewer can hide or resize. The tick box and the
 * date are always shown: without them a row cannot be chosen or placed in time.
 */
import { z } from 'zod';

export const compositeColumnKeys = ['agency', 'event', 'action', 'outcome', 'significance', 'source', 'analysis'] as const;
export type CompositeColumnKey = (typeof compositeColumnKeys)[number];

/** Widths in rem: narrow enough to keep a column, wide enough that nothing else gets lost. */
export const columnWidthLimits = { min: 5, max: 40 } as const;

export const compositeColumnsSchema = z
  .object({
    hidden: z.array(z.enum(compositeColumnKeys)).max(compositeColumnKeys.length),
    widths: z.partialRecord(z.enum(compositeColumnKeys), z.number().min(columnWidthLimits.min).max(columnWidthLimits.max)),
  })
  .strict();

export type CompositeColumns = z.infer<typeof compositeColumnsSchema>;
