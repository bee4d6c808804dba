/**
 * Draws a table whose cells are already broken into lines: the document's tables and the big
 * appendices share it. Rows never split across pages unless one row is taller than a page; the
 * header row is repeated at the top of every page (as page furniture: a screen reader hears it
 * once); the grid is drawn per page as one path.
 */
import type { Decoration, Flow } from './flow';
import type { Line } from './model';
import type { StructOptions } from './surface';
import { colours, spacing } from './theme';

export interface CellLayout {
  lines: Line[];
  /** Left edge and width of the cell's box. */
  x: number;
  width: number;
  type: 'TH' | 'TD';
  options?: StructOptions;
}

export interface RowLayout {
  cells: CellLayout[];
  height: number;
}

export interface TableSpec {
  x: number;
  width: number;
  /** Drawn first and, unless it is tall, again at the top of every further page. */
  header: RowLayout | null;
  /** Made lazily, one at a time, so a 5,000-row table never holds all its lines at once. */
  rows: Iterable<RowLayout>;
  /** Called before each row: progress and cancellation. */
  beforeRow: () => Promise<void>;
}

const pad = spacing.cellPadding;

export function rowLayout(cells: CellLayout[]): RowLayout {
  let height = 0;
  for (const cell of cells) {
    let cellHeight = 0;
    for (const line of cell.lines) cellHeight += line.height;
    height = Math.max(height, cellHeight);
  }
  return { cells, height: height + 2 * pad };
}

/** Cells arrive left to right, so edges only need de-duplicating against the last one. */
function addEdge(edges: number[], x: number): void {
  if (Math.abs(x - edges[edges.length - 1]!) > 0.01) edges.push(x);
}

/** The grid of the rows drawn on the current page, stroked when the page (or the table) ends. */
class Grid implements Decoration {
  top = 0;
  private segments: number[] = [];
  private lastEdges = '';
  private verticalsFrom = 0;
  private verticalsTo = 0;
  private edges: number[] = [];

  constructor(
    private readonly flow: Flow,
    private readonly left: number,
    private readonly right: number,
  ) {}

  addRow(top: number, bottom: number, cells: readonly CellLayout[]): void {
    if (!this.flow.surface.drawing) return;
    // The table's outer edges always, so a row under a cell spanning rows keeps its frame.
    const edges = [this.left];
    for (const cell of cells) {
      addEdge(edges, cell.x);
      addEdge(edges, cell.x + cell.width);
    }
    addEdge(edges, this.right);
    const key = edges.join(',');
    // Runs of rows with the same columns share one set of vertical lines.
    if (key !== this.lastEdges || Math.abs(top - this.verticalsTo) > 0.01) {
      this.flushVerticals();
      this.edges = edges;
      this.lastEdges = key;
      this.verticalsFrom = top;
      this.segments.push(edges[0]!, top, edges[edges.length - 1]!, top);
    }
    this.verticalsTo = bottom;
    this.segments.push(edges[0]!, bottom, edges[edges.length - 1]!, bottom);
  }

  private flushVerticals(): void {
    for (const x of this.edges) this.segments.push(x, this.verticalsFrom, x, this.verticalsTo);
    this.edges = [];
    this.lastEdges = '';
  }

  draw(): void {
    this.flushVerticals();
    if (this.segments.length > 0) this.flow.surface.lines(this.segments, 0.5, colours.grid);
    this.segments = [];
  }
}

function paintCells(flow: Flow, row: RowLayout, top: number, tags: readonly number[] | null): void {
  row.cells.forEach((cell, index) => {
    let y = top + pad;
    for (const line of cell.lines) {
      flow.paintLine(line, cell.x + pad, y, tags ? tags[index]! : -1);
      y += line.height;
    }
  });
}

function fillHeader(flow: Flow, row: RowLayout, top: number, height: number): void {
  flow.artifact(() => {
    for (const cell of row.cells) if (cell.type === 'TH') flow.surface.fillRect(cell.x, top, cell.width, height, colours.headerFill);
  });
}

