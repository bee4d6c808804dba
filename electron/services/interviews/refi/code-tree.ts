/**
 * The codes as a tree: the REFI-QDA files nest a child code inside its parent's element, where
 * we keep a flat list with parentGuid. Siblings keep the order they were given in.
 */
import { AppError } from '../../../../shared/errors';
import type { RefiCode } from './types';

export interface CodeNode {
  code: RefiCode;
  children: CodeNode[];
}

export function codeTree(codes: RefiCode[]): CodeNode[] {
  const nodes = new Map<string, CodeNode>();
  for (const code of codes) {
    if (nodes.has(code.guid)) throw new AppError('validation', `The code “${code.name}” appears twice in the codebook, so it cannot be exported.`);
    nodes.set(code.guid, { code, children: [] });
  }
  const roots: CodeNode[] = [];
  for (const node of nodes.values()) {
    const parentGuid = node.code.parentGuid;
    if (parentGuid === null) {
      roots.push(node);
      continue;
    }
    const parent = nodes.get(parentGuid);
    if (!parent) throw new AppError('validation', `The code “${node.code.name}” sits under a code that is not in the codebook, so it cannot be exported.`);
    parent.children.push(node);
  }
  // A code that is its own ancestor is reached from no root: it would silently go missing.
  let reached = 0;
  const count = (list: CodeNode[]): void => {
    for (const node of list) {
      reached += 1;
      count(node.children);
    }
  };
  count(roots);
  if (reached !== nodes.size) throw new AppError('validation', 'Some codes sit under each other in a circle, so the codebook cannot be exported.');
  return roots;
}
