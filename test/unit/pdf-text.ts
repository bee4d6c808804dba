/**
 * Page text as a person reads it. pdf.js gives positioned runs of text, not lines, so they are
 * put back together here: runs on one baseline (a raised footnote number included) make a line,
 * and lines go top to bottom with runs left to right. Then, like poppler's pdftotext, either each
 * visual line is one line ('layout', as `pdftotext -layout`), or columns are read one at a time
 * ('reading', pdftotext's default), so a wrapped table cell, a page number in the footer's corner
 * and a contents page's titles each read as one piece.
 */

/** What pdf.js's getTextContent() gives for each run of text. */
export interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/** One run of text placed on a page; y is the baseline, from the bottom of the page. */
interface Run {
  text: string;
  x: number;
  end: number;
  y: number;
  size: number;
  upright: boolean;
}

interface Line {
  y: number;
  size: number;
  runs: Run[];
}

/** Reading order (poppler's default) or one line per visual line (`pdftotext -layout`). */
export type TextMode = 'reading' | 'layout';

/** A visual line cut at column gaps: one table cell's line, a contents title, a page number. */
interface Segment {
  runs: Run[];
  x0: number;
  x1: number;
  y: number;
  size: number;
  line: number;
}

function runsOf(items: readonly TextItem[]): Run[] {
  const runs: Run[] = [];
  for (const item of items) {
    // Spaces are worked out from the gaps between runs, so pdf.js's gap-filling spaces go.
    if (item.str.trim() === '') continue;
    const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
    const upright = Math.abs(b) < 1e-3 && Math.abs(c) < 1e-3 && a > 0;
    runs.push({ text: item.str, x, end: x + item.width, y, size: Math.hypot(c, d) || item.height, upright });
  }
  return runs.sort((p, q) => q.y - p.y || p.x - q.x);
}

/** Runs sharing a baseline (within half the type size, so a raised footnote number too), top down. */
function visualLines(runs: readonly Run[]): Line[] {
  const lines: Line[] = [];
  for (const run of runs) {
    // Turned text (the DRAFT watermark) is a line of its own where it starts, never mixed in.
    const line = run.upright ? lines.find((candidate) => candidate.runs[0]!.upright && Math.abs(candidate.y - run.y) < 0.5 * Math.max(candidate.size, run.size)) : undefined;
    if (!line) lines.push({ y: run.y, size: run.size, runs: [run] });
    else {
      line.runs.push(run);
      // The line's baseline is its body text's, not a raised footnote number's.
      if (run.size > line.size) Object.assign(line, { y: run.y, size: run.size });
    }
  }
  for (const line of lines) line.runs.sort((p, q) => p.x - q.x);
  return lines.sort((p, q) => q.y - p.y);
}

/** A gap wider than a word space (about a quarter of the size) and the label gap of a list. */
const columnGap = (size: number) => 0.6 * size;

function segmentsOf(line: Line, index: number): Segment[] {
  const segments: Segment[] = [];
  for (const run of line.runs) {
    const last = segments[segments.length - 1];
    if (last && run.x - last.x1 <= columnGap(Math.max(run.size, last.size))) {
      last.runs.push(run);
      last.x1 = Math.max(last.x1, run.end);
      last.size = Math.max(last.size, run.size);
    } else segments.push({ runs: [run], x0: run.x, x1: run.end, y: line.y, size: run.size, line: index });
  }
  return segments;
}

function joinRuns(runs: readonly Run[]): string {
  let out = '';
  let end = -Infinity;
  for (const run of runs) {
    // A gap wider than a thin space is a word space (or a column gap) the file did not write.
    if (out !== '' && run.x - end > 0.15 * run.size && !/\s$/.test(out) && !/^\s/.test(run.text)) out += ' ';
    out += run.text;
    end = run.end;
  }
  return out.trim();
}

/**
 * Reading order, as poppler reads a page by default: a column's lines (a wrapped table cell, the
 * titles of a contents page) stay together, and blocks follow each other top down, left to right.
 * A segment continues the block above it when it starts at most about one line below and the
 * two overlap across the page.
 */
function readingOrder(lines: readonly Line[]): string[] {
  const blocks: Segment[][] = [];
  lines.forEach((line, index) => {
    for (const segment of segmentsOf(line, index)) {
      let best: Segment[] | undefined;
      for (const block of blocks) {
        const last = block[block.length - 1]!;
        const drop = last.y - segment.y;
        const overlaps = segment.x0 < last.x1 && segment.x1 > last.x0;
        const upright = segment.runs[0]!.upright && last.runs[0]!.upright;
        if (upright && overlaps && last.line < index && drop <= 1.6 * Math.max(last.size, segment.size) && (!best || drop < best[best.length - 1]!.y - segment.y)) best = block;
      }
      if (best) best.push(segment);
      else blocks.push([segment]);
    }
  });
  blocks.sort((p, q) => p[0]!.line - q[0]!.line || p[0]!.x0 - q[0]!.x0);
  return blocks.flatMap((block) => block.map((segment) => joinRuns(segment.runs)));
}

/** A page's text items as text: lines top down, in reading order or as laid out. */
export function layOut(items: readonly TextItem[], mode: TextMode = 'reading'): string {
  const lines = visualLines(runsOf(items));
  if (mode === 'layout') return lines.map((line) => joinRuns(line.runs)).join('\n');
  return readingOrder(lines).join('\n');
}
