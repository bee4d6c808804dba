/**
 * A report as a reader gets it: every page marked and numbered, the text all there (and literal),
 * a contents page whose numbers are right, an outline, only the embedded Noto Sans, and a file
 * that pdf.js reads cleanly as a tagged PDF (test/crosscheck asks qpdf and poppler the same).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocJson, DocNode } from '../../../../shared/documents/model';
import { renderPdf } from '../../../../electron/services/pdf';
import { bullets, cell, checkPdf, count, heading, link, numbered, pageOf, paragraph, PdfReader, person, request, table, text } from './tools';

const filler = (topic: string) =>
  paragraph(text(`The ${topic} was discussed at the practitioner event. Practitioners described the pressures on the service at the time, the referral routes they used and what they would do differently now. `.repeat(5)));

function reportContent(): DocJson {
  const content: DocNode[] = [
    heading(1, 'Introduction'),
    paragraph(
      text('This review concerns '),
      person('p-1', 'Maisie Hartwell'),
      text(' and her family. '),
      text('Bold', 'bold'),
      text(', '),
      text('italic', 'italic'),
      text(', '),
      text('underlined', 'underline'),
      text(', '),
      text('struck', 'strike'),
      text(' and '),
      text('code()', 'code'),
      text(' text, a '),
      link('web link', 'https://example.org/guidance'),
      text(' and a '),
      link('script link', 'javascript:alert(1)'),
      text('. Literal markup: <script>alert(1)</script> and <b>x</b>.'),
      { type: 'footnote', content: [paragraph(text('Footnote text: from the health visiting record.'))] },
    ),
    paragraph(text('First line'), { type: 'hardBreak' }, text('Second line after a hard break')),
    bullets('Bullet about the home visit', 'Bullet about the school'),
    numbered(3, 'Numbered item three', 'Numbered item four'),
    { type: 'blockquote', content: [paragraph(text('Quoted words from the family interview.'))] },
    { type: 'horizontalRule' },
    heading(2, 'Agency involvement'),
    table([cell('Agency', true), cell('Involvement', true)], [cell('Police'), cell('Two callouts to the home in the spring')], [{ type: 'tableCell', attrs: { colspan: 2 }, content: [paragraph(text('A cell across both columns'))] }]),
  ];
  for (let section = 1; section <= 6; section++) {
    content.push(heading(1, `Finding ${section}`));
    content.push(filler(`finding ${section}`), filler('context'));
    content.push(heading(2, `What agencies knew in finding ${section}`), filler('information sharing'));
    content.push(heading(3, `Detail of finding ${section}`), filler('detail'));
  }
  return { type: 'doc', content };
}

let pdf: PdfReader;

beforeAll(async () => {
  pdf = new PdfReader(await renderPdf(request({ content: reportContent(), author: 'Independent reviewer', subject: 'LCSPR overview', keywords: ['safeguarding'] })));
});

afterAll(() => pdf?.close());

describe('renderPdf: a report', () => {
  it('marks every page at the top and bottom and numbers it "Page N of M"', async () => {
    const pages = await pdf.pages();
    const total = await pdf.pageCount();
    expect(pages.length).toBe(total);
    expect(total).toBeGreaterThanOrEqual(6);
    pages.forEach((page, index) => {
      const lines = page.split('\n').map((line) => line.trim()).filter(Boolean);
      expect(lines[0], `top of page ${index + 1}`).toBe('OFFICIAL-SENSITIVE');
      expect(lines.slice(-2), `foot of page ${index + 1}`).toEqual(['OFFICIAL-SENSITIVE', `Page ${index + 1} of ${total}`]);
    });
  });

  it('shows the title, review, version and date on the cover', async () => {
    const cover = (await pdf.pages())[0]!;
    for (const expected of ['Overview report', 'Review: LCSPR 2026/01', 'Version 2 — PRG review', '27 November 2026', 'Protective marking: OFFICIAL-SENSITIVE']) expect(cover).toContain(expected);
  });

  it('draws headings, marks, lists, quotes, tables, references and footnotes as text', async () => {
    const all = await pdf.text();
    for (const expected of [
      'Introduction',
      'This review concerns Maisie Hartwell and her family. Bold, italic, underlined, struck and code()',
      'First line\nSecond line after a hard break',
      '• Bullet about the home visit',
      '3. Numbered item three',
      '4. Numbered item four',
      'Quoted words from the family interview.',
      'Agency involvement',
      'Two callouts to the home in the spring',
      'A cell across both columns',
      'Detail of finding 6',
    ]) {
      expect(all).toContain(expected);
    }
    // The footnote: a number after the sentence, the note under "Notes" at the end.
    expect(all).toMatch(/<b>x<\/b>\.1/);
    const pages = await pdf.pages();
    const notes = pageOf(pages, 'Notes', 3);
    expect(pages[notes - 1]).toMatch(/1\.\s+Footnote text: from the health visiting record\./);
  });

  it('draws markup-like text literally', async () => {
    expect(await pdf.text()).toContain('Literal markup: <script>alert(1)</script> and <b>x</b>.');
  });

  it('makes web links clickable and leaves other links as text', async () => {
    expect(await pdf.links()).toEqual(['https://example.org/guidance']);
    expect(pdf.bytes.toString('latin1')).not.toContain('javascript:');
    expect(await pdf.text()).toContain('script link');
  });

  it('embeds every font, and only Noto Sans', async () => {
    const fonts = await pdf.fonts();
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const font of fonts) {
      expect(font.embedded, font.name).toBe(true);
      expect(font.name).toMatch(/^[A-Z]{6}\+NotoSans-(Regular|Bold|Italic|BoldItalic)$/);
      // pdffonts calls this "CID TrueType".
      expect(font.type).toBe('CIDFontType2');
    }
  });

  it('is a valid tagged PDF 1.7 with its title and metadata', async () => {
    const info = await pdf.info();
    // Opened without repair, every page's drawing and text read without an error or a warning.
    expect(await checkPdf(pdf.bytes)).toBe(info.pages);
    expect(info.fields).toMatchObject({ Title: 'Overview report', Author: 'Independent reviewer', Subject: 'LCSPR overview', Keywords: 'safeguarding', Creator: 'Practice Review Workspace' });
    expect(info).toMatchObject({ tagged: true, version: '1.7', language: 'en-GB' });
    // The logical structure a screen reader walks.
    const types = await pdf.structureTypes();
    for (const type of ['Document', 'H1', 'H2', 'H3', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD', 'BlockQuote', 'TOC', 'TOCI', 'Note']) expect(types, type).toContain(type);
  });

  it('lists the headings in the outline, nested by level, at the pages they are on', async () => {
    const outline = await pdf.outline();
    const pages = await pdf.pages();
    expect(outline[0]).toBe(`Introduction@${pageOf(pages, 'Introduction', 3)}`);
    expect(outline[1]).toBe(`  Agency involvement@${pageOf(pages, 'Agency involvement', 3)}`);
    expect(outline).toContain(`Finding 4@${pageOf(pages, 'Finding 4', 3)}`);
    expect(outline).toContain(`  What agencies knew in finding 4@${pageOf(pages, 'What agencies knew in finding 4', 3)}`);
    expect(outline).toContain(`    Detail of finding 4@${pageOf(pages, 'Detail of finding 4', 3)}`);
    expect(outline[outline.length - 1]).toBe(`Notes@${pageOf(pages, 'Notes', 3)}`);
  });

  it('prints a contents page whose page numbers are where the headings are', async () => {
    const contents = (await pdf.pages('layout'))[1]!;
    expect(contents).toContain('Contents');
    const pages = await pdf.pages();
    const titles = ['Introduction', 'Agency involvement', 'Finding 1', 'Finding 6', 'What agencies knew in finding 3', 'Notes'];
    for (const title of titles) {
      const line = contents.split('\n').find((candidate) => candidate.trim().startsWith(`${title} `));
      expect(line, title).toBeDefined();
      const printed = Number(/(\d+)\s*$/.exec(line!)?.[1]);
      expect(printed, title).toBe(pageOf(pages, title, 3));
    }
    // Level 3 headings are in the outline but not the contents.
    expect(count(contents, 'Detail of finding')).toBe(0);
  });
});
