/**
 * The composite as the app read it before issue #13, kept here as the yardstick: every entry
 * joined with its submission and sorted by SQLite at read time, every column mapped as it was.
 * Whatever the workspace now keeps to show the composite faster, it must show exactly this.
 */
import type { Db } from '../../../../electron/services/sqlite';
import type { ChronologyEntry } from '../../../../shared/chronology/views';

interface Row {
  id: string;
  review_id: string;
  submission_id: string;
  row_number: number;
  sequence: number;
  agency: string;
  date_start: string;
  date_end: string;
  time: string | null;
  precision: ChronologyEntry['date']['precision'];
  approximate: number;
  date_text: string;
  source: string | null;
  author_role: string | null;
  event_type: string | null;
  event: string | null;
  action: string | null;
  outcome: string | null;
  significance: string | null;
  extra: string;
  flags: string;
  analysis: string | null;
  file_name: string;
  submission_imported_at: string;
}

const textColumns = [
  ['source', 'source'],
  ['authorRole', 'author_role'],
  ['eventType', 'event_type'],
  ['event', 'event'],
  ['action', 'action'],
  ['outcome', 'outcome'],
  ['significance', 'significance'],
] as const;

export function referenceComposite(db: Db, reviewId: string): ChronologyEntry[] {
  const rows = db
    .prepare<[string], Row>(
      `SELECT e.*, s.file_name, s.imported_at AS submission_imported_at FROM chronology_entries e JOIN chronology_submissions s ON s.id = e.submission_id
       WHERE e.review_id = ? ORDER BY e.date_start, e.time IS NOT NULL, e.time, s.imported_at, e.sequence, e.row_number`,
    )
    .all(reviewId);
  const links = db.prepare<[], { entry_a: string; entry_b: string }>("SELECT entry_a, entry_b FROM chronology_duplicate_decisions WHERE decision = 'same'").all();
  const episodes = db.prepare<[], { episode_id: string; entry_id: string }>('SELECT episode_id, entry_id FROM episode_entries').all();
  return rows.map((row) => {
    const entry: ChronologyEntry = {
      id: row.id,
      reviewId: row.review_id,
      agency: row.agency,
      date: { start: row.date_start, end: row.date_end, time: row.time, precision: row.precision, approximate: row.approximate === 1, text: row.date_text },
      sequence: row.sequence,
      extra: JSON.parse(row.extra) as Record<string, string>,
      flags: JSON.parse(row.flags) as ChronologyEntry['flags'],
      analysis: row.analysis,
      provenance: { submissionId: row.submission_id, file: row.file_name, rowNumber: row.row_number, importedAt: row.submission_imported_at, enteredBy: null },
      episodeIds: episodes.filter((member) => member.entry_id === row.id).map((member) => member.episode_id),
      linkedIds: links.flatMap((link) => (link.entry_a === row.id ? [link.entry_b] : link.entry_b === row.id ? [link.entry_a] : [])),
    };
    for (const [field, column] of textColumns) {
      const value = row[column];
      if (value !== null) entry[field] = value;
    }
    return entry;
  });
}
