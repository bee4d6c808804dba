/**
 * A note's plain text, as excerpts are anchored in it, and the way between its offsets and the
 * editor's positions. Text blocks (paragraphs, headings, in lists, quotes and tables alike) are
 * joined by a blank line; a line break is "\n"; a reference chip is its label; a footnote is left
 * out (it is the author's aside, not the practitioner's words). Positions follow ProseMirror's
 * counting over the same JSON, so the core (which has only the JSON) and the editor agree.
 */
import type { DocNode } from '../documents/model';

const textBlocks = new Set(['paragraph', 'heading']);
export const blockSeparator = '\n\n';

interface Run {
  /** ProseMirror position where the run starts, and its size there. */
  pos: number;
  size: number;
  /** Where its text starts in the note's text, and how long it is. */
  offset: number;
  length: number;
  /** A text node: positions inside it map one to one onto characters. */
  text: boolean;
}

export interface NoteText {
  text: string;
  runs: Run[];
}

function nodeSize(node: DocNode): number {
  if (node.type === 'text') return (node.text ?? '').length;
  const content = node.content ?? [];
  // A leaf (hard break, reference chip, horizontal rule) is one position; anything with content opens and closes.
  if (content.length === 0 && (node.type === 'hardBreak' || node.type === 'reference' || node.type === 'horizontalRule')) return 1;
  return content.reduce((sum, child) => sum + nodeSize(child), 0) + 2;
}

export function noteText(doc: DocNode): NoteText {
  let text = '';
  const runs: Run[] = [];
  let blocks = 0;
  const inline = (node: DocNode, pos: number) => {
    const size = nodeSize(node);
    if (node.type === 'text') {
      const value = node.text ?? '';
      runs.push({ pos, size, offset: text.length, length: value.length, text: true });
      text += value;
    } else if (node.type === 'hardBreak') {
      runs.push({ pos, size, offset: text.length, length: 1, text: false });
      text += '\n';
    } else if (node.type === 'reference') {
      const label = String(node.attrs?.label ?? '');
      runs.push({ pos, size, offset: text.length, length: label.length, text: false });
      text += label;
    }
    return size;
  };
  const visit = (node: DocNode, pos: number) => {
    // `pos` is where the node's content starts.
    if (textBlocks.has(node.type)) {
      if (blocks++ > 0) text += blockSeparator;
      let at = pos;
      for (const child of node.content ?? []) at += inline(child, at);
      return;
    }
    let at = pos;
    for (const child of node.content ?? []) {
      visit(child, at + 1);
      at += nodeSize(child);
    }
  };
  visit(doc, 0);
  return { text, runs };
}

/** The note's text offsets of the editor's selection `from`–`to`. */
export function textRange(note: NoteText, from: number, to: number): { start: number; end: number } {
  let start = note.text.length;
  for (const run of note.runs) {
    if (run.pos + run.size > from) {
      start = from <= run.pos ? run.offset : run.text ? run.offset + (from - run.pos) : run.offset + run.length;
      break;
    }
  }
  let end = 0;
  for (let i = note.runs.length - 1; i >= 0; i--) {
    const run = note.runs[i]!;
    if (run.pos < to) {
      end = to >= run.pos + run.size ? run.offset + run.length : run.text ? run.offset + (to - run.pos) : run.offset;
      break;
    }
  }
  return { start, end: Math.max(start, end) };
}

/** The editor's positions of the note's text `start`–`end` (to highlight an excerpt). */
export function docRange(note: NoteText, start: number, end: number): { from: number; to: number } | null {
  let from: number | null = null;
  for (const run of note.runs) {
    if (run.offset + run.length > start) {
      from = start <= run.offset ? run.pos : run.text ? run.pos + (start - run.offset) : run.pos;
      break;
    }
  }
  let to: number | null = null;
  for (let i = note.runs.length - 1; i >= 0; i--) {
    const run = note.runs[i]!;
    if (run.offset < end) {
      to = end >= run.offset + run.length ? run.pos + run.size : run.text ? run.pos + (end - run.offset) : run.pos + run.size;
      break;
    }
  }
  return from === null || to === null || to <= from ? null : { from, to };
}

/** A plain-text note (the CLI's --from-text): a paragraph per block of lines, lines kept as breaks. */
export function docFromText(text: string): DocNode {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((block) => block.replace(/^\n+|\n+$/g, ''))
    .filter((block) => block.trim().length > 0);
  return {
    type: 'doc',
    content: paragraphs.map((block) => {
      const content: DocNode[] = [];
      block.split('\n').forEach((line, index) => {
        if (index > 0) content.push({ type: 'hardBreak' });
        if (line) content.push({ type: 'text', text: line });
      });
      return { type: 'paragraph', content };
    }),
  };
}
