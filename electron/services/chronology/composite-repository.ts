/**
 * A review's entries in composite order, read from the index that holds that order (migration
 * 0007), so nothing is sorted: the whole composite is a walk of the index, and its first rows a
 * range read of it.
 *
 * Reading 50,000 entries is mostly the cost of making JavaScript strings and objects from the rows,
 * so the read asks SQLite for as few strings as it can: the review id is known, the submission's
 * file name and import time come from a map of the review's few submissions, and values that are
 * nearly always the default (an end day equal to the start, no extra columns, no flags) come back
 * as NULL. Rows are fetched as arrays and iterated: better-sqlite3 builds a keyed object per row,
 * or a 50,000-row array all at once, far more slowly.
 */
import type { EntryFlag, Precision } from '../../../shared/chronology/types';
import type { ChronologyEntry } from '../../../shared/chronology/views';
import type { Db } from '../sqlite';
import { listDecisions, listEpisodeMemberships } from './link-repository';

/** The composite order; matches the index chronology_entries_composite column for column. */
export const compositeOrder = 'date_start, time, imported_at, sequence, row_number';

const columns = [
  'id',
  'submission_id',
  'row_number',
  'sequence',
  'agency',
  'date_start',
  'NULLIF(date_end, date_start)',
  'time',
  'precision',
  'approximate',
  'date_text',
  'source',
  'author_role',
  'event_type',
  'event',
  'action',
  'outcome',
  'significance',
  "NULLIF(extra, '{}')",
  "NULLIF(flags, '[]')",
  'analysis',
  'entered_by',
  // Only needed for an entry written by hand (the submission's otherwise): NULL for the rest.
  'CASE WHEN submission_id IS NULL THEN imported_at END',
].join(', ');

/**
 * The entries the composite shows: not deleted, and not from a removed submission (migration
 * 0008). The few removed submissions are read once, so the walk of the order index stays a walk.
 */
export const liveEntries = 'deleted_at IS NULL AND (submission_id IS NULL OR submission_id NOT IN (SELECT id FROM chronology_submissions WHERE removed_at IS NOT NULL))';

type Row = [
  id: string,
  submissionId: string | null,
  rowNumber: number | null,
  sequence: number,
  agency: string,
  start: string,
  end: string | null,
  time: string | null,
  precision: string,
  approximate: number,
  dateText: string,
  source: string | null,
  authorRole: string | null,
  eventType: string | null,
  event: string | null,
  action: string | null,
  outcome: string | null,
  significance: string | null,
  extra: string | null,
  flags: string | null,
  analysis: string | null,
  enteredBy: string | null,
  enteredAt: string | null,
];

interface SubmissionFacts {
  file: string;
  importedAt: string;
}

function submissionsOf(db: Db, reviewId: string): Map<string, SubmissionFacts> {
  const rows = db
    .prepare<[string], { id: string; file_name: string; imported_at: string }>('SELECT id, file_name, imported_at FROM chronology_submissions WHERE review_id = ?')
    .all(reviewId);
  return new Map(rows.map((row) => [row.id, { file: row.file_name, importedAt: row.imported_at }]));
}

interface Relations {
  episodes: Map<string, string[]>;
  links: Map<string, string[]>;
}

/** The review's episode memberships and "same event" links, by entry. */
function relationsOf(db: Db, reviewId: string): Relations {
  const links = new Map<string, string[]>();
  for (const [key, decision] of listDecisions(db, reviewId)) {
    if (decision !== 'same') continue;
    const [a, b] = key.split('\u0000') as [string, string];
    links.set(a, [...(links.get(a) ?? []), b]);
    links.set(b, [...(links.get(b) ?? []), a]);
  }
  const episodes = new Map<string, string[]>();
  for (const { episodeId, entryId } of listEpisodeMemberships(db, reviewId)) episodes.set(entryId, [...(episodes.get(entryId) ?? []), episodeId]);
  return { episodes, links };
}

/**
 * Every property an entry always has is in the one literal, its relations included: added
 * afterwards, they changed the shape of every entry twice, which showed in the time of the read.
 */
function toEntry(row: Row, reviewId: string, submissions: Map<string, SubmissionFacts>, relations: Relations): ChronologyEntry {
  const id = row[0];
  // An entry written by hand has no submission: its own time of writing stands in for the import's.
  const submission = row[1] === null ? null : submissions.get(row[1])!;
  const entry: ChronologyEntry = {
    id,
    reviewId,
    agency: row[4],
    date: { start: row[5], end: row[6] ?? row[5], time: row[7], precision: row[8] as Precision, approximate: row[9] === 1, text: row[10] },
    sequence: row[3],
    extra: row[18] === null ? {} : (JSON.parse(row[18]) as Record<string, string>),
    flags: row[19] === null ? [] : (JSON.parse(row[19]) as EntryFlag[]),
    analysis: row[20],
    provenance: submission
      ? { submissionId: row[1], file: submission.file, rowNumber: row[2], importedAt: submission.importedAt, enteredBy: null }
      : { submissionId: null, file: '', rowNumber: null, importedAt: row[22]!, enteredBy: row[21] },
    episodeIds: relations.episodes.get(id) ?? [],
    linkedIds: relations.links.get(id) ?? [],
  };
  if (row[11] !== null) entry.source = row[11];
  if (row[12] !== null) entry.authorRole = row[12];
  if (row[13] !== null) entry.eventType = row[13];
  if (row[14] !== null) entry.event = row[14];
  if (row[15] !== null) entry.action = row[15];
  if (row[16] !== null) entry.outcome = row[16];
  if (row[17] !== null) entry.significance = row[17];
  return entry;
}

export interface Window {
  offset: number;
  limit: number;
}

/** Every entry of a review with its episodes and links, in composite order, or only the `window` of them. */
export function readComposite(db: Db, reviewId: string, window?: Window): ChronologyEntry[] {
  const submissions = submissionsOf(db, reviewId);
  const relations = relationsOf(db, reviewId);
  const range = window ? ' LIMIT ? OFFSET ?' : '';
  const parameters: unknown[] = window ? [reviewId, window.limit, window.offset] : [reviewId];
  const statement = db.prepare<unknown[], Row>(`SELECT ${columns} FROM chronology_entries WHERE review_id = ? AND ${liveEntries} ORDER BY ${compositeOrder}${range}`).raw();
  const entries: ChronologyEntry[] = [];
  for (const row of statement.iterate(...parameters) as IterableIterator<Row>) entries.push(toEntry(row, reviewId, submissions, relations));
  return entries;
}

export function countEntries(db: Db, reviewId: string): number {
  return db.prepare<[string], number>(`SELECT count(*) FROM chronology_entries WHERE review_id = ? AND ${liveEntries}`).pluck().get(reviewId)!;
}

/** Every agency with entries in the review, in alphabetical order. */
export function entryAgencies(db: Db, reviewId: string): string[] {
  return sortAgencies(db.prepare<[string], string>(`SELECT DISTINCT agency FROM chronology_entries WHERE review_id = ? AND ${liveEntries}`).pluck().all(reviewId));
}

export function sortAgencies(agencies: Iterable<string>): string[] {
  return [...new Set(agencies)].sort((a, b) => a.localeCompare(b));
}
