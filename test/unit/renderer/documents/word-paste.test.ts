// @vitest-environment happy-dom
/** Pasting from Word: the structure comes in, the styling and Word's own markup do not. */
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { documentExtensions } from '../../../../renderer/features/documents/extensions';
import { cleanPastedHtml } from '../../../../renderer/features/documents/word-paste';
import { unsupportedIn, type DocNode } from '../../../../shared/documents/model';
import { wordClipboard } from './word-sample';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const childTags = (element: Element | null | undefined) => [...(element?.children ?? [])].map((child) => child.tagName.toLowerCase());

describe('cleaning HTML pasted from Word', () => {
  const cleaned = cleanPastedHtml(wordClipboard);
  const body = parse(cleaned).body;

  it('drops every style, class, font and Word-only element, keeping the words', () => {
    expect(cleaned).not.toMatch(/style=|class=|lang=|<span|<font|<o:p|mso-|<meta|<link|<style|<!--|supportLists|Calibri/i);
    expect(body.textContent).toContain('The review considers the support given to Maisie Hartwell');
    expect(body.textContent).toContain('the voice of the child');
  });

  it('never hands the browser a style attribute or <style> element to parse, which the CSP would report as refused', () => {
    const parse = vi.spyOn(DOMParser.prototype, 'parseFromString');
    try {
      cleanPastedHtml(wordClipboard);
      const parsed = String(parse.mock.calls[0]?.[0]);
      expect(parsed).not.toMatch(/<style|\sstyle\s*=/i);
      expect(parsed).toContain("data-paste-style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'");
    } finally {
      parse.mockRestore();
    }
  });

  it('keeps headings, bold and italic, and leaves out the empty spacing paragraph', () => {
    expect(childTags(body)).toEqual(['h1', 'p', 'h2', 'ul', 'p', 'ol', 'table', 'p']);
    expect(body.querySelector('h1')?.textContent).toBe('Background to the review');
    expect(body.querySelector('p b')?.textContent).toBe('Maisie Hartwell');
    expect(body.querySelector('p i')?.textContent).toBe('March 2019');
  });

  it('turns bulleted list paragraphs into a nested <ul>, without the typed bullets', () => {
    const list = body.querySelector('ul');
    const items = [...(list?.children ?? [])];
    expect(items.map((item) => item.tagName)).toEqual(['LI', 'LI']);
    expect(items[0]?.querySelector('p')?.textContent).toBe('How agencies shared information');
    const nested = items[0]?.querySelector('ul');
    expect(nested?.querySelectorAll('li')).toHaveLength(1);
    expect(nested?.textContent?.trim()).toBe('at the strategy discussion');
    expect(items[1]?.textContent?.trim()).toBe('Whether the voice of the child was heard');
    expect(list?.textContent).not.toMatch(/[·§]|\u00a0/);
  });

  it('turns numbered list paragraphs into an <ol>, without the typed numbers', () => {
    const items = [...(body.querySelector('ol')?.querySelectorAll('li') ?? [])].map((item) => item.textContent?.trim());
    expect(items).toEqual(['Chronologies requested from six agencies', 'Practitioners’ learning event held']);
  });

  it('keeps the table and its bold header cells, without widths or borders', () => {
    const table = body.querySelector('table');
    expect(table?.attributes).toHaveLength(0);
    expect([...(table?.querySelectorAll('td') ?? [])].map((cell) => cell.textContent?.trim())).toEqual(['Agency', 'Contact', 'Police', 'Strategy discussion, 11 March 2019']);
    expect(table?.querySelector('td b')?.textContent).toBe('Agency');
    for (const cell of table?.querySelectorAll('td') ?? []) expect(cell.attributes).toHaveLength(0);
  });

  it('keeps web links and unwraps links to files on the author’s computer', () => {
    const links = [...body.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['https://www.gov.uk/government/publications/working-together-to-safeguard-children--2']);
    expect(body.lastElementChild?.textContent?.replace(/\s+/g, ' ')).toBe('See Working Together 2018 and my notes.');
  });

  it('gives the editor only nodes and marks the PDF engine can draw', () => {
    const editor = new Editor({ extensions: documentExtensions(), content: cleaned });
    try {
      const json = editor.getJSON() as DocNode;
      expect(unsupportedIn(json)).toEqual({ nodes: [], marks: [] });
      const types = (json.content ?? []).map((node) => node.type);
      expect(types).toEqual(['heading', 'paragraph', 'heading', 'bulletList', 'paragraph', 'orderedList', 'table', 'paragraph']);
      const outer = json.content?.[3];
      expect(outer?.content?.[0]?.content?.map((node) => node.type)).toEqual(['paragraph', 'bulletList']);
    } finally {
      editor.destroy();
    }
  });
});

describe('cleaning other pasted HTML', () => {
  let editor: Editor | null = null;
  afterEach(() => {
    editor?.destroy();
    editor = null;
  });

  it('reads emphasis written as style (Google Docs), and drops its bold-looking wrapper', () => {
    const html = '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr"><span style="font-weight:700;color:#000">Strategy</span> <span style="font-style:italic">meeting</span> <span style="text-decoration:underline">held</span></p></b>';
    const body = parse(cleanPastedHtml(html)).body;
    expect(body.innerHTML).toBe('<p><strong>Strategy</strong> <em>meeting</em> <u>held</u></p>');
  });

  it('drops scripts, images, forms and links that are not web or email addresses', () => {
    const html = '<p>Before<script>alert(1)</script><img src="https://tracker.example/pixel.gif"><a href="javascript:alert(1)">click</a> <a href=" java\tscript:x">also</a> <a href="mailto:chair@example.org">chair</a></p><form><input value="x"></form>';
    expect(cleanPastedHtml(html)).toBe('<p>Beforeclick also <a href="mailto:chair@example.org">chair</a></p>');
  });

  it('keeps what the editor itself put on the clipboard: its slice marker, reference chips and footnotes', () => {
    const html = '<p data-pm-slice="1 1 []">Seen by <span data-reference="" data-kind="person" data-id="p1" class="doc-reference">Maisie Hartwell</span> today<span data-footnote="" class="doc-footnote">School log</span></p>';
    expect(cleanPastedHtml(html)).toBe('<p data-pm-slice="1 1 []">Seen by <span data-reference="" data-kind="person" data-id="p1">Maisie Hartwell</span> today<span data-footnote="">School log</span></p>');
  });

  it('brings headings below level 3 up to level 3, and Word’s Title and Quote styles in as a heading and a quotation', () => {
    const html = '<p class=MsoTitle>Child M</p><h4>Detail</h4><p class=MsoQuote>“I wanted someone to ask me.”</p>';
    expect(cleanPastedHtml(html)).toBe('<h1>Child M</h1><h3>Detail</h3><blockquote><p>“I wanted someone to ask me.”</p></blockquote>');
  });
});
