/**
 * Line breaking. Greedy, at spaces only (a word split across two marks, "re**port**", stays
 * whole); a word wider than the line is broken between characters rather than overflowing.
 * Widths come from the Measurer's cache, so breaking 30,000 table cells costs little.
 */
import type { Measurer } from './measure';
import type { Fragment, Inline, Line, Style } from './model';
import { styleFor } from './styles';
import { leading } from './theme';

interface Piece {
  text: string;
  style: Style;
  width: number;
  /** Measured as "text " (a space follows in the same style), so drawn with a space at a line's end. */
  spaced: boolean;
}

class LineBuilder {
  readonly lines: Line[] = [];
  private fragments: Fragment[] = [];
  private x = 0;
  private lastSpaced = true;

  constructor(
    private readonly size: number,
    private readonly maxWidth: number,
  ) {}

  get used(): number {
    return this.x;
  }

  get empty(): boolean {
    return this.fragments.length === 0;
  }

  get room(): number {
    return this.maxWidth - this.x;
  }

  add(piece: Piece): void {
    const last = this.fragments[this.fragments.length - 1];
    if (last && last.style === piece.style) {
      last.text += piece.text;
      last.width += piece.width;
    } else {
      this.fragments.push({ text: piece.text, x: this.x, width: piece.width, style: piece.style });
    }
    this.x += piece.width;
    this.lastSpaced = piece.spaced;
  }

  /**
   * A line's text ends with the space it was broken at (outside its measured width): copied text
   * and screen readers see it, and the last word is drawn as the same "word " piece it was
   * measured as, so pdfkit lays it out once, not twice. (A word measured without a space — the
   * end of a bold run — is drawn without one, for the same reason.)
   */
  finish(): void {
    const last = this.fragments[this.fragments.length - 1];
    if (last && this.lastSpaced) last.text += ' ';
    this.lines.push({ fragments: this.fragments, height: this.size * leading, size: this.size });
    this.fragments = [];
    this.x = 0;
  }
}

/** Splits a too-long word into pieces that each fit `room`, then whole lines. */
function splitWide(word: Piece[], builder: LineBuilder, measurer: Measurer): void {
  for (const piece of word) {
    let text = '';
    let width = 0;
    for (const char of piece.text) {
      const charWidth = measurer.width(piece.style.face, char, piece.style.size);
      if (text !== '' && width + charWidth > builder.room) {
        builder.add({ text, style: piece.style, width, spaced: false });
        builder.finish();
        text = '';
        width = 0;
      } else if (text === '' && charWidth > builder.room && !builder.empty) {
        builder.finish();
      }
      text += char;
      width += charWidth;
    }
    if (text !== '') builder.add({ text, style: piece.style, width, spaced: false });
  }
}

export interface WrapOptions {
  size: number;
  width: number;
  /** Headings draw every run bold. */
  bold?: boolean;
}

/** Lays rich inline content out in lines. An empty paragraph gives no lines. */
export function wrapInlines(inlines: readonly Inline[], options: WrapOptions, measurer: Measurer): Line[] {
  const builder = new LineBuilder(options.size, options.width);
  let word: Piece[] = [];
  let wordWidth = 0;
  let space: Style | null = null;

  const placeWord = () => {
    if (word.length === 0) return;
    let spaceWidth = space && !builder.empty ? measurer.width(space.face, ' ', space.size) : 0;
    if (!builder.empty && builder.used + spaceWidth + wordWidth > options.width) {
      builder.finish();
      spaceWidth = 0;
    }
    if (spaceWidth > 0) builder.add({ text: ' ', style: space!, width: spaceWidth, spaced: true });
    if (wordWidth > builder.room) splitWide(word, builder, measurer);
    else for (const piece of word) builder.add(piece);
    word = [];
    wordWidth = 0;
    space = null;
  };

  for (const inline of inlines) {
    if (inline.kind === 'break') {
      placeWord();
      builder.finish();
      space = null;
      continue;
    }
    const style = styleFor(inline.marks, options.size, options.bold);
    const parts = inline.text.split(/( +)/);
    for (const [index, part] of parts.entries()) {
      if (part === '') continue;
      if (part.charCodeAt(0) === 32) {
        placeWord();
        space = style;
      } else {
        // Measured the way it will be drawn: with its space when one follows in this run.
        const spaced = index + 1 < parts.length;
        const width = spaced ? measurer.wordWidth(style.face, part, style.size) : measurer.width(style.face, part, style.size);
        word.push({ text: part, style, width, spaced });
        wordWidth += width;
      }
    }
  }
  placeWord();
  // A trailing hard break ends the last line; like the editor, it adds no empty line of its own.
  if (!builder.empty) builder.finish();
  return builder.lines;
}

/**
 * The appendix fast path: one style, plain text, "\n" breaks a line. Same result as wrapInlines
 * for plain text, without building pieces for every word.
 */
export function wrapPlain(text: string, style: Style, width: number, measurer: Measurer): Line[] {
  const builder = new LineBuilder(style.size, width);
  const spaceWidth = measurer.width(style.face, ' ', style.size);
  const paragraphs = text.split('\n');
  for (const paragraph of paragraphs) {
    for (const word of paragraph.split(' ')) {
      if (word === '') continue;
      const wordWidth = measurer.wordWidth(style.face, word, style.size);
      const gap = builder.empty ? 0 : spaceWidth;
      if (!builder.empty && builder.used + gap + wordWidth > width) builder.finish();
      else if (gap > 0) builder.add({ text: ' ', style, width: gap, spaced: true });
      if (wordWidth > builder.room) splitWide([{ text: word, style, width: wordWidth, spaced: true }], builder, measurer);
      else builder.add({ text: word, style, width: wordWidth, spaced: true });
    }
    builder.finish();
  }
  // A cell that is only blank lines still needs no height beyond one line.
  while (builder.lines.length > 1 && builder.lines[builder.lines.length - 1]!.fragments.length === 0) builder.lines.pop();
  return builder.lines;
}
