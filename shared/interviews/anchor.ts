/**
 * Where a coded excerpt sits in a note's text, kept outside the note (issue #17) so coding never
 * changes a document's content, version hash or diff. An anchor is the excerpt's exact text with a
 * little text either side and its position (the W3C Web Annotation "text quote" and "text
 * position" selectors, together). After the note is edited the anchor is found again: the same
 * text, preferring the occurrence whose surroundings match best and then the one nearest where it
 * was. An excerpt whose text is no longer in the note is orphaned — flagged, never dropped.
 */

/** Characters of context kept either side: enough to tell repeated phrases apart. */
export const contextLength = 32;

export interface TextAnchor {
  exact: string;
  prefix: string;
  suffix: string;
  /** Offsets into the note's plain text, end exclusive. */
  start: number;
  end: number;
}

export type Reanchored = { found: true; anchor: TextAnchor; moved: boolean } | { found: false };

/** An anchor for `text.slice(start, end)`. */
export function anchorAt(text: string, start: number, end: number): TextAnchor {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) throw new RangeError(`No text between ${start} and ${end}.`);
  return { exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - contextLength), start), suffix: text.slice(end, end + contextLength), start, end };
}

/** Every place `exact` starts in `text`, overlapping ones included. */
export function occurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  if (!exact) return found;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) found.push(at);
  return found;
}

/** The anchor in the note as it is now. */
export function reanchor(text: string, anchor: TextAnchor): Reanchored {
  const { exact } = anchor;
  if (text.slice(anchor.start, anchor.end) === exact && contextScore(text, anchor.start, anchor) === anchor.prefix.length + anchor.suffix.length) {
    return { found: true, anchor, moved: false };
  }
  const candidates = occurrences(text, exact);
  if (candidates.length === 0) return { found: false };
  let best = candidates[0]!;
  let bestScore = -1;
  for (const start of candidates) {
    const score = contextScore(text, start, anchor);
    if (score > bestScore || (score === bestScore && Math.abs(start - anchor.start) < Math.abs(best - anchor.start))) {
      best = start;
      bestScore = score;
    }
  }
  const moved = anchorAt(text, best, best + exact.length);
  return { found: true, anchor: moved, moved: best !== anchor.start || moved.prefix !== anchor.prefix || moved.suffix !== anchor.suffix };
}

/** How many characters of the kept context still sit next to this occurrence (closest first). */
function contextScore(text: string, start: number, anchor: TextAnchor): number {
  let score = 0;
  for (let i = 1; i <= anchor.prefix.length && text[start - i] === anchor.prefix[anchor.prefix.length - i]; i++) score++;
  const end = start + anchor.exact.length;
  for (let i = 0; i < anchor.suffix.length && text[end + i] === anchor.suffix[i]; i++) score++;
  return score;
}
