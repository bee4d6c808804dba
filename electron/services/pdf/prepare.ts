/**
 * ProseMirror JSON → the engine's model. Text is transformed (anonymised) and references
 * resolved here, once, so the measuring and drawing passes see the same words and the caller's
 * functions run once per run of text.
 *
 * Anonymising run by run could miss a name split across formatting ("Maisie **Hartwell**"), so
 * neighbouring text runs are also transformed as one string; when that differs from the runs
 * transformed one by one, the joined result is used and the formatting the runs do not share is
 * dropped. A leaked name is worse than a lost bold.
 */
import type { DocNode, ReferenceAttrs } from '../../../shared/documents/model';
import { plainMarks, type Block, type ContentsEntry, type Inline, type Marks, type PreparedDoc, type TableCellModel } from './model';

export interface PrepareOptions {
  referenceText: (attrs: ReferenceAttrs) => string;
  transformText?: (text: string) => string;
}

const inlineTypes = new Set(['text', 'hardBreak', 'reference', 'footnote']);
const lineBreaks = /[\t\n\r\f\v\u2028\u2029]/g;
// Control characters have no glyph and could confuse a reader's text extraction; removing them is the point.
// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

export function stripControls(text: string): string {
  return text.replace(controls, '');
}

/** One line of text: line breaks and tabs become spaces, control characters go. */
export function clean(text: string): string {
  return stripControls(text.replace(lineBreaks, ' '));
}

function integer(value: unknown, fallback: number, min: number, max: number): number {
  const number = typeof value === 'number' && Number.isFinite(value) ? Math.trunc(value) : fallback;
  return Math.min(max, Math.max(min, number));
}

function marksOf(node: DocNode): Marks {
  if (!node.marks || node.marks.length === 0) return plainMarks;
  const marks: Marks = { ...plainMarks };
  for (const mark of node.marks) {
    if (mark.type === 'bold') marks.bold = true;
    else if (mark.type === 'italic') marks.italic = true;
    else if (mark.type === 'underline') marks.underline = true;
    else if (mark.type === 'strike') marks.strike = true;
    else if (mark.type === 'code') marks.code = true;
    else if (mark.type === 'link') marks.href = typeof mark.attrs?.href === 'string' ? mark.attrs.href : '';
  }
  return marks;
}

function shared(all: Marks[]): Marks {
  const first = all[0] ?? plainMarks;
  const same = <K extends keyof Marks>(key: K) => all.every((marks) => marks[key] === first[key]);
  return {
    bold: same('bold') && first.bold,
    italic: same('italic') && first.italic,
    underline: same('underline') && first.underline,
    strike: same('strike') && first.strike,
    code: same('code') && first.code,
    href: same('href') ? first.href : null,
    superscript: false,
  };
}

class Preparer {
  readonly notes: Inline[][] = [];
  readonly headings: ContentsEntry[] = [];
  private readonly memo = new Map<string, string>();

  constructor(private readonly options: PrepareOptions) {}

  private transform(text: string): string {
    const transform = this.options.transformText;
    if (!transform) return text;
    let result = this.memo.get(text);
    if (result === undefined) {
      result = transform(text);
      this.memo.set(text, result);
    }
    return result;
  }

  blocks(nodes: readonly DocNode[] | undefined): Block[] {
    const blocks: Block[] = [];
    let stray: DocNode[] = [];
    const flushStray = () => {
      if (stray.length > 0) blocks.push({ kind: 'paragraph', inlines: this.inlines(stray) });
      stray = [];
    };
    for (const node of nodes ?? []) {
      if (inlineTypes.has(node.type)) {
        stray.push(node);
        continue;
      }
      flushStray();
      blocks.push(...this.block(node));
    }
    flushStray();
    return blocks;
  }

  private block(node: DocNode): Block[] {
    switch (node.type) {
      case 'paragraph':
        return [{ kind: 'paragraph', inlines: this.inlines(node.content) }];
      case 'heading': {
        const level = integer(node.attrs?.level, 1, 1, 6);
        const inlines = this.inlines(node.content);
        const title = inlines.map((inline) => (inline.kind === 'text' && !inline.marks.superscript ? inline.text : ' ')).join('').replace(/ +/g, ' ').trim() || 'Untitled section';
        const anchor = `heading-${this.headings.length + 1}`;
        this.headings.push({ anchor, level, title });
        return [{ kind: 'heading', level, inlines, anchor, title }];
      }
      case 'bulletList':
      case 'orderedList':
        return [
          {
            kind: 'list',
            ordered: node.type === 'orderedList',
            start: integer(node.attrs?.start, 1, 0, 1_000_000),
            items: (node.content ?? []).map((item) => (item.type === 'listItem' ? this.blocks(item.content) : this.blocks([item]))),
          },
        ];
      case 'blockquote':
        return [{ kind: 'quote', blocks: this.blocks(node.content) }];
      case 'horizontalRule':
        return [{ kind: 'rule' }];
      case 'table':
        return [{ kind: 'table', rows: (node.content ?? []).map((row) => this.row(row)) }];
      default:
        // doc, listItem, tableRow or a cell out of place: keep its content rather than lose it.
        return this.blocks(node.content);
    }
  }

