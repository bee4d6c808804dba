// @vitest-environment happy-dom
/** The editor's schema: the reference chip's stored shape, links, tables, and nothing the PDF engine cannot draw. */
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { documentExtensions } from '../../../../renderer/features/documents/extensions';
import { isSafeLink, normaliseLink } from '../../../../renderer/features/documents/links';
import { groupsFor, toolbarState } from '../../../../renderer/features/documents/toolbar-items';
import { supportedMarks, supportedNodes, unsupportedIn, type DocNode } from '../../../../shared/documents/model';
import { wordCount } from '../../../../shared/documents/text';

let editor: Editor | null = null;

function makeEditor(content?: unknown): Editor {
  editor = new Editor({ extensions: documentExtensions(), content: content as never });
  return editor;
}

afterEach(() => {
  editor?.destroy();
  editor = null;
});

describe('the reference chip', () => {
  it('is stored as an inline reference node with kind, id and label', () => {
    const editor = makeEditor({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Seen by ' }] }] });
    editor.commands.focus('end');
    editor.commands.insertReference({ kind: 'person', id: 'person-1', label: 'Maisie Hartwell' });
    expect(editor.getJSON()).toEqual({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Seen by ' },
            { type: 'reference', attrs: { kind: 'person', id: 'person-1', label: 'Maisie Hartwell' } },
            { type: 'text', text: ' ' },
          ],
        },
      ],
    });
  });

  it('is drawn as a chip with its label, and read back from the HTML the editor copies', () => {
    const editor = makeEditor();
    editor.commands.insertReference({ kind: 'entry', id: 'entry-7', label: 'Strategy discussion (telephone)' });
    const html = editor.getHTML();
    expect(html).toContain('<span data-reference="" class="doc-reference" data-kind="entry" data-id="entry-7">Strategy discussion (telephone)</span>');
    const copy = makeEditor(html);
    const paragraph = (copy.getJSON() as DocNode).content?.[0];
    expect(paragraph?.content?.[0]).toEqual({ type: 'reference', attrs: { kind: 'entry', id: 'entry-7', label: 'Strategy discussion (telephone)' } });
  });

  it('counts as its label’s words, as the core counts them', () => {
    const editor = makeEditor();
    editor.commands.insertContent('Seen by ');
    editor.commands.insertReference({ kind: 'person', id: 'p1', label: 'Maisie Hartwell' });
    expect(wordCount(editor.getJSON() as DocNode)).toBe(4);
  });

  it('is refused from pasted HTML without an id or with an unknown kind', () => {
    const editor = makeEditor('<p><span data-reference data-kind="secret" data-id="x">A</span><span data-reference data-kind="person">B</span></p>');
    expect(JSON.stringify(editor.getJSON())).not.toContain('"reference"');
  });
});

describe('the document schema', () => {
  it('has only node and mark types the PDF engine draws: no code block', () => {
    const editor = makeEditor();
    const nodes = Object.keys(editor.schema.nodes);
    const marks = Object.keys(editor.schema.marks);
    expect(nodes.filter((name) => !(supportedNodes as readonly string[]).includes(name))).toEqual([]);
    expect(marks.filter((name) => !(supportedMarks as readonly string[]).includes(name))).toEqual([]);
    expect(nodes).not.toContain('codeBlock');
  });

  it('reads a pasted code block as a paragraph, and headings only to level 3', () => {
    const editor = makeEditor('<pre><code>let x = 1</code></pre><h1>One</h1><h3>Three</h3>');
    const json = editor.getJSON() as DocNode;
    expect(unsupportedIn(json)).toEqual({ nodes: [], marks: [] });
    expect(json.content?.map((node) => [node.type, node.attrs?.level ?? null])).toEqual([
      ['paragraph', null],
      ['heading', 1],
      ['heading', 3],
    ]);
  });

  it('inserts a 3×3 table with a header row, drawn without the widths the CSP would refuse', () => {
    const editor = makeEditor();
    editor.commands.insertTable({ rows: 3, cols: 3, withHeaderRow: true });
    const table = (editor.getJSON() as DocNode).content?.find((node) => node.type === 'table');
    expect(table?.content).toHaveLength(3);
    expect(table?.content?.[0]?.content?.map((cell) => cell.type)).toEqual(['tableHeader', 'tableHeader', 'tableHeader']);
    expect(table?.content?.[1]?.content?.map((cell) => cell.type)).toEqual(['tableCell', 'tableCell', 'tableCell']);
    // What is copied to the clipboard; on screen the table's node view sets widths through CSSOM, which the CSP allows.
    expect(editor.getHTML()).not.toContain('style=');
  });

  it('keeps only web and email links', () => {
    const editor = makeEditor('<p><a href="https://www.gov.uk">gov</a> <a href="javascript:alert(1)">bad</a> <a href="file:///C:/notes.docx">file</a> <a href="mailto:chair@example.org">mail</a></p>');
    const hrefs = JSON.stringify(editor.getJSON()).match(/"href":"[^"]*"/g);
    expect(hrefs).toEqual(['"href":"https://www.gov.uk"', '"href":"mailto:chair@example.org"']);
  });
});

