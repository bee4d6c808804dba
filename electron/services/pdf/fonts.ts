/**
 * The four faces the engine draws with. The product embeds Noto Sans (SIL OFL 1.1) and never
 * touches pdfkit's 14 standard fonts, which would need no embedding but cover only Latin-1 and
 * leave the look to the reader's viewer. The benchmark alone may ask for Helvetica, to compare.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { installShortcut } from './shortcut';

export type Face = 'regular' | 'bold' | 'italic' | 'boldItalic';
export const faces: readonly Face[] = ['regular', 'bold', 'italic', 'boldItalic'];

/** 'standard' (Helvetica) exists for the benchmark's comparison only. */
export type FontChoice = 'embedded' | 'standard';

const fileNames: Record<Face, string> = {
  regular: 'NotoSans-Regular.ttf',
  bold: 'NotoSans-Bold.ttf',
  italic: 'NotoSans-Italic.ttf',
  boldItalic: 'NotoSans-BoldItalic.ttf',
};

const standardNames: Record<Face, string> = {
  regular: 'Helvetica',
  bold: 'Helvetica-Bold',
  italic: 'Helvetica-Oblique',
  boldItalic: 'Helvetica-BoldOblique',
};

/** Where each face comes from: a TTF path, or a standard font name for the benchmark. */
export function fontSources(fontsDir: string, choice: FontChoice): Record<Face, string> {
  if (choice === 'standard') return { ...standardNames };
  const sources = {} as Record<Face, string>;
  for (const face of faces) {
    const file = path.join(fontsDir, fileNames[face]);
    if (!existsSync(file)) {
      throw new AppError('unavailable', 'The fonts the PDF export needs are missing from this installation. Reinstall the app, then export again.');
    }
    sources[face] = file;
  }
  return sources;
}

export function faceFor(bold: boolean, italic: boolean): Face {
  return bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';
}

/**
 * Parsed fonts, kept for the life of the process. fontkit decodes a font's tables (cmap, GSUB,
 * GPOS, glyf) lazily on first use, which cost 300–500 ms per export when every export parsed the
 * four files afresh; handing pdfkit the already-parsed font skips that. pdfkit accepts a fontkit
 * font wherever it accepts a path, but only exposes the one it parsed as `doc._font.font`.
 */
const parsed = new Map<string, object>();

interface LoadedFont {
  name?: string;
  font?: object;
}

function currentFont(doc: PDFKit.PDFDocument): LoadedFont | undefined {
  return (doc as unknown as { _font?: LoadedFont })._font;
}

/** What to give pdfkit for a face: the parsed font when this process has one, else the file. */
export function fontSource(source: string): string {
  return (parsed.get(source) as unknown as string | undefined) ?? source;
}

/**
 * pdfkit keeps one current font and size. Drawing and measuring both go through here so neither
 * calls `doc.font()` when nothing changed, and neither leaves the other with the wrong face.
 *
 * After its first use in a document a face is selected by its PostScript name, which pdfkit
 * caches it under. Selecting by a `registerFont` alias instead would not be cached when the font
 * was already loaded under another key: pdfkit 0.20 then re-reads and re-parses the TTF on every
 * call (the per-cell font parsing that made `doc.table()` slow with an embedded font).
 */
export class FontState {
  private face: Face | null = null;
  private size = -1;
  private readonly names = new Map<Face, string>();

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly sources: Record<Face, string>,
  ) {}

  use(face: Face, size: number): void {
    if (face !== this.face) {
      const name = this.names.get(face);
      if (name !== undefined) {
        this.doc.font(name);
      } else {
        const source = this.sources[face];
        this.doc.font(fontSource(source));
        const loaded = currentFont(this.doc);
        if (loaded?.font && !parsed.has(source) && !isStandard(source)) parsed.set(source, loaded.font);
        installShortcut(loaded);
        this.names.set(face, loaded?.name ?? source);
      }
      this.face = face;
    }
    if (size !== this.size) {
      this.doc.fontSize(size);
      this.size = size;
    }
  }
}

function isStandard(source: string): boolean {
  return Object.values(standardNames).includes(source);
}