function drawRow(flow: Flow, grid: Grid, row: RowLayout, repeat: boolean): void {
  const top = flow.y;
  if (row.cells.some((cell) => cell.type === 'TH')) fillHeader(flow, row, top, row.height);
  if (repeat) {
    flow.artifact(() => paintCells(flow, row, top, null));
  } else {
    const tr = flow.open('TR');
    for (const cell of row.cells) {
      const tag = flow.open(cell.type, cell.options);
      let y = top + pad;
      for (const line of cell.lines) {
        flow.paintLine(line, cell.x + pad, y, tag);
        y += line.height;
      }
      flow.close(tag);
    }
    flow.close(tr);
  }
  flow.y = top + row.height;
  grid.addRow(top, flow.y, row.cells);
}

/** A row taller than a page: its cells continue line by line on the next pages. */
function drawTallRow(flow: Flow, grid: Grid, row: RowLayout, header: RowLayout | null): void {
  const tr = flow.open('TR');
  const tags = row.cells.map((cell) => flow.child(cell.type, tr, cell.options));
  const next = row.cells.map(() => 0);
  for (;;) {
    const top = flow.y;
    const room = flow.bottom - top - 2 * pad;
    let used = 0;
    const slice = row.cells.map((cell, index) => {
      const lines: Line[] = [];
      let height = 0;
      while (next[index]! < cell.lines.length) {
        const line = cell.lines[next[index]!]!;
        if (height + line.height > room && lines.length > 0) break;
        lines.push(line);
        height += line.height;
        next[index]! += 1;
      }
      used = Math.max(used, height);
      return { ...cell, lines };
    });
    const part = { cells: slice, height: used + 2 * pad };
    if (slice.some((cell) => cell.type === 'TH')) fillHeader(flow, part, top, part.height);
    paintCells(flow, part, top, tags);
    flow.y = top + part.height;
    grid.addRow(top, flow.y, row.cells);
    if (row.cells.every((cell, index) => next[index]! >= cell.lines.length)) break;
    flow.newPage();
    if (header) drawRow(flow, grid, header, true);
  }
  for (const tag of tags) flow.end(tag);
  flow.close(tr);
}

function firstLineHeight(row: RowLayout): number {
  return Math.max(0, ...row.cells.map((cell) => cell.lines[0]?.height ?? 0));
}

export async function drawTable(flow: Flow, spec: TableSpec): Promise<void> {
  const table = flow.open('Table');
  const grid = new Grid(flow, spec.x, spec.x + spec.width);
  // A header row taller than a third of a page (a document table whose first row is long text)
  // is drawn once, split like any tall row, and not repeated: repeated, it would leave each page
  // little or no room for the rows it heads, and a table could run to a page per line.
  const header = spec.header && spec.header.height <= (flow.bottom - flow.top) / 3 ? spec.header : null;
  const headerHeight = header?.height ?? 0;
  // The header and at least one row start together.
  flow.ensure(headerHeight + 2 * pad + 14);
  flow.pushDecoration(grid);
  if (header) drawRow(flow, grid, header, false);
  else if (spec.header) drawTallRow(flow, grid, spec.header, null);
  for (const row of spec.rows) {
    await spec.beforeRow();
    if (!flow.fits(row.height)) {
      const pageRoom = flow.bottom - flow.top - headerHeight;
      // A row that fits on a fresh page moves there whole; a taller one starts here unless
      // hardly any of it would.
      if (row.height <= pageRoom || flow.bottom - flow.y < 2 * pad + 3 * firstLineHeight(row)) {
        flow.newPage();
        if (header) drawRow(flow, grid, header, true);
      }
    }
    if (flow.fits(row.height)) drawRow(flow, grid, row, false);
    else drawTallRow(flow, grid, row, header);
  }
  flow.popDecoration(grid);
  flow.close(table);
}
