/**
 * What layout draws on. The document is laid out twice by the same code: first on a
 * MeasuringSurface, which draws nothing and only learns how many pages there are and where each
 * heading lands; then on the pdfkit surface, which then knows "Page X of Y" and the contents
 * page's numbers before it draws a thing, and so can write each page out as soon as it is done.
 */
import type { Face } from './fonts';
import type { ContentsEntry } from './model';

export interface TextStyle {
  face: Face;
  size: number;
  colour: string;
}

export interface StructOptions {
  /** For table header cells: what the header labels. */
  scope?: 'Column' | 'Row';
}

export interface Surface {
  /** False on the measuring pass: nothing is drawn, so layout may skip painting entirely. */
  readonly drawing: boolean;
  beginPage(pageNumber: number): void;
  /** `baseline` is the y of the text's baseline, from the top of the page. */
  text(text: string, x: number, baseline: number, style: TextStyle): void;
  /** Straight lines in one stroke: `segments` is x1, y1, x2, y2 for each line, flat. */
  lines(segments: readonly number[], width: number, colour: string): void;
  fillRect(x: number, y: number, width: number, height: number, colour: string): void;
  /** Opens a structure element (tagged PDF) under `parent` (null: the document) and returns its tag. */
  open(type: string, parent: number | null, options?: StructOptions): number;
  close(tag: number): void;
  /** Starts marked content belonging to `tag` on the current page; what follows is its text. */
  beginContent(tag: number): void;
  endContent(): void;
  /** Page furniture, rules and borders: not part of the text a screen reader reads. */
  beginArtifact(): void;
  endArtifact(): void;
  /** A heading or section start: an outline entry and a link target. */
  anchor(entry: ContentsEntry, y: number, pageNumber: number): void;
  /** A clickable web or mail link. */
  link(x: number, y: number, width: number, height: number, href: string): void;
  /** A clickable jump to an anchor (the contents page). */
  goTo(x: number, y: number, width: number, height: number, anchor: string): void;
}

/** The first pass: counts pages and records the page of every anchor. */
export class MeasuringSurface implements Surface {
  readonly drawing = false;
  readonly anchorPages = new Map<string, number>();
  pages = 0;
  private tags = 0;

  beginPage(pageNumber: number): void {
    this.pages = pageNumber;
  }

  anchor(entry: ContentsEntry, _y: number, pageNumber: number): void {
    this.anchorPages.set(entry.anchor, pageNumber);
  }

  open(): number {
    return ++this.tags;
  }

  text(): void {}
  lines(): void {}
  fillRect(): void {}
  close(): void {}
  beginContent(): void {}
  endContent(): void {}
  beginArtifact(): void {}
  endArtifact(): void {}
  link(): void {}
  goTo(): void {}
}
