/** The engine's pure parts: dates and codes, turning the editor's JSON into runs, line breaking. */
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../../../shared/documents/model';
import { longDate, shortCode } from '../../../../electron/services/pdf/format';
import type { Measurer } from '../../../../electron/services/pdf/measure';
import { plainMarks, type Inline } from '../../../../electron/services/pdf/model';
import { prepare } from '../../../../electron/services/pdf/prepare';
import { wrapInlines, wrapPlain } from '../../../../electron/services/pdf/wrap';
import { styleFor } from '../../../../electron/services/pdf/styles';
import { heading, paragraph, person, text } from './tools';

/** Every character half an em wide: line breaks become arithmetic. */
const measurer = {
  em: (_face: string, value: string) => value.length * 0.5,
  width: (_face: string, value: string, size: number) => value.length * 0.5 * size,
  wordWidth: (_face: string, value: string, size: number) => value.length * 0.5 * size,
} as unknown as Measurer;

const lineTexts = (lines: ReturnType<typeof wrapInlines>) => lines.map((line) => line.fragments.map((fragment) => fragment.text).join(''));
const plain = (value: string): Inline => ({ kind: 'text', text: value, marks: plainMarks });

describe('format', () => {
  it('writes ISO dates the British way and leaves anything else as given', () => {
    expect(longDate('2026-11-27')).toBe('27 November 2026');
    expect(longDate('2026-01-05')).toBe('5 January 2026');
    expect(longDate('27/11/2026')).toBe('27/11/2026');
    expect(longDate('2026-13-01')).toBe('2026-13-01');
  });

  it('shortens a SHA-256 to twelve digits in groups of four', () => {
    expect(shortCode('3F2A9C0177BE4D5E8A61B0C2D9E3F4A5B6C7D8E9F0A1B2C3D4E5F60718293A4B')).toBe('3f2a 9c01 77be');
  });
});

describe('prepare', () => {
  const options = { referenceText: () => 'Child M', transformText: (value: string) => value.replace(/Dean Farrow/g, 'Mr F') };

  it('resolves references, numbers footnotes in order and keeps their text for the notes', () => {
    const prepared = prepare(
      { type: 'doc', content: [paragraph(text('Seen: '), person('p1', 'Maisie Hartwell'), { type: 'footnote', content: [paragraph(text('First note'))] }, text(' then'), { type: 'footnote', content: [text('Second note')] })] },
      options,
    );
    const block = prepared.blocks[0]!;
    expect(block.kind).toBe('paragraph');
    const inlines = block.kind === 'paragraph' ? block.inlines : [];
    expect(inlines.map((inline) => (inline.kind === 'text' ? inline.text : '/'))).toEqual(['Seen: ', 'Child M', '1', ' then', '2']);
    expect(inlines[2]).toMatchObject({ marks: { superscript: true } });
    expect(prepared.notes.map((note) => note.map((inline) => (inline.kind === 'text' ? inline.text : '/')).join(''))).toEqual(['First note', 'Second note']);
  });

  it('transforms neighbouring runs together when a name is split across formatting', () => {
    const prepared = prepare({ type: 'doc', content: [paragraph(text('Dean ', 'italic'), text('Farrow', 'bold'), text(' called'))] }, options);
    const block = prepared.blocks[0]!;
    expect(block.kind === 'paragraph' && block.inlines).toEqual([{ kind: 'text', text: 'Mr F called', marks: plainMarks }]);
  });

  it('keeps formatting when transforming run by run changes nothing', () => {
    const prepared = prepare({ type: 'doc', content: [paragraph(text('Plain '), text('bold', 'bold'))] }, options);
    const block = prepared.blocks[0]!;
    expect(block.kind === 'paragraph' && block.inlines.map((inline) => inline.kind === 'text' && inline.marks.bold)).toEqual([false, true]);
  });

  it('collects headings for the outline with their transformed titles and clamps levels', () => {
    const prepared = prepare({ type: 'doc', content: [heading(1, 'About Dean Farrow'), { type: 'heading', attrs: { level: 9 }, content: [text('Deep')] }, { type: 'heading', content: [] }] }, options);
    expect(prepared.headings).toEqual([
      { anchor: 'heading-1', level: 1, title: 'About Mr F' },
      { anchor: 'heading-2', level: 6, title: 'Deep' },
      { anchor: 'heading-3', level: 1, title: 'Untitled section' },
    ]);
  });

  it('keeps text that sits in the wrong place instead of dropping it, and strips control characters', () => {
    const content: DocNode[] = [text('stray\u0007 text'), { type: 'tableRow', content: [{ type: 'tableCell', content: [paragraph(text('orphan cell'))] }] }];
    const prepared = prepare({ type: 'doc', content }, options);
    expect(JSON.stringify(prepared.blocks)).toContain('"stray text"');
    expect(JSON.stringify(prepared.blocks)).toContain('orphan cell');
  });
});

describe('wrap', () => {
  it('breaks at spaces, ends each line with its space, and never splits a word across formatting', () => {
    const style = { ...plainMarks, bold: true };
    const lines = wrapInlines([plain('aaaa bbbb re'), { kind: 'text', text: 'port cc', marks: style }], { size: 10, width: 60 }, measurer);
    expect(lineTexts(lines)).toEqual(['aaaa bbbb ', 'report cc']);
    expect(lines[1]!.fragments.map((fragment) => fragment.style.face)).toEqual(['regular', 'bold']);
  });

  it('breaks hard breaks and splits a word wider than the line between characters', () => {
    const lines = wrapInlines([plain('one'), { kind: 'break' }, plain('abcdefghijklmnop')], { size: 10, width: 40 }, measurer);
    expect(lineTexts(lines)).toEqual(['one', 'abcdefgh', 'ijklmnop']);
  });

  it('gives an empty paragraph no lines and a plain cell one line per "\\n"', () => {
    expect(wrapInlines([], { size: 10, width: 100 }, measurer)).toEqual([]);
    const style = styleFor(plainMarks, 8);
    expect(lineTexts(wrapPlain('first line\nsecond', style, 200, measurer))).toEqual(['first line ', 'second ']);
    expect(wrapPlain('', style, 200, measurer)).toHaveLength(1);
  });

  it('measures lines as the sum of their words and spaces', () => {
    const [line] = wrapInlines([plain('ab cd')], { size: 10, width: 100 }, measurer);
    expect(line!.fragments[0]).toMatchObject({ x: 0, width: 25 });
    expect(line!.height).toBeCloseTo(14);
  });
});
