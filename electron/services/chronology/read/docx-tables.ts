/**
 * A Word document's body (word/document.xml) → its tables as rows of cells, read as the XML
 * streams past (saxes), so a document is never held as one string or one tree.
 *
 * A cell is what Word shows in it: its paragraphs one a line, a line break (w:br, w:cr) a line
 * too, a tab a space; deleted text (tracked changes), field codes and the fallback copy of a
 * drawing are not text. A cell spanning columns (w:gridSpan) gives its text to the first column
 * and null to those it covers; a cell continuing a vertical merge (w:vMerge) takes the text of
 * the cell that starts it, so a date spanning several rows dates each of them.
 *
 * A table nested in a cell is part of that cell: its paragraphs become lines of the cell's text,
 * in reading order. It is never a table of its own (a layout inside one cell, not a chronology),
 * and nothing in it is lost.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { AppError } from '../../../../shared/errors';
import { overLimit, type ImportLimits } from '../../../../shared/chronology/limits';
import { newCell, placeCell, type CellState, type DocxRow, type RowState, type TableState } from './docx-cells';

export type { DocxRow };

export interface DocxTable {
  /** Its place among the document's tables (nested ones not counted), from 1. */
  number: number;
  rows: DocxRow[];
}

/** The WordprocessingML namespaces: transitional (what Word writes) and strict. */
const wordNamespaces = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);
const compatibility = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

const isOn = (value: string | undefined) => value === undefined || !['0', 'false', 'off'].includes(value);

/** Reads the tables of the document's XML; refuses a table over the import's row, column or cell limits. */
export async function readDocxTables(xml: AsyncIterable<Uint8Array | string>, fileName: string, limits: ImportLimits): Promise<DocxTable[]> {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const tables: DocxTable[] = [];
  let depth = 0; // of w:tbl
  let table: TableState | null = null;
  let row: RowState | null = null;
  let cell: CellState | null = null;
  let inRun = 0;
  let inText = false;
  let fallback = 0;
  let rowsRead = 0;

  const val = (tag: SaxesTagNS): string | undefined => {
    for (const attribute of Object.values(tag.attributes)) if (attribute.local === 'val' && wordNamespaces.has(attribute.uri)) return attribute.value;
    return undefined;
  };
  // A cell over the limit keeps no more text, only its count, so the refusal can say how long it is.
  const addText = (text: string) => {
    if (!cell) return;
    cell.characters += text.length;
    if (cell.characters <= limits.cellCharacters) cell.paragraph += text;
  };

  parser.on('opentag', (tag) => {
    if (fallback > 0 || (tag.uri === compatibility && tag.local === 'Fallback')) {
      if (tag.uri === compatibility && tag.local === 'Fallback') fallback++;
      return;
    }
    if (!wordNamespaces.has(tag.uri)) return;
    const top = depth === 1;
    switch (tag.local) {
      case 'tbl':
        depth++;
        if (depth === 1) table = { rows: [], merged: new Map() };
        break;
      case 'tr':
        if (!top) break;
        if (++rowsRead > limits.rows) throw new AppError('validation', overLimit.rows(fileName, limits.rows, limits, true));
        row = { cells: [], repeatedHeader: false, deleted: false, gridBefore: 0 };
        break;
      case 'tblHeader':
        if (top && row && !cell) row.repeatedHeader = isOn(val(tag));
        break;
      case 'del':
        // A row deleted with track changes on (in its row properties, before its first cell).
        if (top && row && !cell) row.deleted = true;
        break;
      case 'gridBefore':
        if (top && row && !cell) row.gridBefore = Math.max(0, Math.min(limits.columns + 1, Number(val(tag)) || 0));
        break;
      case 'tc':
        if (top) cell = newCell();
        break;
      case 'gridSpan':
        if (top && cell) cell.span = Math.max(1, Math.min(limits.columns + 1, Number(val(tag)) || 1));
        break;
      case 'vMerge':
        if (top && cell) cell.vMerge = val(tag) === 'restart' ? 'restart' : 'continue';
        break;
      case 'hMerge':
        if (top && cell) cell.covered = val(tag) !== 'restart';
        break;
      case 'r':
        inRun++;
        break;
      case 't':
        inText = inRun > 0;
        break;
      case 'br':
      case 'cr':
        if (inRun > 0) addText('\n');
        break;
      case 'tab':
      case 'ptab':
        // Outside a run, w:tab is a tab stop of the paragraph's style, not a character.
        if (inRun > 0) addText(' ');
        break;
      case 'noBreakHyphen':
        if (inRun > 0) addText('-');
        break;
    }
  });

  parser.on('text', (text) => {
    if (inText && fallback === 0) addText(text);
  });

  parser.on('closetag', (tag) => {
    if (fallback > 0) {
      if (tag.uri === compatibility && tag.local === 'Fallback') fallback--;
      return;
    }
    if (!wordNamespaces.has(tag.uri)) return;
    switch (tag.local) {
      case 'tbl':
        if (depth === 1 && table) tables.push({ number: tables.length + 1, rows: table.rows });
        depth = Math.max(0, depth - 1);
        if (depth === 0) table = null;
        break;
      case 'tr':
        if (depth === 1 && row && table) {
          if (!row.deleted) table.rows.push({ cells: row.cells, repeatedHeader: row.repeatedHeader });
          row = null;
        }
        break;
      case 'tc':
        if (depth === 1 && cell && row && table) {
          if (cell.characters > limits.cellCharacters) {
            throw new AppError('validation', overLimit.cellCharacters(`Table ${tables.length + 1} of ${fileName}`, table.rows.length + 1, cell.characters, limits));
          }
          placeCell(cell, row, table);
          if (row.cells.length > limits.columns) throw new AppError('validation', overLimit.columns(fileName, row.cells.length, limits));
          cell = null;
        }
        break;
      case 'p':
        if (cell) {
          cell.paragraphs.push(cell.paragraph);
          cell.paragraph = '';
        }
        break;
      case 'r':
        inRun = Math.max(0, inRun - 1);
        break;
      case 't':
        inText = false;
        break;
    }
  });

  const decoder = new TextDecoder('utf-8', { fatal: true });
  for await (const chunk of xml) parser.write(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
  parser.write(decoder.decode());
  parser.close();
  return tables;
}
