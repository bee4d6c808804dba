/** Duplicate decisions and key practice episodes: the tables that hang off entries. */
import type { Episode } from '../../../shared/chronology/views';
import type { EpisodePatch } from '../../../shared/chronology/schemas';
import type { Db } from '../sqlite';

export type Decision = 'same' | 'dismissed';

/** Both orders of a pair map to one key. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

export function listDecisions(db: Db, reviewId: string): Map<string, Decision> {
  const rows = db
    .prepare<[string], { entry_a: string; entry_b: string; decision: Decision }>(
      // CROSS JOIN keeps the decisions as the outer loop: otherwise SQLite may walk every entry of
      // the review (by its review_id index) probing for decisions, 40 ms at 50,000 entries.
      `SELECT d.entry_a, d.entry_b, d.decision FROM chronology_duplicate_decisions d
       CROSS JOIN chronology_entries e ON e.id = d.entry_a WHERE e.review_id = ?`,
    )
    .all(reviewId);
  return new Map(rows.map((row) => [pairKey(row.entry_a, row.entry_b), row.decision]));
}

export function setDecision(db: Db, a: string, b: string, decision: Decision | null, at: string): void {
  const [first, second] = a < b ? [a, b] : [b, a];
  if (decision === null) {
    db.prepare('DELETE FROM chronology_duplicate_decisions WHERE entry_a = ? AND entry_b = ?').run(first, second);
    return;
  }
  db.prepare(
    `INSERT INTO chronology_duplicate_decisions (entry_a, entry_b, decision, decided_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (entry_a, entry_b) DO UPDATE SET decision = excluded.decision, decided_at = excluded.decided_at`,
  ).run(first, second, decision, at);
}

export function listEpisodeMemberships(db: Db, reviewId: string): Array<{ episodeId: string; entryId: string }> {
  return db
    .prepare<[string], { episodeId: string; entryId: string }>(
      `SELECT m.episode_id AS episodeId, m.entry_id AS entryId FROM episode_entries m
       JOIN key_practice_episodes k ON k.id = m.episode_id WHERE k.review_id = ?`,
    )
    .all(reviewId);
}

interface EpisodeRow {
  id: string;
  review_id: string;
  title: string;
  start_on: string | null;
  end_on: string | null;
  summary: string | null;
  entry_count: number;
}

/** An episode counts the entries the composite shows: not deleted, not from a removed submission. */
const selectEpisode = `SELECT k.*, (SELECT count(*) FROM episode_entries m JOIN chronology_entries e ON e.id = m.entry_id
    WHERE m.episode_id = k.id AND e.deleted_at IS NULL
      AND (e.submission_id IS NULL OR e.submission_id NOT IN (SELECT id FROM chronology_submissions WHERE removed_at IS NOT NULL))) AS entry_count
  FROM key_practice_episodes k`;

function toEpisode(row: EpisodeRow): Episode {
  return { id: row.id, reviewId: row.review_id, title: row.title, start: row.start_on, end: row.end_on, summary: row.summary, entryCount: row.entry_count };
}

export function listEpisodes(db: Db, reviewId: string): Episode[] {
  return db
    .prepare<[string], EpisodeRow>(`${selectEpisode} WHERE k.review_id = ? ORDER BY k.start_on IS NULL, k.start_on, k.created_at`)
    .all(reviewId)
    .map(toEpisode);
}

export function getEpisode(db: Db, id: string): Episode | null {
  const row = db.prepare<[string], EpisodeRow>(`${selectEpisode} WHERE k.id = ?`).get(id);
  return row ? toEpisode(row) : null;
}

export function insertEpisode(db: Db, episode: Omit<Episode, 'entryCount'>, at: string): void {
  db.prepare(
    'INSERT INTO key_practice_episodes (id, review_id, title, start_on, end_on, summary, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(episode.id, episode.reviewId, episode.title, episode.start, episode.end, episode.summary, at, at);
}

export function updateEpisode(db: Db, patch: EpisodePatch, at: string): void {
  const columns: Record<string, string | null> = {};
  if (patch.title !== undefined) columns.title = patch.title;
  if (patch.start !== undefined) columns.start_on = patch.start;
  if (patch.end !== undefined) columns.end_on = patch.end;
  if (patch.summary !== undefined) columns.summary = patch.summary === '' ? null : patch.summary;
  const sets = [...Object.keys(columns).map((column) => `${column} = @${column}`), 'updated_at = @updated_at'];
  db.prepare(`UPDATE key_practice_episodes SET ${sets.join(', ')} WHERE id = @id`).run({ ...columns, updated_at: at, id: patch.id });
}

export function deleteEpisode(db: Db, id: string): void {
  db.prepare('DELETE FROM key_practice_episodes WHERE id = ?').run(id);
}

export function assignEntries(db: Db, episodeId: string, entryIds: readonly string[], assigned: boolean): void {
  const statement = assigned
    ? db.prepare('INSERT OR IGNORE INTO episode_entries (episode_id, entry_id) VALUES (?, ?)')
    : db.prepare('DELETE FROM episode_entries WHERE episode_id = ? AND entry_id = ?');
  for (const entryId of entryIds) statement.run(episodeId, entryId);
}

/** How many of these entries belong to the review (all of them must). */
export function countEntriesInReview(db: Db, reviewId: string, entryIds: readonly string[]): number {
  const statement = db.prepare<[string, string], { n: number }>('SELECT count(*) AS n FROM chronology_entries WHERE id = ? AND review_id = ?');
  let count = 0;
  for (const id of new Set(entryIds)) count += statement.get(id, reviewId)!.n;
  return count;
}

/** The links and episodes of one entry (the whole review's are read with listDecisions / listEpisodeMemberships). */
export function entryRelations(db: Db, entryId: string): { linkedIds: string[]; episodeIds: string[] } {
  const linkedIds = db
    .prepare<[string, string, string], string>(
      "SELECT CASE WHEN entry_a = ? THEN entry_b ELSE entry_a END FROM chronology_duplicate_decisions WHERE decision = 'same' AND (entry_a = ? OR entry_b = ?)",
    )
    .pluck()
    .all(entryId, entryId, entryId);
  const episodeIds = db.prepare<[string], string>('SELECT episode_id FROM episode_entries WHERE entry_id = ?').pluck().all(entryId);
  return { linkedIds, episodeIds };
}