describe('link addresses', () => {
  it('accepts web and email addresses only', () => {
    expect(isSafeLink('https://www.gov.uk/guidance')).toBe(true);
    expect(isSafeLink('http://example.org')).toBe(true);
    expect(isSafeLink('mailto:chair@example.org')).toBe(true);
    for (const bad of ['javascript:alert(1)', ' java\tscript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'ftp://example.org', 'tel:0123', '/relative', '', null]) {
      expect(isSafeLink(bad), String(bad)).toBe(false);
    }
  });

  it('turns what a user types into an address to store', () => {
    expect(normaliseLink(' www.gov.uk ')).toBe('https://www.gov.uk');
    expect(normaliseLink('chair@example.org')).toBe('mailto:chair@example.org');
    expect(normaliseLink('https://example.org/a?b=c')).toBe('https://example.org/a?b=c');
    expect(normaliseLink('javascript:alert(1)')).toBeNull();
    expect(normaliseLink('not a link')).toBeNull();
  });
});

describe('footnotes', () => {
  it('are stored as an inline footnote holding its text', () => {
    const editor = makeEditor({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The visit was missed.' }] }] });
    editor.commands.focus('end');
    editor.commands.setFootnote('  Recorded by the school on 12 March 2019. ');
    expect((editor.getJSON() as DocNode).content?.[0]?.content).toEqual([
      { type: 'text', text: 'The visit was missed.' },
      { type: 'footnote', content: [{ type: 'text', text: 'Recorded by the school on 12 March 2019.' }] },
    ]);
    // As the core counts: the sentence and the note's own words.
    expect(wordCount(editor.getJSON() as DocNode)).toBe(12);
    expect(editor.commands.setFootnote('   ')).toBe(false);
  });

  it('chosen in the text, has its text replaced rather than a second one added', () => {
    const editor = makeEditor({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Seen.' }, { type: 'footnote', content: [{ type: 'text', text: 'Old' }] }] }] });
    editor.commands.setNodeSelection(6);
    expect(editor.isActive('footnote')).toBe(true);
    expect(toolbarState(editor).footnote?.active).toBe(true);
    editor.commands.setFootnote('New');
    expect((editor.getJSON() as DocNode).content?.[0]?.content).toEqual([
      { type: 'text', text: 'Seen.' },
      { type: 'footnote', content: [{ type: 'text', text: 'New' }] },
    ]);
  });

  it('hold plain text only, and survive the clipboard', () => {
    const editor = makeEditor('<p>Seen<span data-footnote>Health <b>visitor</b> record</span></p>');
    const paragraph = (editor.getJSON() as DocNode).content?.[0];
    expect(paragraph?.content?.[1]).toEqual({ type: 'footnote', content: [{ type: 'text', text: 'Health visitor record' }] });
    expect(editor.getHTML()).toContain('<span data-footnote="" class="doc-footnote">Health visitor record</span>');
    expect(editor.schema.nodes.footnote?.contentMatch.matchType(editor.schema.nodes.reference!)).toBeNull();
  });

  it('have a toolbar button only where the editor offers the footnote form', () => {
    const actions = { openLink: () => {}, openReference: () => {} };
    const ids = (groups: ReturnType<typeof groupsFor>) => groups.flatMap((group) => group.items.map((item) => item.id));
    expect(ids(groupsFor(actions))).not.toContain('footnote');
    expect(ids(groupsFor({ ...actions, openFootnote: () => {} }))).toContain('footnote');
  });
});
