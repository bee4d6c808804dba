/** The theme tree: sub-themes under their parent, each level by name, and a sub-theme's path read out of context. */
import { describe, expect, it } from 'vitest';
import { themePath, themeTree, type ThemeNode } from '../../../../renderer/features/interviews/theme-tree';
import type { Theme } from '../../../../shared/interviews/model';

/** The tree in the order it is shown: parents before their sub-themes. */
const flatTree = (nodes: readonly ThemeNode[]): ThemeNode[] => nodes.flatMap((node) => [node, ...flatTree(node.children)]);
const theme = (id: string, name: string, parentId: string | null = null): Theme => ({ id, reviewId: 'r1', parentId, name, colour: '#1f77b4', description: null, memo: null, excerpts: 0 });
const themes = [theme('t3', 'Supervision'), theme('t2', 'Information sharing', 't1'), theme('t1', 'Communication'), theme('t4', 'Escalation', 't1'), theme('t5', 'Lost parent', 'gone')];

describe('themeTree', () => {
  it('nests sub-themes under their parent and sorts each level by name', () => {
    const flat = flatTree(themeTree(themes)).map((node) => `${'  '.repeat(node.depth)}${node.theme.name}`);
    expect(flat).toEqual(['Communication', '  Escalation', '  Information sharing', 'Lost parent', 'Supervision']);
  });

  it('says a sub-theme with its parents', () => {
    expect(themePath(themes, 't2')).toBe('Communication › Information sharing');
    expect(themePath(themes, 't3')).toBe('Supervision');
  });

  it('neither loops on nor loses themes whose parents name each other', () => {
    expect(flatTree(themeTree([theme('a', 'A', 'b'), theme('b', 'B', 'a')])).map((node) => node.theme.name)).toEqual(['A', 'B']);
  });
});
