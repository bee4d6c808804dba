/**
 * The cover and the contents. The contents, when there is one (layout.ts says when), sits on its
 * own pages after the cover; the measuring pass lays it out exactly as the drawing pass will (page
 * numbers take a fixed column, so they cannot change how titles wrap), which is what lets the
 * drawing pass know every number in advance.
 */
import type { Flow } from './flow';
import { longDate } from './format';
import type { ContentsEntry, Inline } from './model';
import { plainMarks } from './model';
import type { PdfRequest } from './types';
import { leading, sizes, spacing } from './theme';
import { wrapInlines } from './wrap';

const numberColumn = 40;

function text(value: string, bold = false): Inline[] {
  return [{ kind: 'text', text: value, marks: bold ? { ...plainMarks, bold: true } : plainMarks }];
}

function writeLines(flow: Flow, type: string, inlines: Inline[], size: number, bold = false): void {
  const { margins, contentWidth } = flow.geometry;
  const lines = wrapInlines(inlines, { size, width: contentWidth, bold }, flow.measurer);
  const tag = flow.open(type);
  for (const line of lines) flow.line(line, margins.left, tag);
  flow.close(tag);
}

/** Title, review, version, date and marking. Chrome: none of it goes through the caller's transform. */
export function cover(flow: Flow, request: PdfRequest): void {
  flow.newPage();
  flow.y = flow.top + 150;
  writeLines(flow, 'P', text(request.title), sizes.coverTitle, true);
  flow.skip(18);
  writeLines(flow, 'P', text(request.coverLine ?? `Review: ${request.reviewTitle}`), sizes.coverLine);
  flow.skip(24);
  writeLines(flow, 'P', text(request.versionLabel), sizes.coverLine);
  flow.skip(4);
  writeLines(flow, 'P', text(longDate(request.date)), sizes.coverLine);
  flow.skip(36);
  writeLines(flow, 'P', [...text('Protective marking: '), ...text(request.marking, true)], sizes.body + 1);
}

export function contents(flow: Flow, entries: readonly ContentsEntry[], pages: ReadonlyMap<string, number> | null): void {
  flow.newPage();
  writeLines(flow, 'H1', text('Contents'), sizes.headings[0]!, true);
  flow.skip(spacing.headingAfter + 6);
  const size = sizes.body;
  const { margins, contentWidth } = flow.geometry;
  const toc = flow.open('TOC');
  for (const entry of entries) {
    const indent = entry.level === 1 ? 0 : 16;
    const lines = wrapInlines(text(entry.title, entry.level === 1), { size, width: contentWidth - indent - numberColumn }, flow.measurer);
    if (entry.level === 1) flow.skip(5);
    flow.ensure(lines.length * size * leading);
    const item = flow.open('TOCI');
    const top = flow.y;
    for (const line of lines) flow.line(line, margins.left + indent, item);
    const page = pages?.get(entry.anchor);
    if (page !== undefined && flow.surface.drawing) {
      const number = wrapInlines(text(String(page), entry.level === 1), { size, width: numberColumn }, flow.measurer)[0]!;
      const width = number.fragments[0]?.width ?? 0;
      flow.paintLine(number, margins.left + contentWidth - width, flow.y - number.height, item);
      flow.surface.goTo(margins.left, top, contentWidth, flow.y - top, entry.anchor);
    }
    flow.close(item);
  }
  flow.close(toc);
}
