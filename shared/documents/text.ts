/**
 * Plain text out of a document, block by block: for the word count, the readable comparison of
 * two versions and search. A block is what a reader sees as one piece of text — a heading, a
 * paragraph, a list item's paragraph, a table cell.
 */
import type { DocNode } from './model';

const textBlocks = new Set(['paragraph', 'heading']);

/** The text of an inline run: text, a reference's label, a footnote's text in brackets. */
function inlineText(node: DocNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  if (node.type === 'reference') return String(node.attrs?.label ?? '');
  if (node.type === 'footnote') return ` [note: ${(node.content ?? []).map(inlineText).join(' ').trim()}]`;
  return (node.content ?? []).map(inlineText).join('');
}

/** Each block's text, prefixed so a reader of a diff can tell a heading or a list item. */
export function blocksOf(doc: DocNode): string[] {
  const blocks: string[] = [];
  const visit = (node: DocNode, prefix: string) => {
    if (textBlocks.has(node.type)) {
      const level = Number(node.attrs?.level ?? 1);
      const marker = node.type === 'heading' ? `${'#'.repeat(Math.min(Math.max(level, 1), 6))} ` : prefix;
      blocks.push(marker + (node.content ?? []).map(inlineText).join(''));
      return;
    }
    if (node.type === 'horizontalRule') {
      blocks.push('———');
      return;
    }
    const childPrefix = node.type === 'listItem' ? '• ' : node.type === 'blockquote' ? '> ' : node.type === 'tableCell' || node.type === 'tableHeader' ? '| ' : prefix;
    node.content?.forEach((child) => visit(child, childPrefix));
  };
  visit(doc, '');
  return blocks.filter((block) => block.trim().length > 0);
}

export function wordCount(doc: DocNode): number {
  let count = 0;
  for (const block of blocksOf(doc)) {
    // The block markers and a footnote's "[note:" label are ours, not the author's words.
    const words = block.replace(/^(#+ |• |> |\| )/, '').replace(/\[note: /g, '[').match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu);
    count += words?.length ?? 0;
  }
  return count;
}
