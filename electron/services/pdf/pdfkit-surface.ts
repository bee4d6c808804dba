/**
 * The drawing pass: layout's calls become pdfkit calls. Every page gets its furniture as soon as
 * it starts (the measuring pass already counted the pages, so "Page X of Y" is known), and pages
 * are written out every few pages instead of all being held until the end: a 300-page export
 * keeps a few pages of content streams in memory, not all of them.
 */
import type { FontState } from './fonts';
import type { Measurer } from './measure';
import type { ContentsEntry } from './model';
import type { StructOptions, Surface, TextStyle } from './surface';
import { directText, supportsDirectText } from './text-ops';
import { colours, sizes, type PageGeometry } from './theme';

export interface Furniture {
  marking: string;
  draft: boolean;
  totalPages: number;
  /** Every page's size and margins: the furniture sits in the margins of the page it is on. */
  geometry: PageGeometry;
}

/** How many finished pages are kept before they are written out. */
const flushEvery = 8;
const textOptions = { lineBreak: false, baseline: 'alphabetic' } as const;

export class PdfkitSurface implements Surface {
  readonly drawing = true;
  private readonly elements = new Map<number, { element: PDFKit.PDFStructureElement; type: string }>();
  private readonly root: PDFKit.PDFStructureElement;
  private nextTag = 0;
  private fill = '';
  private direct: boolean | null = null;
  private readonly outline: Array<{ level: number; item: PDFKit.PDFOutline }> = [];

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly fonts: FontState,
    private readonly measurer: Measurer,
    private readonly furniture: Furniture,
  ) {
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
  }

  beginPage(pageNumber: number): void {
    if (pageNumber > 1 && (pageNumber - 1) % flushEvery === 0) this.doc.flushPages();
    const { width, height } = this.furniture.geometry;
    // Width and height as given, never a named size and a layout, so pdfkit cannot swap them.
    this.doc.addPage({ size: [width, height], margin: 0 });
    // A new page starts with pdfkit's default graphics state.
    this.fill = '';
    this.drawFurniture(pageNumber);
  }

  private drawFurniture(pageNumber: number): void {
    const { marking, draft, totalPages } = this.furniture;
    const { width: pageWidth, height: pageHeight, margins } = this.furniture.geometry;
    const doc = this.doc;
    const size = sizes.chrome;
    const centre = pageWidth / 2;
    this.beginArtifact();
    if (draft) {
      // Behind the text, light enough to read through; drawn first so content covers it.
      const width = this.measurer.width('bold', 'DRAFT', sizes.watermark);
      doc.save();
      doc.rotate(-50, { origin: [centre, pageHeight / 2] });
      // Text extraction would cut diagonal letters into pieces ("DR", "AF", "T") and scatter them
      // through the page's text; ActualText makes them the one word "DRAFT".
      doc.markContent('Span', { actual: 'DRAFT' });
      this.text('DRAFT', centre - width / 2, pageHeight / 2 + sizes.watermark * 0.36, { face: 'bold', size: sizes.watermark, colour: colours.watermark });
      doc.endMarkedContent();
      doc.restore();
      this.fill = '';
    }
    const markingWidth = this.measurer.width('bold', marking, size);
    this.text(marking, centre - markingWidth / 2, margins.top - 34, { face: 'bold', size, colour: colours.text });
    const footerBaseline = pageHeight - margins.bottom + 40;
    this.text(marking, centre - markingWidth / 2, footerBaseline, { face: 'bold', size, colour: colours.text });
    const pageText = `Page ${pageNumber} of ${totalPages}`;
    const pageTextWidth = this.measurer.width('regular', pageText, size);
    this.text(pageText, pageWidth - margins.right - pageTextWidth, footerBaseline, { face: 'regular', size, colour: colours.muted });
    this.endArtifact();
  }

  text(text: string, x: number, baseline: number, style: TextStyle): void {
    this.fonts.use(style.face, style.size);
    this.direct ??= supportsDirectText(this.doc);
    if (style.colour !== this.fill) {
      this.doc.fillColor(style.colour);
      this.fill = style.colour;
    }
    if (this.direct) directText(this.doc, text, x, baseline, style.size);
    else this.doc.text(text, x, baseline, textOptions);
  }

  lines(segments: readonly number[], width: number, colour: string): void {
    const doc = this.doc;
    doc.save();
    doc.lineWidth(width).strokeColor(colour);
    for (let i = 0; i + 3 < segments.length; i += 4) doc.moveTo(segments[i]!, segments[i + 1]!).lineTo(segments[i + 2]!, segments[i + 3]!);
    doc.stroke();
    doc.restore();
  }

  fillRect(x: number, y: number, width: number, height: number, colour: string): void {
    this.doc.save();
    this.doc.rect(x, y, width, height).fill(colour);
    this.doc.restore();
    this.fill = '';
  }

  open(type: string, parent: number | null, options?: StructOptions): number {
    // pdfkit's types predate the table-header scope option it supports.
    const element = this.doc.struct(type, options as PDFKit.Mixins.StructureElementOptions | undefined);
    (parent === null ? this.root : this.elements.get(parent)!.element).add(element);
    const tag = ++this.nextTag;
    this.elements.set(tag, { element, type });
    return tag;
  }

  close(tag: number): void {
    this.elements.get(tag)?.element.end();
    this.elements.delete(tag);
  }

  beginContent(tag: number): void {
    const open = this.elements.get(tag);
    if (!open) throw new Error('Marked content for a closed structure element.');
    // The marked content carries the same tag as its structure element.
    open.element.add(this.doc.markStructureContent(open.type));
  }

  endContent(): void {
    this.doc.endMarkedContent();
  }

  beginArtifact(): void {
    this.doc.markContent('Artifact', { type: 'Pagination' });
  }

  endArtifact(): void {
    this.doc.endMarkedContent();
  }

  anchor(entry: ContentsEntry, y: number): void {
    this.doc.addNamedDestination(entry.anchor, 'XYZ', this.furniture.geometry.margins.left, y, null);
    while (this.outline.length > 0 && this.outline[this.outline.length - 1]!.level >= entry.level) this.outline.pop();
    const parent = this.outline[this.outline.length - 1]?.item ?? this.doc.outline;
    this.outline.push({ level: entry.level, item: parent.addItem(entry.title) });
  }

  link(x: number, y: number, width: number, height: number, href: string): void {
    this.doc.link(x, y, width, height, href);
  }

  goTo(x: number, y: number, width: number, height: number, anchor: string): void {
    this.doc.goTo(x, y, width, height, anchor);
  }

  finish(): void {
    this.root.end();
  }
}
