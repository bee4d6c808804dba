import { getSchema } from '@tiptap/core';
import { Node as PmNode } from '@tiptap/pm/model';
import StarterKit from '@tiptap/starter-kit';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../../../shared/documents/model';
import { docFromText, docRange, noteText, textRange } from '../../../../shared/interviews/note-text';

const schema = getSchema([StarterKit]);

const note: DocNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Discover' }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'The visit on ' }, { type: 'text', text: 'Tuesday', marks: [{ type: 'bold' }] }, { type: 'text', text: ' went well.' }] },
    { type: 'paragraph' },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Supervision helped' }, { type: 'hardBreak' }, { type: 'text', text: 'every week' }] }] },
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Shared records' }] }] },
      ],
    },
    { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'We talked to each other.' }] }] },
  ],
};

describe("a note's plain text and the editor's positions", () => {
  const pm = PmNode.fromJSON(schema, note);
  const mapped = noteText(note);

  it('is the text ProseMirror itself reads, blocks joined by a blank line', () => {
    expect(mapped.text).toBe(pm.textBetween(0, pm.content.size, '\n\n', (leaf) => (leaf.type.name === 'hardBreak' ? '\n' : '')));
    expect(mapped.text).toContain('Supervision helped\nevery week');
  });

  it("maps every selection inside text onto the same characters ProseMirror selects", () => {
    let checked = 0;
    pm.descendants((node, pos) => {
      if (!node.isText) return;
      for (let from = pos; from < pos + node.nodeSize; from++) {
        for (let to = from + 1; to <= pos + node.nodeSize; to++) {
          const { start, end } = textRange(mapped, from, to);
          expect(mapped.text.slice(start, end)).toBe(pm.textBetween(from, to));
          expect(docRange(mapped, start, end)).toEqual({ from, to });
          checked++;
        }
      }
    });
    expect(checked).toBeGreaterThan(500);
  });

  it('maps a selection across blocks onto the text between them', () => {
    const from = mapped.text.indexOf('went');
    const to = mapped.text.indexOf('helped') + 'helped'.length;
    const range = docRange(mapped, from, to)!;
    expect(pm.textBetween(range.from, range.to, '\n\n', () => '\n')).toBe(mapped.text.slice(from, to));
    expect(textRange(mapped, range.from, range.to)).toEqual({ start: from, end: to });
  });

  it('reads plain text as paragraphs split by blank lines, lines kept', () => {
    const doc = docFromText('First line\nsecond line\r\n\r\n\nNext paragraph\n');
    expect(noteText(doc).text).toBe('First line\nsecond line\n\nNext paragraph');
    expect(() => PmNode.fromJSON(schema, doc).check()).not.toThrow();
  });
});
