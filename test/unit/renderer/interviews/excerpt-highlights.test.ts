// @vitest-environment happy-dom
/** Coded excerpts in the notes: highlighted where the core anchored them, following typing, and never written into the note. */
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { documentExtensions } from '../../../../renderer/features/documents/extensions';
import { currentHighlights, ExcerptHighlights, highlightsFor, showHighlights } from '../../../../renderer/features/interviews/excerpt-highlights';
import { anchorAt, noteText, type Excerpt } from '../../../../shared/interviews';

const notes = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Discover' }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'The health visitor phoned the school the same day.' }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'Supervision gave time to think.' }] },
  ],
};

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

function makeEditor(): Editor {
  editor = new Editor({ extensions: [...documentExtensions(), ExcerptHighlights], content: notes });
  return editor;
}

/** An excerpt of `exact` as the core would anchor it in the notes as saved. */
function excerptOf(exact: string, id = 'x1', orphaned = false): Excerpt {
  const { text } = noteText(notes);
  const start = text.indexOf(exact);
  return {
    id,
    reviewId: 'r1',
    conversationId: 'c1',
    anchor: anchorAt(text, start, start + exact.length),
    orphaned,
    participantIds: ['p1'],
    roles: ['Health visitor'],
    agencies: ['Community Health'],
    themeIds: ['t1'],
    memo: null,
    possibleQuote: false,
    consentWithdrawn: false,
    quoteAllowed: true,
    links: [],
    createdAt: '2026-12-07T10:00:00.000Z',
  };
}

const highlighted = (editor: Editor) => currentHighlights(editor).map(({ from, to }) => editor.state.doc.textBetween(from, to, '\n\n'));

describe('excerpt highlights', () => {
  it('covers exactly the coded text, in whichever paragraph it is', () => {
    const editor = makeEditor();
    showHighlights(editor, highlightsFor(editor.getJSON(), [excerptOf('phoned the school'), excerptOf('time to think', 'x2')]));
    expect(highlighted(editor).sort()).toEqual(['phoned the school', 'time to think']);
  });

  it('follows the text while the user types before it', () => {
    const editor = makeEditor();
    showHighlights(editor, highlightsFor(editor.getJSON(), [excerptOf('phoned the school')]));
    editor.commands.insertContentAt(11, 'On Monday, ');
    expect(editor.getText()).toContain('On Monday, The health visitor');
    expect(highlighted(editor)).toEqual(['phoned the school']);
  });

  it('finds the text again when the notes changed since the core anchored it, and leaves out orphans', () => {
    const editor = makeEditor();
    editor.commands.insertContentAt(11, 'Later that week. ');
    showHighlights(editor, highlightsFor(editor.getJSON(), [excerptOf('phoned the school'), excerptOf('Supervision', 'gone', true)]));
    expect(highlighted(editor)).toEqual(['phoned the school']);
  });

  it('never writes a coding into the note: the content is the same with or without highlights', () => {
    const editor = makeEditor();
    const before = JSON.stringify(editor.getJSON());
    let updates = 0;
    editor.on('update', () => (updates += 1));
    showHighlights(editor, highlightsFor(editor.getJSON(), [excerptOf('phoned the school')]));
    expect(JSON.stringify(editor.getJSON())).toBe(before);
    // Not an edit: the autosave (which listens for updates) is not started.
    expect(updates).toBe(0);
    expect(editor.view.dom.querySelector('.iv-excerpt')?.textContent).toBe('phoned the school');
  });
});
