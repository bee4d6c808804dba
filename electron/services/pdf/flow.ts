/**
 * The cursor that layout moves down the pages. It owns page breaks, and with them the two things
 * a break must not tear: marked content (tagged PDF content cannot run from one page to the
 * next, so it is closed before a break and reopened after) and decorations that span a break
 * (a block quote's rule, a table's grid), which are drawn per page when the page ends.
 */
import type { Measurer } from './measure';
import type { ContentsEntry, Line } from './model';
import type { Progress } from './progress';
import type { StructOptions, Surface } from './surface';
import { ascent, colours, type PageGeometry } from './theme';

/** Something drawn along the part of a block on each page. */
export interface Decoration {
  /** Where the block starts on the current page; the flow resets it on each new page. */
  top: number;
  /** Draws the part of the decoration from `top` to `bottom` on the current page (as an artifact). */
  draw(top: number, bottom: number): void;
}

const webLink = /^(https?:\/\/|mailto:)[^\s]+$/i;

export class Flow {
  page = 0;
  y: number;
  readonly top: number;
  readonly bottom: number;
  private readonly stack: number[] = [];
  private contentTag: number | null = null;
  private artifactDepth = 0;
  private readonly decorations: Decoration[] = [];

  constructor(
    readonly surface: Surface,
    readonly measurer: Measurer,
    readonly progress: Progress,
    /** The document's page size and margins: everything laid out asks the flow, not the theme. */
    readonly geometry: PageGeometry,
  ) {
    this.top = geometry.margins.top;
    this.bottom = geometry.height - geometry.margins.bottom;
    this.y = this.top;
  }

  newPage(): void {
    this.endContent();
    for (const decoration of this.decorations) this.drawDecoration(decoration, this.y);
    this.page += 1;
    this.surface.beginPage(this.page);
    this.y = this.top;
    for (const decoration of this.decorations) decoration.top = this.top;
  }

  fits(height: number): boolean {
    return this.y + height <= this.bottom + 0.01;
  }

  atTop(): boolean {
    return this.y <= this.top + 0.01;
  }

  /** Starts a new page unless `height` fits here (or we are already at the top of a page). */
  ensure(height: number): void {
    if (!this.fits(height) && !this.atTop()) this.newPage();
  }

  /** Moves down by a gap, never past the bottom (a gap at the end of a page just ends it). */
  skip(gap: number): void {
    this.y = Math.min(this.y + gap, this.bottom);
  }

  // Structure (tagged PDF). open/close nest; child/end are for siblings that stay open together
  // (the cells of a table row that is split across pages).

  get current(): number | null {
    return this.stack[this.stack.length - 1] ?? null;
  }

  open(type: string, options?: StructOptions): number {
    this.endContent();
    const tag = this.surface.open(type, this.current, options);
    this.stack.push(tag);
    return tag;
  }

  close(tag: number): void {
    this.endContent();
    if (this.stack.pop() !== tag) throw new Error('PDF structure closed out of order.');
    this.surface.close(tag);
  }

  child(type: string, parent: number, options?: StructOptions): number {
    this.endContent();
    return this.surface.open(type, parent, options);
  }

  end(tag: number): void {
    this.endContent();
    this.surface.close(tag);
  }

  anchor(entry: ContentsEntry): void {
    this.surface.anchor(entry, this.y, this.page);
  }

  /** Makes what is drawn next part of `tag`'s content (nothing inside an artifact). */
  write(tag: number): void {
    if (this.artifactDepth > 0 || this.contentTag === tag) return;
    this.endContent();
    this.surface.beginContent(tag);
    this.contentTag = tag;
  }

  endContent(): void {
    if (this.contentTag === null) return;
    this.surface.endContent();
    this.contentTag = null;
  }

  artifact(draw: () => void): void {
    if (!this.surface.drawing) return;
    this.endContent();
    if (this.artifactDepth === 0) this.surface.beginArtifact();
    this.artifactDepth += 1;
    try {
      draw();
    } finally {
      this.artifactDepth -= 1;
      if (this.artifactDepth === 0) this.surface.endArtifact();
    }
  }

  pushDecoration(decoration: Decoration): void {
    decoration.top = this.y;
    this.decorations.push(decoration);
  }

  popDecoration(decoration: Decoration, bottom = this.y): void {
    const index = this.decorations.lastIndexOf(decoration);
    if (index >= 0) this.decorations.splice(index, 1);
    this.drawDecoration(decoration, bottom);
  }

  private drawDecoration(decoration: Decoration, bottom: number): void {
    if (bottom > decoration.top + 0.5) this.artifact(() => decoration.draw(decoration.top, bottom));
  }

  /** Draws a line of text with its top at `top`, as content of `tag`. */
  paintLine(line: Line, x: number, top: number, tag: number): void {
    if (!this.surface.drawing || line.fragments.length === 0) return;
    const surface = this.surface;
    const baseline = top + line.size * ascent;
    if (line.fragments.some((fragment) => fragment.style.code)) {
      // Behind the text, so drawn first; a separate artifact, so the text stays one run for readers.
      this.artifact(() => {
        for (const fragment of line.fragments) {
          if (fragment.style.code) surface.fillRect(x + fragment.x - 1, top + line.height * 0.1, fragment.width + 2, line.height * 0.8, colours.codeBackground);
        }
      });
    }
    this.write(tag);
    for (const fragment of line.fragments) {
      const style = fragment.style;
      const left = x + fragment.x;
      surface.text(fragment.text, left, baseline - style.rise, style);
      const thickness = Math.max(0.5, style.size * 0.055);
      if (style.underline) surface.lines([left, baseline + style.size * 0.13, left + fragment.width, baseline + style.size * 0.13], thickness, style.colour);
      if (style.strike) surface.lines([left, baseline - style.size * 0.28, left + fragment.width, baseline - style.size * 0.28], thickness, style.colour);
      // Only web and mail links become clickable; anything else (file:, javascript:) stays text.
      if (style.href !== null && webLink.test(style.href)) surface.link(left, top, fragment.width, line.height, style.href);
    }
  }

  /** Draws a line at the cursor, starting a new page first if it does not fit. */
  line(line: Line, x: number, tag: number): void {
    this.ensure(line.height);
    this.paintLine(line, x, this.y, tag);
    this.y += line.height;
  }
}
