/** Themes and excerpts as stored (migration 0012). */
import type { TextAnchor } from '../../../shared/interviews/anchor';
import type { Theme } from '../../../shared/interviews/model';
import { patchColumns, updateColumns, type Db } from '../kernel';

/** A theme as stored: its place among its siblings instead of its excerpt count. */
export type StoredTheme = Omit<Theme, 'excerpts'> & { position: number };

interface ThemeRow {
  id: string;
  review_id: string;
  parent_id: string | null;
  name: string;
  colour: string;
  description: string | null;
  memo: string | null;
  position: number;
  excerpts: number;
}

const themeSelect = 'SELECT t.*, (SELECT count(*) FROM excerpt_themes x WHERE x.theme_id = t.id) AS excerpts FROM themes t';

function toTheme(row: ThemeRow): StoredTheme & { excerpts: number } {
  return { id: row.id, reviewId: row.review_id, parentId: row.parent_id, name: row.name, colour: row.colour, description: row.description, memo: row.memo, position: row.position, excerpts: row.excerpts };
}

export function listThemes(db: Db, reviewId: string): Array<StoredTheme & { excerpts: number }> {
  return db.prepare<[string], ThemeRow>(`${themeSelect} WHERE t.review_id = ? ORDER BY t.position, t.rowid`).all(reviewId).map(toTheme);
}

export function getTheme(db: Db, id: string): (StoredTheme & { excerpts: number }) | null {
  const row = db.prepare<[string], ThemeRow>(`${themeSelect} WHERE t.id = ?`).get(id);
  return row ? toTheme(row) : null;
}

/** What the user sees of a stored theme: everything but its position. */
export function shownTheme({ position: _position, ...theme }: StoredTheme & { excerpts: number }): Theme {
  return theme;
}

export function insertTheme(db: Db, theme: StoredTheme, at: string): void {
  db.prepare('INSERT INTO themes (id, review_id, parent_id, name, colour, description, memo, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    theme.id,
    theme.reviewId,
    theme.parentId,
    theme.name,
    theme.colour,
    theme.description,
    theme.memo,
    theme.position,
    at,
    at,
  );
}

export function updateTheme(db: Db, id: string, fields: Partial<Pick<StoredTheme, 'parentId' | 'name' | 'colour' | 'description' | 'memo'>>, at: string): void {
  const values = patchColumns(fields, {
    parentId: (parentId) => ['parent_id', parentId],
    name: (name) => ['name', name],
    colour: (colour) => ['colour', colour],
    description: (description) => ['description', description],
    memo: (memo) => ['memo', memo],
  });
  updateColumns(db, 'themes', id, values, at);
}

export function nextThemePosition(db: Db, reviewId: string): number {
  return db.prepare<[string], { next: number }>('SELECT ifnull(max(position), 0) + 1 AS next FROM themes WHERE review_id = ?').get(reviewId)!.next;
}

export interface StoredExcerpt {
  id: string;
  reviewId: string;
  conversationId: string;
  anchor: TextAnchor;
  orphaned: boolean;
  possibleQuote: boolean;
  memo: string | null;
  createdAt: string;
  participantIds: string[];
  themeIds: string[];
}

interface ExcerptRow {
  id: string;
  review_id: string;
  conversation_id: string;
  exact: string;
  prefix: string;
  suffix: string;
  start_at: number;
  end_at: number;
  orphaned: number;
  possible_quote: number;
  memo: string | null;
  created_at: string;
}

/**
 * Excerpts matching `where` (on `e`), with who said each and its themes (in the tree's order):
 * three plain queries however many excerpts, rather than two sub-queries per excerpt.
 */
function excerptsWhere(db: Db, where: string, param: string, order = 'e.start_at, e.rowid'): StoredExcerpt[] {
  const rows = db.prepare<[string], ExcerptRow>(`SELECT e.* FROM excerpts e WHERE ${where} ORDER BY ${order}`).all(param);
  if (rows.length === 0) return [];
  const ids = `SELECT e.id FROM excerpts e WHERE ${where}`;
  const people = group(db.prepare<[string], Pair>(`SELECT excerpt_id AS owner, person_id AS value FROM excerpt_participants WHERE excerpt_id IN (${ids})`).all(param));
  const themes = group(
    db
      .prepare<[string], Pair>(`SELECT x.excerpt_id AS owner, x.theme_id AS value FROM excerpt_themes x JOIN themes t ON t.id = x.theme_id WHERE x.excerpt_id IN (${ids}) ORDER BY t.position, t.rowid`)
      .all(param),
  );
  return rows.map((row) => toExcerpt(row, people.get(row.id) ?? [], themes.get(row.id) ?? []));
}

