/**
 * Links from a theme or an excerpt to the chronology: an entry or a key practice episode, each
 * shown as a user would cite it. A link whose entry or episode was removed stays and says so.
 */
import { AppError } from '../../../shared/errors';
import type { InterviewLink, LinkTarget } from '../../../shared/interviews/model';
import type { LinkInput } from '../../../shared/interviews/schemas';
import { entryCitation } from '../chronology';
import { audit, timestamp, write, type Db, type Kernel } from '../kernel';
import { getExcerpt, getTheme } from './theme-repository';

interface LinkRow {
  id: string;
  theme_id: string | null;
  excerpt_id: string | null;
  target_kind: 'entry' | 'episode';
  entry_id: string | null;
  episode_id: string | null;
}

export const sourceRemoved = 'Source removed';

/** Every link of a review, by the theme or excerpt it belongs to. */
export function linksOf(kernel: Kernel, db: Db, reviewId: string): Map<string, InterviewLink[]> {
  const rows = db.prepare<[string], LinkRow>('SELECT * FROM interview_links WHERE review_id = ? ORDER BY created_at, rowid').all(reviewId);
  const episodeTitles = new Map(
    db.prepare<[string], { id: string; title: string }>('SELECT id, title FROM key_practice_episodes WHERE review_id = ?').all(reviewId).map((row) => [row.id, row.title]),
  );
  const map = new Map<string, InterviewLink[]>();
  for (const row of rows) {
    const owner = (row.theme_id ?? row.excerpt_id)!;
    const list = map.get(owner) ?? [];
    list.push(shownLink(kernel, row, episodeTitles));
    map.set(owner, list);
  }
  return map;
}

function shownLink(kernel: Kernel, row: LinkRow, episodeTitles: Map<string, string>): InterviewLink {
  if (row.target_kind === 'entry') {
    const citation = row.entry_id ? entryCitation(kernel, row.entry_id) : null;
    return { id: row.id, target: { kind: 'entry', id: row.entry_id ?? '' }, label: citation ?? sourceRemoved };
  }
  const title = row.episode_id ? episodeTitles.get(row.episode_id) : undefined;
  return { id: row.id, target: { kind: 'episode', id: row.episode_id ?? '' }, label: title ? `Key practice episode: ${title}` : sourceRemoved };
}

export function addLink(kernel: Kernel, input: LinkInput): InterviewLink {
  return write(kernel, (db) => {
    const owner = input.from.kind === 'theme' ? getTheme(db, input.from.id) : getExcerpt(db, input.from.id);
    if (!owner) throw new AppError('not-found', `That ${input.from.kind === 'theme' ? 'theme' : 'excerpt'} is not in this workspace any more. Look at the list again.`);
    assertTargetInReview(db, owner.reviewId, input.target);
    const existing = db
      .prepare<[string | null, string | null, string, string], { id: string }>(
        `SELECT id FROM interview_links WHERE theme_id IS ? AND excerpt_id IS ? AND target_kind = ? AND ${input.target.kind === 'entry' ? 'entry_id' : 'episode_id'} = ?`,
      )
      .get(input.from.kind === 'theme' ? input.from.id : null, input.from.kind === 'excerpt' ? input.from.id : null, input.target.kind, input.target.id);
    const id = existing?.id ?? kernel.newId();
    if (!existing) {
      db.prepare('INSERT INTO interview_links (id, review_id, theme_id, excerpt_id, target_kind, entry_id, episode_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
        id,
        owner.reviewId,
        input.from.kind === 'theme' ? input.from.id : null,
        input.from.kind === 'excerpt' ? input.from.id : null,
        input.target.kind,
        input.target.kind === 'entry' ? input.target.id : null,
        input.target.kind === 'episode' ? input.target.id : null,
        timestamp(kernel),
      );
      audit(kernel, 'interview-link.added', 'interview-link', id);
    }
    return linksOf(kernel, db, owner.reviewId).get(input.from.id)!.find((link) => link.id === id)!;
  });
}

export function removeLink(kernel: Kernel, id: string): null {
  return write(kernel, (db) => {
    if (db.prepare('DELETE FROM interview_links WHERE id = ?').run(id).changes === 0) throw new AppError('not-found', 'That link is not there any more. Look at the list again.');
    audit(kernel, 'interview-link.removed', 'interview-link', id);
    return null;
  });
}

function assertTargetInReview(db: Db, reviewId: string, target: LinkTarget): void {
  const found =
    target.kind === 'entry'
      ? db.prepare<[string, string], { n: number }>('SELECT count(*) AS n FROM chronology_entries WHERE id = ? AND review_id = ?').get(target.id, reviewId)!.n
      : db.prepare<[string, string], { n: number }>('SELECT count(*) AS n FROM key_practice_episodes WHERE id = ? AND review_id = ?').get(target.id, reviewId)!.n;
  if (found === 0) {
    throw new AppError('not-found', target.kind === 'entry' ? 'That chronology entry is not in this review. Look at the chronology again.' : 'That key practice episode is not in this review. Look at the episodes again.');
  }
}
