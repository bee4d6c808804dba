/**
 * Lays the document's blocks out down the pages: paragraphs, headings, lists, block quotes,
 * rules and tables, each tagged with its structure type (P, H1–H6, L/LI/Lbl/LBody, BlockQuote,
 * Table), and the footnotes as numbered notes at the end of the document.
 */
import { layoutDocTable } from './doc-table';
import type { Decoration, Flow } from './flow';
import type { Block, Inline, Line } from './model';
import { plainMarks } from './model';
import { colours, leading, sizes, spacing } from './theme';
import { wrapInlines } from './wrap';

export interface Region {
  x: number;
  width: number;
  /** Space after a paragraph here: smaller inside list items. */
  gap: number;
  /** Nesting of lists, which picks the bullet. */
  depth: number;
}

const bodyLine = sizes.body * leading;
const bullets = ['•', '–'];
const labelGap = 5;

function labelLine(text: string, flow: Flow, size: number = sizes.body): Line {
  return wrapInlines([{ kind: 'text', text, marks: plainMarks }], { size, width: 1_000 }, flow.measurer)[0]!;
}

function paragraph(flow: Flow, inlines: readonly Inline[], region: Region): void {
  const lines = wrapInlines(inlines, { size: sizes.body, width: region.width }, flow.measurer);
  if (lines.length === 0) {
    // An empty paragraph is the writer's blank line.
    flow.ensure(bodyLine);
    flow.y += bodyLine;
    return;
  }
  // No single first line stranded at the foot of a page.
  flow.ensure(Math.min(2, lines.length) * lines[0]!.height);
  const tag = flow.open('P');
  for (const line of lines) flow.line(line, region.x, tag);
  flow.close(tag);
  flow.skip(region.gap);
}

function heading(flow: Flow, block: Extract<Block, { kind: 'heading' }>, region: Region): void {
  const size = sizes.headings[block.level - 1]!;
  const lines = wrapInlines(block.inlines, { size, width: region.width, bold: true }, flow.measurer);
  const height = lines.reduce((sum, line) => sum + line.height, 0) || size * leading;
  if (!flow.atTop()) flow.skip(spacing.headingBefore);
  // Kept with the first two lines of what follows.
  flow.ensure(height + 2 * bodyLine);
  flow.anchor({ anchor: block.anchor, level: block.level, title: block.title });
  const tag = flow.open(`H${block.level}`);
  for (const line of lines) flow.line(line, region.x, tag);
  if (lines.length === 0) flow.y += height;
  flow.close(tag);
  flow.skip(spacing.headingAfter);
}

async function list(flow: Flow, block: Extract<Block, { kind: 'list' }>, region: Region): Promise<void> {
  const last = block.start + block.items.length - 1;
  const indent = block.ordered ? Math.max(18, flow.measurer.width('regular', `${last}.`, sizes.body) + 7) : 16;
  const listTag = flow.open('L');
  for (const [index, item] of block.items.entries()) {
    const itemTag = flow.open('LI');
    // The label and the item's first lines start on the same page.
    flow.ensure(2 * bodyLine);
    const labelTag = flow.open('Lbl');
    // Right-aligned against the text, a short gap before it: numbers line up on their dots, and
    // text extraction keeps "3. Text" and "• Text" together on one line.
    const label = labelLine(block.ordered ? `${block.start + index}.` : bullets[region.depth % bullets.length]!, flow);
    flow.paintLine(label, region.x + indent - labelGap - (label.fragments[0]?.width ?? 0), flow.y, labelTag);
    flow.close(labelTag);
    const bodyTag = flow.open('LBody');
    const before = flow.y;
    await blocks(flow, item, { x: region.x + indent, width: region.width - indent, gap: spacing.listItem, depth: region.depth + 1 });
    if (flow.y === before) flow.y += bodyLine;
    flow.close(bodyTag);
    flow.close(itemTag);
  }
  flow.close(listTag);
  if (region.depth === 0) flow.skip(spacing.paragraph - spacing.listItem);
}

async function quote(flow: Flow, block: Extract<Block, { kind: 'quote' }>, region: Region): Promise<void> {
  const tag = flow.open('BlockQuote');
  const x = region.x + 3;
  const rule: Decoration = {
    top: 0,
    draw: (top, bottom) => flow.surface.lines([x, top, x, bottom], 2, colours.rule),
  };
  flow.pushDecoration(rule);
  await blocks(flow, block.blocks, { ...region, x: region.x + 14, width: region.width - 14 });
  // The rule ends with the text, not with the gap after it.
  flow.popDecoration(rule, flow.y - region.gap);
  flow.close(tag);
}

function rule(flow: Flow, region: Region): void {
  flow.ensure(16);
  const y = flow.y + 8;
  flow.artifact(() => flow.surface.lines([region.x, y, region.x + region.width, y], 0.75, colours.rule));
  flow.y += 16;
}

export async function block(flow: Flow, item: Block, region: Region): Promise<void> {
  switch (item.kind) {
    case 'paragraph':
      return paragraph(flow, item.inlines, region);
    case 'heading':
      return heading(flow, item, region);
    case 'list':
      return list(flow, item, region);
    case 'quote':
      return quote(flow, item, region);
    case 'rule':
      return rule(flow, region);
    case 'table':
      await layoutDocTable(flow, item.rows, region.x, region.width);
      flow.skip(region.gap + 2);
      return;
  }
}

export async function blocks(flow: Flow, items: readonly Block[], region: Region): Promise<void> {
  for (const item of items) {
    await block(flow, item, region);
    await flow.progress.pause();
  }
}

/** The footnotes, numbered as in the text, each with its number hanging in the margin of the note. */
export async function notes(flow: Flow, notes: readonly Inline[][], region: Region): Promise<void> {
  const width = flow.measurer.width('regular', `${notes.length}.`, sizes.note) + 6;
  for (const [index, inlines] of notes.entries()) {
    const lines = wrapInlines(inlines, { size: sizes.note, width: region.width - width }, flow.measurer);
    const lineHeight = sizes.note * leading;
    flow.ensure(Math.min(2, Math.max(1, lines.length)) * lineHeight);
    const noteTag = flow.open('Note');
    const labelTag = flow.open('Lbl');
    flow.paintLine(labelLine(`${index + 1}.`, flow, sizes.note), region.x, flow.y, labelTag);
    flow.close(labelTag);
    const bodyTag = flow.open('P');
    for (const line of lines) flow.line(line, region.x + width, bodyTag);
    if (lines.length === 0) flow.y += lineHeight;
    flow.close(bodyTag);
    flow.close(noteTag);
    flow.skip(3);
    await flow.progress.pause();
  }
}
