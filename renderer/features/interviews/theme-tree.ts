/** The review's themes as the tree the screens show: sub-themes under their parent, each level by name. */
import type { Theme } from '../../../shared/interviews/model';

export interface ThemeNode {
  theme: Theme;
  children: ThemeNode[];
  /** How deep it sits: 0 for a top-level theme. */
  depth: number;
}

export function themeTree(themes: readonly Theme[]): ThemeNode[] {
  const known = new Set(themes.map((theme) => theme.id));
  const byParent = new Map<string | null, Theme[]>();
  for (const theme of themes) {
    // A parent that is not in the list (it cannot be, but a tree must not lose a theme) puts it at the top.
    const parent = theme.parentId && known.has(theme.parentId) ? theme.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), theme]);
  }
  const seen = new Set<string>();
  const build = (parent: string | null, depth: number): ThemeNode[] =>
    (byParent.get(parent) ?? [])
      .filter((theme) => !seen.has(theme.id) && seen.add(theme.id))
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB', { sensitivity: 'base' }))
      .map((theme) => ({ theme, depth, children: build(theme.id, depth + 1) }));
  const tree = build(null, 0);
  // Themes in a loop of parents (the core refuses one; a screen must still not lose them) go at the top.
  for (const theme of themes) {
    if (seen.has(theme.id)) continue;
    seen.add(theme.id);
    tree.push({ theme, depth: 0, children: build(theme.id, 1) });
  }
  return tree;
}

/** A theme's name with its parents', as a sub-theme is read out of context: "Communication › Information sharing". */
export function themePath(themes: readonly Theme[], id: string): string {
  const byId = new Map(themes.map((theme) => [theme.id, theme]));
  const names: string[] = [];
  for (let theme = byId.get(id); theme && names.length < 20; theme = theme.parentId ? byId.get(theme.parentId) : undefined) names.unshift(theme.name);
  return names.join(' › ');
}
