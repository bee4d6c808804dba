/**
 * Shaping without fontkit for plain ASCII words.
 *
 * pdfkit has fontkit shape every distinct word through Noto Sans's GSUB and GPOS lookups, about
 * 5–6 µs a glyph, and a chronology is full of words that occur once: every date, time, reference
 * and name. For ASCII text Noto Sans does only two things: pair kerning and a few ligatures (ff,
 * fi, fl, ffi, ffl). Its contextual rules all need a dotless i or a combining mark, which ASCII
 * text never produces. So a word can be shaped from the character map plus the kerning of each
 * neighbouring pair — and that is checked, not assumed: the first time two characters meet,
 * fontkit shapes the pair, and the pair is used only if it came back as the same two glyphs with
 * at most a kerning adjustment on the first. A word with any other pair (a ligature, a character
 * outside ASCII, a replaced font that behaves differently) goes to fontkit as before.
 *
 * It replaces `layoutRun` on pdfkit 0.20's font object for one document, so measuring and
 * drawing both see it; `installShortcut` leaves anything that does not look like that object alone.
 */

interface Glyph {
  id: number;
  advanceWidth: number;
}

interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth?: number;
}

interface Run {
  glyphs: Glyph[];
  positions: Position[];
  advanceWidth: number;
}

interface FontkitFont {
  layout(text: string): { glyphs: Glyph[]; positions: Position[] };
  glyphForCodePoint(codePoint: number): Glyph;
}

interface EmbeddedFont {
  font: FontkitFont;
  scale: number;
  layoutRun(text: string, features?: unknown): Run;
}

/** Printable ASCII: no combining marks, nothing the font's contextual rules look at. */
function ascii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) return false;
  }
  return true;
}

/** Per fontkit font and pair of characters ("AV"): the kerning after the first, or null if the pair needs fontkit. */
const verdicts = new WeakMap<FontkitFont, Map<string, number | null>>();

function pairKerning(font: FontkitFont, pair: string): number | null {
  let known = verdicts.get(font);
  if (!known) verdicts.set(font, (known = new Map()));
  let kerning = known.get(pair);
  if (kerning === undefined) {
    const run = font.layout(pair);
    const first = font.glyphForCodePoint(pair.charCodeAt(0));
    const second = font.glyphForCodePoint(pair.charCodeAt(1));
    const [a, b] = run.positions;
    const same = run.glyphs.length === 2 && first.id !== 0 && second.id !== 0 && run.glyphs[0]!.id === first.id && run.glyphs[1]!.id === second.id;
    const onlyKerned = same && !a!.xOffset && !a!.yOffset && !a!.yAdvance && !b!.xOffset && !b!.yOffset && !b!.yAdvance && b!.xAdvance === second.advanceWidth;
    kerning = onlyKerned ? a!.xAdvance - first.advanceWidth : null;
    known.set(pair, kerning);
  }
  return kerning;
}

/** The run fontkit would give (scaled as pdfkit scales it), or null when the word needs fontkit. */
function plainRun(embedded: EmbeddedFont, text: string): Run | null {
  if (text.length === 0 || text.length > 64 || !ascii(text)) return null;
  const font = embedded.font;
  // A lone character is checked against itself: its own glyph, nothing substituted.
  if (text.length === 1 && pairKerning(font, text + text) === null) return null;
  const kerning: number[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    const value = pairKerning(font, text.slice(i, i + 2));
    if (value === null) return null;
    kerning.push(value);
  }
  const glyphs: Glyph[] = [];
  const positions: Position[] = [];
  let advanceWidth = 0;
  for (let i = 0; i < text.length; i++) {
    const glyph = font.glyphForCodePoint(text.charCodeAt(i));
    const width = glyph.advanceWidth * embedded.scale;
    const advance = (glyph.advanceWidth + (kerning[i] ?? 0)) * embedded.scale;
    glyphs.push(glyph);
    positions.push({ xAdvance: advance, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: width });
    advanceWidth += advance;
  }
  return { glyphs, positions, advanceWidth };
}

function isEmbeddedFont(value: unknown): value is EmbeddedFont {
  const candidate = value as Partial<EmbeddedFont> | null;
  return (
    typeof candidate?.layoutRun === 'function' &&
    typeof candidate.scale === 'number' &&
    typeof candidate.font?.layout === 'function' &&
    typeof candidate.font.glyphForCodePoint === 'function'
  );
}

/** Gives one document's font object the shortcut (standard fonts have nothing to shape). */
export function installShortcut(font: unknown): void {
  if (!isEmbeddedFont(font)) return;
  const shape = font.layoutRun;
  font.layoutRun = function layoutRun(this: EmbeddedFont, text: string, features?: unknown): Run {
    return (features === undefined ? plainRun(this, text) : null) ?? shape.call(this, text, features);
  };
}
