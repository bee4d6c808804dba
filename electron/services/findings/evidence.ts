/**
 * A finding's evidence: chronology entries, key practice episodes, conversation excerpts and
 * themes of the finding's own review, each cited as a user would cite it. When the source goes
 * (its column set to null, or the entry deleted from the chronology) the link stays and says
 * "Source removed". Names show as stored: this is the app, not an export.
 */
import { formatLocalDate, parseLocalDate } from '../../../shared/deadlines';
import { AppError } from '../../../shared/errors';
import { evidenceKindWords, type Evidence, type EvidenceKind } from '../../../shared/findings/model';
import type { EvidenceTarget } from '../../../shared/findings/schemas';
import type { ConversationKind } from '../../../shared/interviews/model';
import { entryCitation } from '../chronology';
import { conversationLabel } from '../interviews';
import type { Db, Kernel } from '../kernel';

export const sourceRemoved = 'Source removed';

export interface EvidenceRow {
  id: string;
  finding_id: string;
  target_kind: EvidenceKind;
  entry_id: string | null;
  episode_id: string | null;
  excerpt_id: string | null;
  theme_id: string | null;
  position: number;
}

const targetColumn: Record<EvidenceKind, 'entry_id' | 'episode_id' | 'excerpt_id' | 'theme_id'> = { entry: 'entry_id', episode: 'episode_id', excerpt: 'excerpt_id', theme: 'theme_id' };
const targetTable: Record<EvidenceKind, string> = { entry: 'chronology_entries', episode: 'key_practice_episodes', excerpt: 'excerpts', theme: 'themes' };

/** Refuses a target that is not in the review (another review's, or unknown), naming which. */
export function assertTargetInReview(db: Db, reviewId: string, target: EvidenceTarget): void {
  const row = db.prepare<[string], { review_id: string; deleted_at?: string | null }>(`SELECT * FROM ${targetTable[target.kind]} WHERE id = ?`).get(target.id);
  const what = `${evidenceKindWords[target.kind]} ${target.kind}:${target.id}`;
  if (!row || row.review_id !== reviewId) throw new AppError('not-found', `${what} is not in this review. Choose evidence from the finding’s own review.`);
  if (target.kind === 'entry' && !entryLive(db, target.id)) throw new AppError('validation', `${what} was deleted from the chronology. Bring it back first, or choose another entry.`);
}

function entryLive(db: Db, id: string): boolean {
  return (
    db
      .prepare<[string], { n: number }>('SELECT count(*) AS n FROM chronology_entries e LEFT JOIN chronology_submissions s ON s.id = e.submission_id WHERE e.id = ? AND e.deleted_at IS NULL AND s.removed_at IS NULL')
      .get(id)!.n > 0
  );
}

export function insertEvidence(db: Db, kernel: Kernel, findingId: string, target: EvidenceTarget, createdAt: string): string | null {
  const column = targetColumn[target.kind];
  const existing = db.prepare<[string, string], { id: string }>(`SELECT id FROM finding_evidence WHERE finding_id = ? AND ${column} = ?`).get(findingId, target.id);
  if (existing) return null;
  const position = db.prepare<[string], { next: number }>('SELECT ifnull(max(position) + 1, 0) AS next FROM finding_evidence WHERE finding_id = ?').get(findingId)!.next;
  const id = kernel.newId();
  db.prepare(`INSERT INTO finding_evidence (id, finding_id, target_kind, ${column}, position, created_at) VALUES (?, ?, ?, ?, ?, ?)`).run(id, findingId, target.kind, target.id, position, createdAt);
  return id;
}

export function evidenceRows(db: Db, findingIds: readonly string[]): Map<string, EvidenceRow[]> {
  const map = new Map<string, EvidenceRow[]>();
  if (findingIds.length === 0) return map;
  const rows = db
    .prepare<string[], EvidenceRow>(`SELECT * FROM finding_evidence WHERE finding_id IN (${findingIds.map(() => '?').join(', ')}) ORDER BY position, rowid`)
    .all(...findingIds);
  for (const row of rows) map.set(row.finding_id, [...(map.get(row.finding_id) ?? []), row]);
  return map;
}

