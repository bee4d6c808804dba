/** Entries written, corrected and deleted by hand: their rows, their earlier versions, their deletion. */
import type { EntryCorrection, EntryVersion } from '../../../shared/chronology/changes';
import type { ChronoDate } from '../../../shared/chronology/types';
import type { Db } from '../sqlite';
import type { StoredEntry } from './entry-repository';

export interface HandEntry {
  id: string;
  reviewId: string;
  sequence: number;
  agency: string;
  date: ChronoDate;
  flags: string[];
  event: string;
  action: string | null;
  source: string | null;
  enteredBy: string;
  at: string;
}

export function insertHandEntry(db: Db, entry: HandEntry): void {
  db.prepare(
    `INSERT INTO chronology_entries (id, review_id, submission_id, row_number, sequence, agency, date_start, date_end, time, precision, approximate, date_text,
       source, event, action, flags, created_at, updated_at, imported_at, entered_by)
     VALUES (@id, @reviewId, NULL, NULL, @sequence, @agency, @start, @end, @time, @precision, @approximate, @text,
       @source, @event, @action, @flags, @at, @at, @at, @enteredBy)`,
  ).run({
    id: entry.id,
    reviewId: entry.reviewId,
    sequence: entry.sequence,
    agency: entry.agency,
    start: entry.date.start,
    end: entry.date.end,
    time: entry.date.time,
    precision: entry.date.precision,
    approximate: entry.date.approximate ? 1 : 0,
    text: entry.date.text,
    source: entry.source,
    event: entry.event,
    action: entry.action,
    flags: JSON.stringify(entry.flags),
    at: entry.at,
    enteredBy: entry.enteredBy,
  });
}

/** The fields of an entry a correction may change, as they stand. */
export function versionOf(entry: StoredEntry): EntryVersion {
  const version: EntryVersion = { date: entry.date, agency: entry.agency };
  for (const field of ['event', 'action', 'source', 'outcome', 'eventType', 'authorRole'] as const) {
    const value = entry[field];
    if (value !== undefined) version[field] = value;
  }
  return version;
}

/** The new values of a correction, by column; a text of null clears the field. */
export interface CorrectionColumns {
  agency?: string;
  event?: string | null;
  action?: string | null;
  source?: string | null;
  outcome?: string | null;
  event_type?: string | null;
  author_role?: string | null;
  date_start?: string;
  date_end?: string;
  time?: string | null;
  precision?: string;
  approximate?: number;
  date_text?: string;
  flags?: string;
}

export function applyCorrection(db: Db, id: string, columns: CorrectionColumns, at: string): void {
  const names = Object.keys(columns);
  const sets = [...names.map((name) => `${name} = @${name}`), 'updated_at = @updated_at'];
  db.prepare(`UPDATE chronology_entries SET ${sets.join(', ')} WHERE id = @id`).run({ ...columns, updated_at: at, id });
}

export function insertVersion(db: Db, entryId: string, before: EntryVersion, done: { at: string; by: string; reason: string }): number {
  const version = db.prepare<[string], number>('SELECT coalesce(max(version), 0) + 1 FROM chronology_entry_versions WHERE entry_id = ?').pluck().get(entryId)!;
  db.prepare('INSERT INTO chronology_entry_versions (entry_id, version, fields, corrected_at, corrected_by, reason) VALUES (?, ?, ?, ?, ?, ?)').run(
    entryId,
    version,
    JSON.stringify(before),
    done.at,
    done.by,
    done.reason,
  );
  return version;
}

export function listCorrections(db: Db, entryId: string): EntryCorrection[] {
  return db
    .prepare<[string], { version: number; fields: string; corrected_at: string; corrected_by: string; reason: string }>(
      'SELECT version, fields, corrected_at, corrected_by, reason FROM chronology_entry_versions WHERE entry_id = ? ORDER BY version',
    )
    .all(entryId)
    .map((row) => ({ version: row.version, at: row.corrected_at, by: row.corrected_by, reason: row.reason, before: JSON.parse(row.fields) as EntryVersion }));
}

export interface EntryMarks {
  createdAt: string;
  enteredBy: string | null;
  deletedAt: string | null;
  deletedBy: string | null;
  deletedReason: string | null;
}

export function entryMarks(db: Db, id: string): EntryMarks | null {
  const row = db
    .prepare<[string], { created_at: string; entered_by: string | null; deleted_at: string | null; deleted_by: string | null; deleted_reason: string | null }>(
      'SELECT created_at, entered_by, deleted_at, deleted_by, deleted_reason FROM chronology_entries WHERE id = ?',
    )
    .get(id);
  return row
    ? { createdAt: row.created_at, enteredBy: row.entered_by, deletedAt: row.deleted_at, deletedBy: row.deleted_by, deletedReason: row.deleted_reason }
    : null;
}

/** Deletes an entry (keeping it: it leaves the composite only), or restores it with null. */
export function markDeleted(db: Db, id: string, deletion: { at: string; by: string; reason: string } | null, at: string): void {
  db.prepare('UPDATE chronology_entries SET deleted_at = ?, deleted_by = ?, deleted_reason = ?, updated_at = ? WHERE id = ?').run(
    deletion?.at ?? null,
    deletion?.by ?? null,
    deletion?.reason ?? null,
    at,
    id,
  );
}
