/**
 * The document's own tables (tiptap's table extension). Cells hold blocks; here they become
 * lines. colspan widens a cell over its columns; rowspan keeps the columns of the rows below in
 * place (the spanned cell's text is drawn in its first row, and the grid is drawn per row).
 */
import type { Measurer } from './measure';
import type { Block, Inline, Line, TableCellModel } from './model';
import { plainMarks } from './model';
import { blockCharacters, formatCharacters, shortenBlocks, withNote } from './shorten';
import { drawTable, rowLayout, type CellLayout, type RowLayout } from './table';
import type { Flow } from './flow';
import { sizes, spacing } from './theme';
import { wrapInlines } from './wrap';

interface Placed {
  cell: TableCellModel;
  column: number;
  span: number;
}

/** Which columns each cell starts in, leaving room for cells that span down from rows above. */
function place(rows: readonly TableCellModel[][]): { placed: Placed[][]; columns: number } {
  const covered: number[] = [];
  let columns = 0;
  const placed = rows.map((row) => {
    let column = 0;
    const cells = row.map((cell) => {
      while ((covered[column] ?? 0) > 0) column += 1;
      const here = { cell, column, span: cell.colspan };
      for (let k = column; k < column + cell.colspan; k++) covered[k] = Math.max(covered[k] ?? 0, cell.rowspan);
      column += cell.colspan;
      return here;
    });
    columns = Math.max(columns, column, covered.length);
    for (let k = 0; k < covered.length; k++) covered[k] = Math.max(0, (covered[k] ?? 0) - 1);
    return cells;
  });
  return { placed, columns: Math.max(1, columns) };
}

/** Relative column widths: the editor's own widths when the first row gives all of them. */
function weights(first: readonly Placed[] | undefined, columns: number): number[] {
  const fromEditor = first?.flatMap((placed) => (placed.cell.colwidth && placed.cell.colwidth.length === placed.span ? placed.cell.colwidth : []));
  if (fromEditor && fromEditor.length === columns) return fromEditor;
  return Array.from({ length: columns }, () => 1);
}

function withLabel(label: string, blocks: readonly Block[]): Block[] {
  const [first, ...rest] = blocks;
  const labelInline: Inline = { kind: 'text', text: label, marks: plainMarks };
  if (first?.kind === 'paragraph') return [{ kind: 'paragraph', inlines: [labelInline, ...first.inlines] }, ...rest];
  return [{ kind: 'paragraph', inlines: [labelInline] }, ...blocks];
}

/** A cell's blocks as lines: paragraphs and headings wrap, lists get their labels inline. */
export function cellLines(blocks: readonly Block[], width: number, bold: boolean, measurer: Measurer): Line[] {
  const lines: Line[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'paragraph':
        lines.push(...wrapInlines(block.inlines, { size: sizes.table, width, bold }, measurer));
        break;
      case 'heading':
        lines.push(...wrapInlines(block.inlines, { size: sizes.table, width, bold: true }, measurer));
        break;
      case 'list':
        block.items.forEach((item, index) => {
          lines.push(...cellLines(withLabel(block.ordered ? `${block.start + index}. ` : '• ', item), width, bold, measurer));
        });
        break;
      case 'quote':
        lines.push(...cellLines(block.blocks, width, bold, measurer));
        break;
      case 'table':
        for (const row of block.rows) for (const cell of row) lines.push(...cellLines(cell.blocks, width, bold || cell.header, measurer));
        break;
      case 'rule':
        break;
    }
  }
  return lines;
}

/** A cell's lines, cut to the budget with a note at the end when its text is too long to draw whole. */
function shortenedCellLines(blocks: readonly Block[], width: number, bold: boolean, measurer: Measurer): Line[] {
  const shortened = shortenBlocks(blocks);
  const characters = () => shortened?.characters ?? blockCharacters(blocks);
  const note = () => `[Shortened here: this cell is ${formatCharacters(characters())} characters long. The full text is in the document.]`;
  return withNote(cellLines(shortened?.blocks ?? blocks, width, bold, measurer), shortened !== null, note, sizes.table, width, measurer);
}

export async function layoutDocTable(flow: Flow, rows: readonly TableCellModel[][], x: number, width: number): Promise<void> {
  if (rows.length === 0) return;
  const { placed, columns } = place(rows);
  const columnWeights = weights(placed[0], columns);
  const total = columnWeights.reduce((sum, weight) => sum + weight, 0);
  const edges = [x];
  for (const weight of columnWeights) edges.push(edges[edges.length - 1]! + (weight / total) * width);
  const inner = 2 * spacing.cellPadding;

  const layoutRow = (row: readonly Placed[], headerRow: boolean): RowLayout =>
    rowLayout(
      row.map(({ cell, column, span }): CellLayout => {
        const left = edges[Math.min(column, columns)]!;
        const right = edges[Math.min(column + span, columns)]!;
        return {
          lines: shortenedCellLines(cell.blocks, Math.max(1, right - left - inner), cell.header, flow.measurer),
          x: left,
          width: right - left,
          type: cell.header ? 'TH' : 'TD',
          options: cell.header ? { scope: headerRow ? 'Column' : 'Row' } : undefined,
        };
      }),
    );

  const first = placed[0]!;
  const hasHeader = placed.length > 1 && first.length > 0 && first.every((cell) => cell.cell.header);
  await drawTable(flow, {
    x,
    width,
    header: hasHeader ? layoutRow(first, true) : null,
    rows: (function* () {
      for (const row of hasHeader ? placed.slice(1) : placed) yield layoutRow(row, false);
    })(),
    beforeRow: () => flow.progress.pause(),
  });
}
