/**
 * The review's theme tree: add, rename, recolour, move under another theme, describe, memo, and
 * delete. Deleting a theme that codes excerpts needs saying so (`force`): the excerpts are kept
 * with their text and memos, and any left with no theme go to the Uncoded list; its sub-themes
 * move up to its parent.
 */
import { AppError } from '../../../shared/errors';
import type { Theme } from '../../../shared/interviews/model';
import type { ThemeAdd, ThemeEdit } from '../../../shared/interviews/schemas';
import { audit, read, requireReview, timestamp, write, type Db, type Kernel } from '../kernel';
import { getTheme, insertTheme, listThemes as listRows, nextThemePosition, shownTheme, updateTheme, type StoredTheme } from './theme-repository';

/** Colours told apart by people with the common colour-vision differences (Okabe and Ito). */
export const themePalette = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#999999'];

export function listThemes(kernel: Kernel, reviewId: string): Theme[] {
  return read(kernel, (db) => {
    requireReview(db, reviewId);
    return treeOrder(listRows(db, reviewId).map(shownTheme));
  });
}

/** Parents before their children, siblings in the order added: how a tree reads top to bottom. */
export function treeOrder<T extends { id: string; parentId: string | null }>(themes: T[]): T[] {
  const children = new Map<string | null, T[]>();
  const ids = new Set(themes.map((theme) => theme.id));
  for (const theme of themes) {
    const parent = theme.parentId && ids.has(theme.parentId) ? theme.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), theme]);
  }
  const ordered: T[] = [];
  const visit = (parent: string | null) => {
    for (const theme of children.get(parent) ?? []) {
      ordered.push(theme);
      visit(theme.id);
    }
  };
  visit(null);
  return ordered;
}

export function addTheme(kernel: Kernel, input: ThemeAdd): Theme {
  return write(kernel, (db) => {
    requireReview(db, input.reviewId);
    if (input.parentId) requireThemeInReview(db, input.parentId, input.reviewId);
    assertNameFree(db, input.reviewId, input.parentId ?? null, input.name, null);
    const position = nextThemePosition(db, input.reviewId);
    const theme: StoredTheme = {
      id: kernel.newId(),
      reviewId: input.reviewId,
      parentId: input.parentId ?? null,
      name: input.name,
      colour: input.colour ?? themePalette[(position - 1) % themePalette.length]!,
      description: input.description ?? null,
      memo: null,
      position,
    };
    insertTheme(db, theme, timestamp(kernel));
    audit(kernel, 'theme.added', 'theme', theme.id);
    return shownTheme({ ...theme, excerpts: 0 });
  });
}

export function editTheme(kernel: Kernel, patch: ThemeEdit): Theme {
  const { id, ...fields } = patch;
  return write(kernel, (db) => {
    const current = requireTheme(db, id);
    const changes = Object.fromEntries(Object.entries(fields).filter((entry) => entry[1] !== undefined)) as Partial<StoredTheme>;
    if (changes.parentId) {
      requireThemeInReview(db, changes.parentId, current.reviewId);
      // A theme cannot sit under itself or under one of its own sub-themes.
      for (let at: string | null = changes.parentId; at; at = getTheme(db, at)?.parentId ?? null) {
        if (at === id) throw new AppError('validation', `“${current.name}” cannot go under one of its own sub-themes. Choose another parent.`);
      }
    }
    const parentId = changes.parentId !== undefined ? changes.parentId : current.parentId;
    if (changes.name !== undefined || changes.parentId !== undefined) assertNameFree(db, current.reviewId, parentId, changes.name ?? current.name, id);
    if (Object.keys(changes).length > 0) {
      updateTheme(db, id, changes, timestamp(kernel));
      audit(kernel, 'theme.edited', 'theme', id);
    }
    return shownTheme(requireTheme(db, id));
  });
}

export function removeTheme(kernel: Kernel, input: { id: string; force: boolean }): { uncoded: number } {
  return write(kernel, (db) => {
    const theme = requireTheme(db, input.id);
    const uncoded = db
      .prepare<[string], { n: number }>('SELECT count(*) AS n FROM excerpt_themes x WHERE x.theme_id = ? AND NOT EXISTS (SELECT 1 FROM excerpt_themes o WHERE o.excerpt_id = x.excerpt_id AND o.theme_id <> x.theme_id)')
      .get(theme.id)!.n;
    if (theme.excerpts > 0 && !input.force) {
      const kept = uncoded > 0 ? ` They are kept; ${uncoded === theme.excerpts ? (uncoded === 1 ? 'it goes' : 'they all go') : `${uncoded} with no other theme go`} to Uncoded.` : ' They are kept with their other themes.';
      throw new AppError('validation', `“${theme.name}” codes ${theme.excerpts === 1 ? 'an excerpt' : `${theme.excerpts} excerpts`}.${kept} Confirm to delete the theme (from the command line: --force).`);
    }
    db.prepare('UPDATE themes SET parent_id = ? WHERE parent_id = ?').run(theme.parentId, theme.id);
    db.prepare('DELETE FROM themes WHERE id = ?').run(theme.id);
    audit(kernel, 'theme.removed', 'theme', theme.id);
    return { uncoded };
  });
}

export function requireTheme(db: Db, id: string): StoredTheme & { excerpts: number } {
  const theme = getTheme(db, id);
  if (!theme) throw new AppError('not-found', 'That theme is not in this workspace any more. Look at the themes again.');
  return theme;
}

function requireThemeInReview(db: Db, id: string, reviewId: string): void {
  const theme = getTheme(db, id);
  if (!theme || theme.reviewId !== reviewId) throw new AppError('not-found', 'The parent theme chosen is not in this review. Look at the themes again.');
}

function assertNameFree(db: Db, reviewId: string, parentId: string | null, name: string, self: string | null): void {
  const clash = db
    .prepare<[string, string, string, string], { n: number }>("SELECT count(*) AS n FROM themes WHERE review_id = ? AND ifnull(parent_id, '') = ? AND name = ? COLLATE NOCASE AND id <> ?")
    .get(reviewId, parentId ?? '', name.trim(), self ?? '')!.n;
  if (clash > 0) throw new AppError('validation', `There is already a theme called “${name.trim()}” ${parentId ? 'under the same parent' : 'at the top of the tree'}. Choose another name.`);
}
