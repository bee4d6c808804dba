/**
 * Writes a line of text straight into the page's content stream.
 *
 * `doc.text()` is built for flowing text: for every call it copies its options, lays the string
 * out three times (to encode it, to measure it for alignment, to advance the cursor) and writes
 * about ten separate operators, each converted to its own byte array. A 5,000-row table makes
 * some 60,000 calls, and that overhead, not the drawing, was most of the export. Layout has
 * already placed every line, so this writes one `q … BT … TJ ET Q` string per line, with the
 * glyphs and kerning from the font's own `encode()` — the same bytes `doc.text()` would write.
 *
 * It relies on pdfkit 0.20's font internals (`doc._font` with `id`, `ref()` and `encode()`);
 * `supportsDirectText` checks they are there, and the surface falls back to `doc.text()` if not.
 */

interface Position {
  xAdvance: number;
  advanceWidth: number;
  xOffset: number;
  yOffset: number;
}

interface FontInternals {
  id: string;
  ref(): unknown;
  encode(text: string): [string[], Position[]];
}

interface DocInternals {
  _font?: Partial<FontInternals>;
  page?: { fonts?: Record<string, unknown>; height: number };
}

function fontOf(doc: PDFKit.PDFDocument): FontInternals | null {
  const font = (doc as unknown as DocInternals)._font;
  if (!font || typeof font.id !== 'string' || typeof font.ref !== 'function' || typeof font.encode !== 'function') return null;
  return font as FontInternals;
}

export function supportsDirectText(doc: PDFKit.PDFDocument): boolean {
  return fontOf(doc) !== null && typeof (doc as unknown as DocInternals).page?.fonts === 'object';
}

/** PDF numbers: no exponents, three decimals are far below a printer's resolution. */
function n(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

/** Draws `text` in the current font at `size`, its baseline at `baseline` (from the top of the page). */
export function directText(doc: PDFKit.PDFDocument, text: string, x: number, baseline: number, size: number): void {
  const font = fontOf(doc)!;
  const page = (doc as unknown as Required<DocInternals>).page as { fonts: Record<string, unknown>; height: number };
  if (page.fonts[font.id] == null) page.fonts[font.id] = font.ref();
  const [encoded, positions] = font.encode(text);
  const scale = size / 1000;
  // Text space has y upwards; pdfkit's page space has it downwards, hence the flip and H - y.
  const y = page.height - baseline;
  let out = `q 1 0 0 -1 0 ${n(page.height)} cm BT 1 0 0 1 ${n(x)} ${n(y)} Tm /${font.id} ${n(size)} Tf\n[`;
  // Glyphs go out in runs; a kerning adjustment ends a run (as a TJ number), and a mark placed by
  // GPOS (an accent) gets its own text matrix, as in pdfkit's own text drawing.
  let run = '';
  let penX = x;
  let offset = false;
  for (let i = 0; i < positions.length; i++) {
    const position = positions[i]!;
    const adjustment = position.xAdvance - position.advanceWidth;
    if (position.xOffset || position.yOffset) {
      out += `${run ? `<${run}>` : ''}] TJ\n1 0 0 1 ${n(penX + position.xOffset * scale)} ${n(y + position.yOffset * scale)} Tm\n[<${encoded[i]}> ${n(-adjustment)}] TJ\n[`;
      run = '';
      offset = true;
    } else {
      if (offset) {
        out += `${run ? `<${run}>` : ''}] TJ\n1 0 0 1 ${n(penX)} ${n(y)} Tm\n[`;
        run = '';
        offset = false;
      }
      run += encoded[i];
      if (adjustment !== 0) {
        out += `<${run}> ${n(-adjustment)} `;
        run = '';
      }
    }
    penX += position.xAdvance * scale;
  }
  out += `${run ? `<${run}>` : ''}] TJ\nET Q`;
  doc.addContent(out);
}
