/** Excerpt anchors survive edits around them, pick the right one of a repeated phrase, and orphan rather than drop. */
import { describe, expect, it } from 'vitest';
import { anchorAt, occurrences, reanchor } from '../../../../shared/interviews/anchor';

const note =
  'The health visitor said the home was calm. Later the health visitor said the home was chaotic, and she rang the duty team. ' +
  'Supervision helped her think about what the child was experiencing.';

function anchorOf(text: string, exact: string, occurrence = 0) {
  const start = occurrences(text, exact)[occurrence]!;
  return anchorAt(text, start, start + exact.length);
}

describe('re-anchoring an excerpt after the note is edited', () => {
  it('stays where it was when nothing around it changed', () => {
    const anchor = anchorOf(note, 'she rang the duty team');
    expect(reanchor(note, anchor)).toEqual({ found: true, anchor, moved: false });
  });

  it('follows its text when words are added before it and after it', () => {
    const anchor = anchorOf(note, 'she rang the duty team');
    const edited = 'On 11 March 2019, ' + note.replace('duty team.', 'duty team straight away.');
    const result = reanchor(edited, anchor);
    expect(result.found).toBe(true);
    if (!result.found) return;
    expect(edited.slice(result.anchor.start, result.anchor.end)).toBe('she rang the duty team');
    expect(result.moved).toBe(true);
    expect(result.anchor.start).toBe(anchor.start + 'On 11 March 2019, '.length);
  });

  it('keeps to the second of a repeated phrase by its surroundings, even when the first moves past it', () => {
    const anchor = anchorOf(note, 'health visitor said the home was', 1);
    // A sentence inserted at the start shifts both; the context says which one was coded.
    const edited = 'Notes agreed with the practitioner. ' + note;
    const result = reanchor(edited, anchor);
    if (!result.found) throw new Error('expected the anchor to be found');
    expect(edited.slice(result.anchor.end, result.anchor.end + 8)).toBe(' chaotic');
  });

  it('is orphaned, not dropped, when its text is deleted or changed inside', () => {
    const anchor = anchorOf(note, 'Supervision helped her think');
    expect(reanchor(note.replace('Supervision helped her think', 'Supervision let her reflect'), anchor)).toEqual({ found: false });
    expect(reanchor('', anchor)).toEqual({ found: false });
  });

  it('refuses an empty or out-of-range selection', () => {
    expect(() => anchorAt(note, 5, 5)).toThrow(RangeError);
    expect(() => anchorAt(note, -1, 4)).toThrow(RangeError);
    expect(() => anchorAt(note, 0, note.length + 1)).toThrow(RangeError);
    expect(() => anchorAt(note, Number.NaN, 4)).toThrow(RangeError);
  });
});
