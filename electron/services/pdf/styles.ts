/**
 * Resolves marks at a given type size into drawing styles. Styles are interned so a line can
 * merge neighbouring words of the same style into one fragment by comparing objects.
 */
import { faceFor } from './fonts';
import type { Marks, Style } from './model';
import { colours } from './theme';

/** Footnote numbers: this much of the size, raised by `superscriptRise` × the size. */
const superscriptScale = 0.65;
const superscriptRise = 0.36;

const interned = new Map<string, Style>();

export function styleFor(marks: Marks, size: number, bold = false): Style {
  const isBold = bold || marks.bold;
  const key = `${isBold ? 1 : 0}${marks.italic ? 1 : 0}${marks.underline || marks.href !== null ? 1 : 0}${marks.strike ? 1 : 0}${marks.code ? 1 : 0}${marks.superscript ? 1 : 0}|${size}|${marks.href ?? ''}`;
  let style = interned.get(key);
  if (!style) {
    style = Object.freeze({
      face: faceFor(isBold, marks.italic),
      size: marks.superscript ? size * superscriptScale : size,
      colour: marks.href !== null ? colours.link : marks.code ? colours.code : colours.text,
      underline: marks.underline || marks.href !== null,
      strike: marks.strike,
      code: marks.code,
      href: marks.href,
      rise: marks.superscript ? size * superscriptRise : 0,
    });
    // Bounded in practice (marks × a handful of sizes × links); cleared if a document has
    // thousands of distinct links, so memory never grows without limit.
    if (interned.size > 5_000) interned.clear();
    interned.set(key, style);
  }
  return style;
}
