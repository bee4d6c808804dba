/**
 * Widths of words, measured once per distinct word and face and cached. pdfkit's own wrapping
 * (and `doc.table()`) asks fontkit to lay text out again for every cell, which made a 5,000-row
 * table with an embedded font take about a minute; a chronology repeats a few thousand words, so
 * a cache makes measuring nearly free.
 */
import { faces, type Face, type FontState } from './fonts';

export class Measurer {
  private readonly caches = new Map<Face, Map<string, number>>(faces.map((face) => [face, new Map()]));
  private readonly words = new Map<Face, Map<string, number>>(faces.map((face) => [face, new Map()]));

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly fonts: FontState,
  ) {}

  /** Advance width of `text` at size 1 (in ems). */
  em(face: Face, text: string): number {
    const cache = this.caches.get(face)!;
    let width = cache.get(text);
    if (width === undefined) {
      // pdfkit measures with its current font; FontState keeps drawing and measuring from
      // leaving each other the wrong face.
      this.fonts.use(face, 1);
      width = this.doc.widthOfString(text);
      cache.set(text, width);
    }
    return width;
  }

  /** Width in points at `size`. */
  width(face: Face, text: string, size: number): number {
    return this.em(face, text) * size;
  }

  /**
   * Width of a word without spaces, in points. Measured as "word " because that is the piece
   * pdfkit lays out and caches when it draws a line (it splits text after each space), so the
   * one fontkit layout per distinct word serves both measuring and drawing.
   */
  wordWidth(face: Face, word: string, size: number): number {
    const cache = this.words.get(face)!;
    let width = cache.get(word);
    if (width === undefined) {
      width = this.em(face, `${word} `) - this.em(face, ' ');
      cache.set(word, width);
    }
    return width * size;
  }
}
