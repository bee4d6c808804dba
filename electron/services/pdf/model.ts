/**
 * The engine's own model of a document, made once from the ProseMirror JSON (prepare.ts) and laid
 * out twice (layout.ts): text is already transformed, references already resolved and footnotes
 * numbered, so both passes see exactly the same words.
 */
import type { Face } from './fonts';

/** Formatting of a run, independent of its type size (a bold run is bold in a heading or a cell). */
export interface Marks {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strike: boolean;
  code: boolean;
  /** Present for links; only http(s) and mailto targets also get a clickable annotation. */
  href: string | null;
  /** A footnote number, drawn smaller and raised. */
  superscript: boolean;
}

export type Inline = { kind: 'text'; text: string; marks: Marks } | { kind: 'break' };

export interface TableCellModel {
  header: boolean;
  colspan: number;
  rowspan: number;
  /** Widths in editor pixels, used as relative column weights when every first-row cell has them. */
  colwidth: number[] | null;
  blocks: Block[];
}

export type Block =
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'heading'; level: number; inlines: Inline[]; anchor: string; title: string }
  | { kind: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { kind: 'quote'; blocks: Block[] }
  | { kind: 'rule' }
  | { kind: 'table'; rows: TableCellModel[][] };

/** A contents entry: a heading of level 1–2, the notes, an appendix or the sign-off. */
export interface ContentsEntry {
  anchor: string;
  level: number;
  title: string;
}

export interface PreparedDoc {
  blocks: Block[];
  /** Footnote texts; note n is notes[n - 1]. */
  notes: Inline[][];
  /** Headings of every level, in document order, for the outline. */
  headings: ContentsEntry[];
}

/** How a run is drawn: resolved face, size and colour. Interned, so equal styles are the same object. */
export interface Style {
  face: Face;
  size: number;
  colour: string;
  underline: boolean;
  strike: boolean;
  code: boolean;
  href: string | null;
  /** How far above the baseline the run sits, in points (footnote numbers). */
  rise: number;
}

/** Text on one line that shares a style, at `x` from the line's start. */
export interface Fragment {
  text: string;
  x: number;
  width: number;
  style: Style;
}

export interface Line {
  fragments: Fragment[];
  /** Height of the line box (the block's size × leading). */
  height: number;
  /** The block's type size, which places the baseline. */
  size: number;
}

export const plainMarks: Marks = Object.freeze({
  bold: false,
  italic: false,
  underline: false,
  strike: false,
  code: false,
  href: null,
  superscript: false,
});
