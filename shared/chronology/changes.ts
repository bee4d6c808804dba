/**
 * Changes a reviewer makes to the chronology by hand (issue #15): an entry of their own, a
 * correction (every earlier version kept), a deletion (kept, out of the composite), a submission
 * removed (undoable until the next import) and a blank rejected row dismissed. Every change that
 * takes something away carries a reason.
 */
import { z } from 'zod';
import type { ChronoDate } from './types';
import type { ChronologyEntry } from './views';

const id = z.string().min(1).max(64);
const optionalText = (max: number) => z.string().trim().max(max);

/** Why a change was made: kept with it, and shown with the entry or the file. */
export const reasonSchema = z.string().trim().min(1, 'Give a reason').max(2_000, 'Write the reason in 2,000 characters or fewer');

/** What a reviewer writes: the date in any form an agency's file may use, read the same way. */
const entryFields = {
  date: z.string().trim().min(1, 'Enter the date of the event').max(200, 'Write the date in 200 characters or fewer'),
  agency: z.string().trim().min(1, 'Enter the agency').max(120, 'Write the agency in 120 characters or fewer'),
  event: z.string().trim().min(1, 'Describe the event').max(20_000, 'Write the event in 20,000 characters or fewer'),
  action: optionalText(20_000),
  source: optionalText(2_000),
  outcome: optionalText(20_000),
  eventType: optionalText(200),
  authorRole: optionalText(200),
};

export const addEntryInput = z
  .object({
    reviewId: id,
    date: entryFields.date,
    agency: entryFields.agency,
    event: entryFields.event,
    action: entryFields.action.optional(),
    source: entryFields.source.optional(),
  })
  .strict();

/** Only the fields given change; an empty optional field clears it. */
export const correctEntryInput = z
  .object({
    id,
    reason: reasonSchema,
    date: entryFields.date.optional(),
    agency: entryFields.agency.optional(),
    event: entryFields.event.optional(),
    action: entryFields.action.optional(),
    source: entryFields.source.optional(),
    outcome: entryFields.outcome.optional(),
    eventType: entryFields.eventType.optional(),
    authorRole: entryFields.authorRole.optional(),
  })
  .strict();

export const deleteEntryInput = z.object({ id, reason: reasonSchema }).strict();
export const removeSubmissionInput = z.object({ id, reason: reasonSchema }).strict();

export type AddEntry = z.infer<typeof addEntryInput>;
export type CorrectEntry = z.infer<typeof correctEntryInput>;

/** The fields a correction can change, as one version of an entry held them. */
export const correctableFields = ['agency', 'event', 'action', 'source', 'outcome', 'eventType', 'authorRole'] as const;
export type CorrectableField = (typeof correctableFields)[number];

export interface EntryVersion extends Partial<Record<Exclude<CorrectableField, 'agency'>, string>> {
  date: ChronoDate;
  agency: string;
}

/** Who did something and when (an ISO timestamp). */
export interface Done {
  at: string;
  by: string;
}

export interface EntryCorrection extends Done {
  /** 1 for the first correction. */
  version: number;
  reason: string;
  /** The entry as it was before this correction. */
  before: EntryVersion;
}

export interface EntryHistory {
  id: string;
  reviewId: string;
  /** Written by hand rather than read from a file. */
  entered: Done | null;
  /** Oldest first. */
  corrections: EntryCorrection[];
  deleted: (Done & { reason: string }) | null;
}

/** An entry taken out of the composite, with who deleted it, when and why; it can be restored. */
export interface DeletedEntry {
  entry: ChronologyEntry;
  deleted: Done & { reason: string };
}

export interface SubmissionRemoval extends Done {
  reason: string;
  /** Until another file is imported into the review. */
  undoable: boolean;
}
