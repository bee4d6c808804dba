import { describe, expect, it } from 'vitest';
import { compareBlocks } from '../../../../shared/documents/diff';
import { canonicalJson, docJsonSchema, unsupportedIn, type DocNode } from '../../../../shared/documents/model';
import { blocksOf, wordCount } from '../../../../shared/documents/text';

const text = (value: string, marks?: DocNode['marks']): DocNode => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });

describe('canonicalJson', () => {
  it('sorts keys at every level, drops undefined, and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: undefined }], c: 'x' } })).toBe('{"a":{"c":"x","d":[2,{"z":1}]},"b":1}');
    expect(canonicalJson([3, 1, 2])).toBe('[3,1,2]');
  });

  it('gives different strings for different text, however small the change', () => {
    expect(canonicalJson(paragraph(text('Child M')))).not.toBe(canonicalJson(paragraph(text('Child M.'))));
  });
});

describe('docJsonSchema', () => {
  it('accepts a tiptap document and refuses a root that is not doc or nesting beyond 40 levels', () => {
    expect(docJsonSchema.safeParse({ type: 'doc', content: [paragraph(text('Hello'))] }).success).toBe(true);
    expect(docJsonSchema.safeParse({ type: 'paragraph' }).success).toBe(false);
    let deep: DocNode = paragraph(text('x'));
    for (let level = 0; level < 45; level++) deep = { type: 'blockquote', content: [deep] };
    const result = docJsonSchema.safeParse({ type: 'doc', content: [deep] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/at most 40 levels/);
  });

  it('refuses a hostile 100,000-level nesting with a message rather than overflowing the stack', () => {
    let deep: DocNode = paragraph(text('x'));
    for (let level = 0; level < 100_000; level++) deep = { type: 'blockquote', content: [deep] };
    expect(docJsonSchema.safeParse({ type: 'doc', content: [deep] }).success).toBe(false);
  });
});

describe('unsupportedIn', () => {
  it('names every node and mark the PDF engine cannot draw, once each', () => {
    const doc: DocNode = {
      type: 'doc',
      content: [paragraph(text('a', [{ type: 'highlight' }])), { type: 'codeBlock', content: [text('x')] }, { type: 'codeBlock' }, paragraph(text('b', [{ type: 'bold' }]))],
    };
    expect(unsupportedIn(doc)).toEqual({ nodes: ['codeBlock'], marks: ['highlight'] });
  });
});

describe('blocksOf and wordCount', () => {
  const doc: DocNode = {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [text('Key lines of enquiry')] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('How agencies shared information'))] }] },
      paragraph(text('The mother, '), { type: 'reference', attrs: { kind: 'person', id: 'p1', label: 'Kerry Hartwell' } }, text(', was seen.')),
      { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [paragraph(text('Police'))] }] }] },
    ],
  };

  it('reads each block as a reader sees it, with what kind of block it is', () => {
    expect(blocksOf(doc)).toEqual(['## Key lines of enquiry', '• How agencies shared information', 'The mother, Kerry Hartwell, was seen.', '| Police']);
  });

  it('counts words, not markers or punctuation', () => {
    expect(wordCount(doc)).toBe(4 + 4 + 6 + 1);
    expect(wordCount({ type: 'doc', content: [paragraph()] })).toBe(0);
    // A footnote's words count; the "[note:" label the comparison shows does not.
    expect(wordCount({ type: 'doc', content: [paragraph(text('Seen at home.'), { type: 'footnote', content: [text('Police log 4312.')] })] })).toBe(6);
  });
});

describe('compareBlocks', () => {
  it('shows an edited block as one changed line with the words marked, and new blocks as added', () => {
    const lines = compareBlocks(['Scope: 2019 to 2021.', 'Agencies: police.'], ['Scope: 2018 to 2021.', 'Agencies: police.', 'New line.']);
    expect(lines.map((line) => line.kind)).toEqual(['changed', 'same', 'added']);
    expect(lines[0]!.parts).toEqual([
      { kind: 'same', text: 'Scope: ' },
      { kind: 'removed', text: '2019' },
      { kind: 'added', text: '2018' },
      { kind: 'same', text: ' to 2021.' },
    ]);
  });

  it('keeps a removed block as removed when nothing replaces it', () => {
    expect(compareBlocks(['One.', 'Two.', 'Three.'], ['One.', 'Three.']).map((line) => line.kind)).toEqual(['same', 'removed', 'same']);
  });

  it('says nothing changed for the same text', () => {
    expect(compareBlocks(['A.', 'B.'], ['A.', 'B.']).every((line) => line.kind === 'same')).toBe(true);
  });
});
