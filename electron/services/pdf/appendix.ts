/**
 * A big table after the content (the chronology). Its cells are plain text, so each is wrapped
 * with the one-style fast path and drawn as one call per line; rows are made one at a time as
 * the table is drawn.
 */
import { block } from './blocks';
import type { Flow } from './flow';
import { plainMarks } from './model';
import { stripControls } from './prepare';
import { styleFor } from './styles';
import { formatCharacters, shortenText, withNote } from './shorten';
import { drawTable, rowLayout, type CellLayout } from './table';
import { sizes, spacing } from './theme';
import type { PdfTable } from './types';
import { wrapPlain } from './wrap';

/** "\n" stays a line break inside the cell; tabs become spaces; other control characters go. */
function cleanCell(text: string): string {
  return stripControls(text.replace(/\r\n?/g, '\n').replace(/[\t\v\f]/g, ' '));
}

function defaultNote(characters: number): string {
  return `[Shortened here: this cell is ${formatCharacters(characters)} characters long.]`;
}

export async function appendix(flow: Flow, table: PdfTable, anchor: string): Promise<void> {
  if (table.newPage !== false) flow.newPage();
  // The columns share the page's text width, so a landscape page gives every column more room.
  const { margins, contentWidth } = flow.geometry;
  await block(flow, { kind: 'heading', level: 1, inlines: [{ kind: 'text', text: table.title, marks: plainMarks }], anchor, title: table.title }, { x: margins.left, width: contentWidth, gap: spacing.paragraph, depth: 0 });
  const weights = table.columns.map((column) => (Number.isFinite(column.width) && column.width > 0 ? column.width : 1));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const edges: number[] = [margins.left];
  for (const weight of weights) edges.push(edges[edges.length - 1]! + (weight / total) * contentWidth);
  const inner = 2 * spacing.cellPadding;
  const regular = styleFor(plainMarks, sizes.appendix);
  const bold = styleFor(plainMarks, sizes.appendix, true);

  const note = table.shortenedNote ?? defaultNote;

  const cell = (value: string, index: number, header: boolean): CellLayout => {
    const width = edges[index + 1]! - edges[index]!;
    const textWidth = Math.max(1, width - inner);
    // Cut before cleaning and wrapping, so a huge cell costs no more than a long one.
    const shortened = shortenText(value);
    const lines = wrapPlain(cleanCell(shortened ?? value), header ? bold : regular, textWidth, flow.measurer);
    return {
      lines: withNote(lines, shortened !== null, () => cleanCell(note(value.length)), sizes.appendix, textWidth, flow.measurer),
      x: edges[index]!,
      width,
      type: header ? 'TH' : 'TD',
      options: header ? { scope: 'Column' } : undefined,
    };
  };

  await drawTable(flow, {
    x: margins.left,
    width: contentWidth,
    header: rowLayout(table.columns.map((column, index) => cell(column.header, index, true))),
    rows: (function* () {
      for (const row of table.rows) yield rowLayout(table.columns.map((_, index) => cell(row[index] ?? '', index, false)));
    })(),
    beforeRow: () => flow.progress.tick(),
  });
}