interface Pair {
  owner: string;
  value: string;
}

function group(pairs: Pair[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const { owner, value } of pairs) {
    const list = map.get(owner);
    if (list) list.push(value);
    else map.set(owner, [value]);
  }
  return map;
}

function toExcerpt(row: ExcerptRow, participantIds: string[], themeIds: string[]): StoredExcerpt {
  return {
    id: row.id,
    reviewId: row.review_id,
    conversationId: row.conversation_id,
    anchor: { exact: row.exact, prefix: row.prefix, suffix: row.suffix, start: row.start_at, end: row.end_at },
    orphaned: row.orphaned === 1,
    possibleQuote: row.possible_quote === 1,
    memo: row.memo,
    createdAt: row.created_at,
    participantIds,
    themeIds,
  };
}

export function getExcerpt(db: Db, id: string): StoredExcerpt | null {
  return excerptsWhere(db, 'e.id = ?', id)[0] ?? null;
}

/** In the order they sit in the note. */
export function conversationExcerpts(db: Db, conversationId: string): StoredExcerpt[] {
  return excerptsWhere(db, 'e.conversation_id = ?', conversationId, 'e.orphaned, e.start_at, e.rowid');
}

/** Conversations in the order they are listed (by day, then as planned), each excerpt where it sits. */
const inConversationOrder = "(SELECT ifnull(c.held_on, '9999') || c.created_at FROM conversations c WHERE c.id = e.conversation_id), e.conversation_id, e.start_at, e.rowid";

export function reviewExcerpts(db: Db, reviewId: string): StoredExcerpt[] {
  return excerptsWhere(db, 'e.review_id = ?', reviewId, inConversationOrder);
}

export function themeExcerpts(db: Db, themeId: string): StoredExcerpt[] {
  return excerptsWhere(db, 'e.id IN (SELECT excerpt_id FROM excerpt_themes WHERE theme_id = ?)', themeId, inConversationOrder);
}

export function insertExcerpt(db: Db, excerpt: StoredExcerpt): void {
  const { anchor } = excerpt;
  db.prepare(
    'INSERT INTO excerpts (id, review_id, conversation_id, exact, prefix, suffix, start_at, end_at, orphaned, possible_quote, memo, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(excerpt.id, excerpt.reviewId, excerpt.conversationId, anchor.exact, anchor.prefix, anchor.suffix, anchor.start, anchor.end, excerpt.orphaned ? 1 : 0, excerpt.possibleQuote ? 1 : 0, excerpt.memo, excerpt.createdAt, excerpt.createdAt);
  setExcerptParticipants(db, excerpt.id, excerpt.participantIds);
  setExcerptThemes(db, excerpt.id, excerpt.themeIds);
}

export function setExcerptParticipants(db: Db, id: string, personIds: readonly string[]): void {
  db.prepare('DELETE FROM excerpt_participants WHERE excerpt_id = ?').run(id);
  const insert = db.prepare('INSERT INTO excerpt_participants (excerpt_id, person_id) VALUES (?, ?)');
  for (const personId of new Set(personIds)) insert.run(id, personId);
}

export function setExcerptThemes(db: Db, id: string, themeIds: readonly string[]): void {
  db.prepare('DELETE FROM excerpt_themes WHERE excerpt_id = ?').run(id);
  const insert = db.prepare('INSERT INTO excerpt_themes (excerpt_id, theme_id) VALUES (?, ?)');
  for (const themeId of new Set(themeIds)) insert.run(id, themeId);
}

export function updateExcerptColumns(db: Db, id: string, fields: { possibleQuote?: boolean; memo?: string | null }, at: string): void {
  const values = patchColumns(fields, { possibleQuote: (quote) => ['possible_quote', quote ? 1 : 0], memo: (memo) => ['memo', memo] });
  updateColumns(db, 'excerpts', id, values, at);
}

/** Where the excerpt sits now, or that its text is gone (the last anchor is kept). */
export function updateAnchor(db: Db, id: string, anchor: TextAnchor | null): void {
  if (anchor) {
    db.prepare('UPDATE excerpts SET exact = ?, prefix = ?, suffix = ?, start_at = ?, end_at = ?, orphaned = 0 WHERE id = ?').run(anchor.exact, anchor.prefix, anchor.suffix, anchor.start, anchor.end, id);
  } else {
    db.prepare('UPDATE excerpts SET orphaned = 1 WHERE id = ?').run(id);
  }
}