export function citeEvidence(kernel: Kernel, db: Db, row: EvidenceRow): Evidence {
  const targetId = row[targetColumn[row.target_kind]];
  const cited = targetId ? cite(kernel, db, row.target_kind, targetId) : null;
  return { id: row.id, kind: row.target_kind, targetId, citation: cited?.citation ?? sourceRemoved, detail: cited?.detail ?? null, removed: cited === null };
}

type Cited = { citation: string; detail: string | null } | null;

function cite(kernel: Kernel, db: Db, kind: EvidenceKind, id: string): Cited {
  if (kind === 'entry') return citeEntry(kernel, db, id);
  if (kind === 'episode') return citeEpisode(db, id);
  if (kind === 'excerpt') return citeExcerpt(db, id);
  return citeTheme(db, id);
}

function citeEntry(kernel: Kernel, db: Db, id: string): Cited {
  if (!entryLive(db, id)) return null;
  const citation = entryCitation(kernel, id);
  const row = db.prepare<[string], { event: string | null; action: string | null; outcome: string | null }>('SELECT event, action, outcome FROM chronology_entries WHERE id = ?').get(id);
  if (!citation || !row) return null;
  return { citation, detail: joined([row.event, row.action && `Action: ${row.action}`, row.outcome && `Outcome: ${row.outcome}`]) };
}

function citeEpisode(db: Db, id: string): Cited {
  const row = db.prepare<[string], { title: string; summary: string | null; start_on: string | null; end_on: string | null }>('SELECT title, summary, start_on, end_on FROM key_practice_episodes WHERE id = ?').get(id);
  if (!row) return null;
  const day = (value: string) => formatLocalDate(parseLocalDate(value));
  const dates = row.start_on ? (row.end_on && row.end_on !== row.start_on ? `${day(row.start_on)} to ${day(row.end_on)}` : day(row.start_on)) : null;
  return { citation: `Key practice episode: ${row.title}`, detail: joined([dates, row.summary]) };
}

function citeExcerpt(db: Db, id: string): Cited {
  const row = db
    .prepare<[string], { exact: string; memo: string | null; kind: ConversationKind; held_on: string | null }>('SELECT x.exact, x.memo, c.kind, c.held_on FROM excerpts x JOIN conversations c ON c.id = x.conversation_id WHERE x.id = ?')
    .get(id);
  if (!row) return null;
  return { citation: `${conversationLabel(row.kind, row.held_on)}: ${firstWords(row.exact)}`, detail: joined([`“${row.exact.trim()}”`, row.memo && `Memo: ${row.memo}`]) };
}

function citeTheme(db: Db, id: string): Cited {
  const row = db
    .prepare<[string], { name: string; description: string | null; excerpts: number }>('SELECT t.name, t.description, (SELECT count(*) FROM excerpt_themes x WHERE x.theme_id = t.id) AS excerpts FROM themes t WHERE t.id = ?')
    .get(id);
  if (!row) return null;
  const coded = row.excerpts === 0 ? 'No excerpts coded to it yet.' : `${row.excerpts === 1 ? 'One excerpt' : `${row.excerpts} excerpts`} coded to it.`;
  return { citation: `Theme: ${row.name}`, detail: joined([row.description, coded]) };
}

/** “The first words of a quote…”, cut at a word near 60 characters. */
export function firstWords(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= 60) return `“${flat}”`;
  const cut = flat.slice(0, 60);
  const space = cut.lastIndexOf(' ');
  return `“${(space > 30 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…”`;
}

function joined(parts: Array<string | null | undefined | ''>): string | null {
  const kept = parts.map((part) => part?.trim()).filter((part): part is string => Boolean(part));
  return kept.length > 0 ? kept.join('\n\n') : null;
}