  private row(row: DocNode): TableCellModel[] {
    const cells = row.type === 'tableRow' ? (row.content ?? []) : [row];
    return cells.map((cell) => {
      const colwidth = cell.attrs?.colwidth;
      return {
        header: cell.type === 'tableHeader',
        colspan: integer(cell.attrs?.colspan, 1, 1, 100),
        rowspan: integer(cell.attrs?.rowspan, 1, 1, 10_000),
        colwidth: Array.isArray(colwidth) && colwidth.every((width) => typeof width === 'number' && width > 0) ? (colwidth as number[]) : null,
        blocks: cell.type === 'tableHeader' || cell.type === 'tableCell' ? this.blocks(cell.content) : this.blocks([cell]),
      };
    });
  }

  inlines(nodes: readonly DocNode[] | undefined): Inline[] {
    const out: Inline[] = [];
    let group: DocNode[] = [];
    const flushGroup = () => {
      if (group.length > 0) out.push(...this.textGroup(group));
      group = [];
    };
    for (const node of nodes ?? []) {
      if (node.type === 'text') {
        group.push(node);
        continue;
      }
      flushGroup();
      if (node.type === 'hardBreak') out.push({ kind: 'break' });
      else if (node.type === 'reference') out.push({ kind: 'text', text: clean(this.options.referenceText(referenceAttrs(node))), marks: marksOf(node) });
      else if (node.type === 'footnote') out.push(this.footnote(node));
      else {
        // A block inside inline content (a malformed paragraph): its text, on its own line.
        if (out.length > 0) out.push({ kind: 'break' });
        out.push(...this.blockText(node));
      }
    }
    flushGroup();
    return out;
  }

  private textGroup(group: DocNode[]): Inline[] {
    const texts = group.map((node) => (typeof node.text === 'string' ? node.text : ''));
    const each = texts.map((text) => this.transform(text));
    if (group.length > 1) {
      const joined = this.transform(texts.join(''));
      if (joined !== each.join('')) return [{ kind: 'text', text: clean(joined), marks: shared(group.map(marksOf)) }];
    }
    return group.map((node, index) => ({ kind: 'text', text: clean(each[index]!), marks: marksOf(node) }));
  }

  private footnote(node: DocNode): Inline {
    const number = this.notes.length + 1;
    this.notes.push([]);
    // Its own inline content, or its paragraphs one per line.
    const content = node.content ?? [];
    this.notes[number - 1] = content.every((child) => inlineTypes.has(child.type)) ? this.inlines(content) : this.blockText(node);
    return { kind: 'text', text: String(number), marks: { ...marksOf(node), superscript: true, href: null, underline: false } };
  }

  /** The text of blocks as inline content, one line per block. */
  private blockText(node: DocNode): Inline[] {
    const out: Inline[] = [];
    const children = node.content ?? [];
    if (children.every((child) => inlineTypes.has(child.type))) return this.inlines(children);
    for (const child of children) {
      const inlines = inlineTypes.has(child.type) ? this.inlines([child]) : this.blockText(child);
      if (inlines.length === 0) continue;
      if (out.length > 0) out.push({ kind: 'break' });
      out.push(...inlines);
    }
    return out;
  }
}

function referenceAttrs(node: DocNode): ReferenceAttrs {
  const attrs = node.attrs ?? {};
  const kind = attrs.kind === 'entry' || attrs.kind === 'excerpt' ? attrs.kind : 'person';
  return { kind, id: String(attrs.id ?? ''), label: String(attrs.label ?? '') };
}

export function prepare(content: DocNode, options: PrepareOptions): PreparedDoc {
  const preparer = new Preparer(options);
  const blocks = preparer.blocks(content.content);
  return { blocks, notes: preparer.notes, headings: preparer.headings };
}

/** Chrome-free text that still goes through the caller's transform (the sign-off's decision). */
export function prepareText(text: string, options: PrepareOptions): Inline[] {
  const transformed = options.transformText ? options.transformText(text) : text;
  const out: Inline[] = [];
  for (const [index, line] of transformed.split('\n').entries()) {
    if (index > 0) out.push({ kind: 'break' });
    out.push({ kind: 'text', text: clean(line), marks: plainMarks });
  }
  return out;
}
