/**
 * A readable comparison of two versions of a document: blocks matched with jsdiff's array diff,
 * and a removed block followed by an added one shown as one changed block with its words marked.
 * Readers of a terms of reference want "what changed in this paragraph", not two paragraphs.
 */
import { diffArrays, diffWordsWithSpace } from 'diff';
import type { DiffLine } from './types';

function whole(kind: 'same' | 'added' | 'removed', text: string): DiffLine {
  return { kind, parts: [{ kind, text }] };
}

function changed(before: string, after: string): DiffLine {
  const parts = diffWordsWithSpace(before, after).map((change) => ({
    kind: change.added ? ('added' as const) : change.removed ? ('removed' as const) : ('same' as const),
    text: change.value,
  }));
  return { kind: 'changed', parts };
}

/** Pairs removed and added blocks in order; what is left over stays removed or added. */
function pair(removed: string[], added: string[]): DiffLine[] {
  const lines: DiffLine[] = [];
  const pairs = Math.min(removed.length, added.length);
  for (let index = 0; index < pairs; index++) lines.push(changed(removed[index]!, added[index]!));
  for (const text of removed.slice(pairs)) lines.push(whole('removed', text));
  for (const text of added.slice(pairs)) lines.push(whole('added', text));
  return lines;
}

export function compareBlocks(before: readonly string[], after: readonly string[]): DiffLine[] {
  const lines: DiffLine[] = [];
  let pendingRemoved: string[] = [];
  for (const change of diffArrays([...before], [...after])) {
    if (change.removed) {
      pendingRemoved = [...pendingRemoved, ...change.value];
    } else if (change.added) {
      lines.push(...pair(pendingRemoved, change.value));
      pendingRemoved = [];
    } else {
      lines.push(...pendingRemoved.map((text) => whole('removed', text)));
      pendingRemoved = [];
      lines.push(...change.value.map((text) => whole('same', text)));
    }
  }
  lines.push(...pendingRemoved.map((text) => whole('removed', text)));
  return lines;
}
