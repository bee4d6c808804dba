/**
 * What an import writes for each prepared entry: the values of its chronology_entries row, put
 * straight from what was read into the insert statement's parameters.
 */
import type { PreparedEntry } from '../../../shared/chronology/types';
import type { Db } from '../sqlite';
import { insertEntryValues, type StoredEntry } from './entry-repository';

/** What every entry of one submission shares. */
export interface SubmissionFacts {
  reviewId: string;
  agency: string;
  submissionId: string;
  file: string;
  importedAt: string;
}

export interface StoredFacts extends SubmissionFacts {
  id: string;
  sequence: number;
}

/**
 * Entry ids follow their submission and the order the rows are written in, so a 25,000-row import
 * appends to the id index instead of scattering random ids through it (a third of the import's
 * time when they were random).
 */
function entryId(submissionId: string, index: number): string {
  return `${submissionId}:${String(index).padStart(6, '0')}`;
}

/**
 * Writes one submission's entries, numbered in the file's order from `firstSequence`, in
 * composite order (day, time, then that sequence). Written in that order, a file's entries sit in
 * the table in the order the composite reads them, so reading a review's composite walks the
 * table's pages in turn instead of jumping between them. The values go straight from what was
 * read into the insert: no row object in between (25,000 of them were 40–60 ms with collection).
 */
export function insertImported(db: Db, entries: readonly PreparedEntry[], facts: SubmissionFacts, firstSequence: number): void {
  const order = compositeOrder(entries);
  insertEntryValues(db, entries.length, (values, at, position) => {
    const index = order[position]!;
    putImported(values, at, entries[index]!, facts, entryId(facts.submissionId, position), firstSequence + index);
  });
}

/** Positions of the entries in composite order: by day, then time (none first), then file order. */
function compositeOrder(entries: readonly PreparedEntry[]): number[] {
  const keys = new Float64Array(entries.length);
  const order = new Array<number>(entries.length);
  for (let index = 0; index < entries.length; index++) {
    keys[index] = orderKey(entries[index]!.date.start, entries[index]!.date.time);
    order[index] = index;
  }
  return order.sort((a, b) => keys[a]! - keys[b]! || a - b);
}

/**
 * Day and time as one number that sorts as the composite does (no time before 00:00): numbers
 * compare far faster than the strings they come from. The day is YYYY-MM-DD and the time HH:MM,
 * as the date reader writes them.
 */
function orderKey(day: string, time: string | null): number {
  const digit = (text: string, at: number) => text.charCodeAt(at) - 48;
  const ymd = (((digit(day, 0) * 10 + digit(day, 1)) * 10 + digit(day, 2)) * 10 + digit(day, 3)) * 10_000 + (digit(day, 5) * 10 + digit(day, 6)) * 100 + digit(day, 8) * 10 + digit(day, 9);
  const minute = time === null ? 0 : 1 + (digit(time, 0) * 10 + digit(time, 1)) * 60 + digit(time, 3) * 10 + digit(time, 4);
  return ymd * 1441 + minute;
}

/** A prepared entry's values, in entry-repository's entryColumns order. */
function putImported(values: unknown[], at: number, entry: PreparedEntry, facts: SubmissionFacts, id: string, sequence: number): void {
  const { fields, date } = entry;
  values[at] = id;
  values[at + 1] = facts.reviewId;
  values[at + 2] = facts.submissionId;
  values[at + 3] = entry.rowNumber;
  values[at + 4] = sequence;
  // A column naming the agency wins (a combined file from several agencies); the submission's otherwise.
  values[at + 5] = fields.agency ?? facts.agency;
  values[at + 6] = date.start;
  values[at + 7] = date.end;
  values[at + 8] = date.time;
  values[at + 9] = date.precision;
  values[at + 10] = date.approximate ? 1 : 0;
  values[at + 11] = date.text;
  values[at + 12] = fields.source ?? null;
  values[at + 13] = fields.authorRole ?? null;
  values[at + 14] = fields.eventType ?? null;
  values[at + 15] = fields.event ?? null;
  values[at + 16] = fields.action ?? null;
  values[at + 17] = fields.outcome ?? null;
  values[at + 18] = fields.significance ?? null;
  values[at + 19] = jsonOf(entry.extra);
  values[at + 20] = entry.flags.length === 0 ? '[]' : JSON.stringify(entry.flags);
  values[at + 21] = null;
  values[at + 22] = facts.importedAt;
  values[at + 23] = facts.importedAt;
  values[at + 24] = facts.importedAt;
}

function jsonOf(extra: Record<string, string>): string {
  for (const _ in extra) return JSON.stringify(extra);
  return '{}';
}

/** A prepared entry as an entry object (one row at a time: a fixed rejected row). */
export function toStored(entry: PreparedEntry, facts: StoredFacts): StoredEntry {
  const { agency: mappedAgency, ...fields } = entry.fields;
  return {
    ...fields,
    id: facts.id,
    reviewId: facts.reviewId,
    // A column naming the agency wins (a combined file from several agencies); the submission's otherwise.
    agency: mappedAgency ?? facts.agency,
    date: entry.date,
    sequence: facts.sequence,
    extra: entry.extra,
    flags: entry.flags,
    analysis: null,
    provenance: { submissionId: facts.submissionId, file: facts.file, rowNumber: entry.rowNumber, importedAt: facts.importedAt, enteredBy: null },
  };
}
