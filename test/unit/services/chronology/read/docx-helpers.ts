/**
 * Word documents built in the tests with the docx package, the way Word writes them: tables of
 * rows and cells, merged cells, header rows repeated on each page. Every name is invented.
 */
import { Document, Packer, Paragraph, Tab, Table, TableCell, TableRow, TextRun, VerticalMergeType } from 'docx';

/** A cell: its text (an array is one paragraph an item), or that with a merge. */
export type CellSpec = string | null | string[] | { text?: string | string[]; span?: number; merge?: 'restart' | 'continue'; nested?: Table; runs?: TextRun[] };

function paragraphs(text: string | string[] | null | undefined): Paragraph[] {
  if (text === null || text === undefined) return [new Paragraph('')];
  return (Array.isArray(text) ? text : [text]).map((line) => new Paragraph(line));
}

export function cell(spec: CellSpec): TableCell {
  if (spec === null || typeof spec === 'string' || Array.isArray(spec)) return new TableCell({ children: paragraphs(spec) });
  const children: Array<Paragraph | Table> = spec.runs ? [new Paragraph({ children: spec.runs })] : paragraphs(spec.text);
  if (spec.nested) children.push(spec.nested, new Paragraph(''));
  return new TableCell({
    children,
    ...(spec.span ? { columnSpan: spec.span } : {}),
    ...(spec.merge ? { verticalMerge: spec.merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
  });
}

/** `deleted`: the row deleted with track changes on (w:del in its row properties). */
export function row(cells: CellSpec[], options: { header?: boolean; cantSplit?: boolean; deleted?: boolean } = {}): TableRow {
  return new TableRow({
    children: cells.map(cell),
    ...(options.header ? { tableHeader: true } : {}),
    ...(options.deleted ? { deletion: { id: 1, author: 'Reviewer', date: '2026-01-05T09:00:00Z' } } : {}),
    ...(options.cantSplit === undefined ? {} : { cantSplit: options.cantSplit }),
  });
}

export function table(...rows: TableRow[]): Table {
  return new Table({ rows });
}

/** A run with a line break (w:br) and a tab (w:tab) in it: "first" / "second part". */
export function brokenRuns(first: string, second: string, third: string): TextRun[] {
  return [new TextRun(first), new TextRun({ text: second, break: 1 }), new TextRun({ children: [new Tab(), third] })];
}

export async function docxBytes(...children: Array<Table | Paragraph | string>): Promise<Uint8Array> {
  const document = new Document({ sections: [{ children: children.map((child) => (typeof child === 'string' ? new Paragraph(child) : child)) }] });
  return new Uint8Array(await Packer.toBuffer(document));
}
