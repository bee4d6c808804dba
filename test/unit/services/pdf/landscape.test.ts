/**
 * Page orientation and the contents rule: a landscape request turns every page — cover, contents,
 * body, appendix and sign-off — to A4 landscape with the furniture in the landscape margins and
 * the appendix's columns spread across the wider page; a portrait request is unchanged; and a
 * contents page appears only when it helps (layout.ts, hasContentsPage).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocNode } from '../../../../shared/documents/model';
import { renderPdf, type PdfRequest } from '../../../../electron/services/pdf';
import { checkPdf, heading, pageOf, pageViews, paragraph, PdfReader, request, text, type PageView } from './tools';

const a4 = { long: 841.89, short: 595.28 };
const margin = 64;
const filler = (topic: string) => paragraph(text(`The ${topic} was discussed with practitioners, who described the pressures on the service and the referral routes they used. `.repeat(6)));

function sections(count: number): DocNode[] {
  return Array.from({ length: count }, (_, index) => [heading(1, `Section ${index + 1}`), filler(`section ${index + 1}`), heading(2, `Detail ${index + 1}`), filler('detail')]).flat();
}

/** A document that has every kind of page: cover, contents, body, a multi-page appendix and the sign-off. */
function everything(overrides: Partial<PdfRequest> = {}): PdfRequest {
  return request({
    content: { type: 'doc', content: sections(4) },
    draft: true,
    tables: [
      {
        title: 'Appendix A: agency contacts',
        columns: [
          { header: 'When', width: 1 },
          { header: 'What happened', width: 4 },
        ],
        rows: Array.from({ length: 60 }, (_, index) => [`Contact ${index + 1}`, `row-${index + 1} ${'A home visit, concerns noted and shared with the school. '.repeat(2)}`]),
      },
    ],
    signOff: { signatory: 'Alex Reviewer', role: 'Chair', date: '2026-12-01', decision: 'Approved' },
    ...overrides,
  });
}

/** The x where the text `needle` starts on a page, or NaN. */
function xOf(view: PageView, needle: string): number {
  return view.items.find((item) => item.text.includes(needle))?.x ?? Number.NaN;
}

describe('renderPdf: a landscape request', () => {
  let bytes: Buffer;
  let pdf: PdfReader;
  let views: PageView[];

  beforeAll(async () => {
    bytes = await renderPdf(everything({ orientation: 'landscape' }));
    pdf = new PdfReader(bytes);
    views = await pageViews(bytes);
  });

  afterAll(() => pdf?.close());

  it('is a well-formed PDF', async () => {
    expect(await checkPdf(bytes)).toBe(views.length);
  });

  it('turns every page, cover to sign-off, to A4 landscape', async () => {
    const pages = await pdf.pages();
    expect(views.length).toBeGreaterThanOrEqual(6);
    // Each kind of page is there, so "every page" covers them all.
    expect(pages[0]).toContain('Review: LCSPR 2026/01');
    expect(pages[1]).toContain('Contents');
    expect(pageOf(pages, 'row-60')).toBeGreaterThan(pageOf(pages, 'row-1'));
    expect(pages.at(-1)).toContain('Sign-off');
    views.forEach((view, index) => {
      expect(view.width, `width of page ${index + 1}`).toBeCloseTo(a4.long, 1);
      expect(view.height, `height of page ${index + 1}`).toBeCloseTo(a4.short, 1);
    });
  });

  it('marks and numbers every page, with the number against the landscape right margin', async () => {
    const pages = await pdf.pages();
    pages.forEach((page, index) => {
      const lines = page.split('\n').map((line) => line.trim()).filter(Boolean);
      expect(lines[0], `top of page ${index + 1}`).toBe('OFFICIAL-SENSITIVE');
      expect(lines.slice(-2), `foot of page ${index + 1}`).toEqual(['OFFICIAL-SENSITIVE', `Page ${index + 1} of ${pages.length}`]);
    });
    views.forEach((view, index) => {
      // The cover also says "Protective marking: OFFICIAL-SENSITIVE"; the furniture is the top- and bottom-most.
      const markings = view.items.filter((item) => item.text === 'OFFICIAL-SENSITIVE').sort((a, b) => a.y - b.y);
      const [header, footer] = [markings[0]!, markings.at(-1)!];
      expect(header.y, `header of page ${index + 1}`).toBeLessThan(78);
      expect(footer.y, `footer of page ${index + 1}`).toBeGreaterThan(a4.short - 72);
      expect(footer.y).toBeLessThan(a4.short);
      // Centred across the wide page.
      for (const marking of [header, footer]) expect(marking.x + marking.width / 2).toBeCloseTo(a4.long / 2, 0);
      // Right-aligned at the landscape page's right margin: past any x a portrait page has.
      const pageNumber = view.items.find((item) => item.text.startsWith('Page '))!;
      expect(pageNumber.x, `page number on page ${index + 1}`).toBeGreaterThan(a4.short);
      expect(pageNumber.x + pageNumber.width).toBeCloseTo(a4.long - margin, 0);
    });
  });

  it('spreads the appendix columns over the landscape text width', () => {
    const first = views.find((view) => view.items.some((item) => item.text === 'What happened'))!;
    // Weights 1 : 4 of 841.89 − 2 × 64 points: the second column starts a fifth of the way across.
    const expected = margin + (a4.long - 2 * margin) / 5;
    expect(xOf(first, 'What happened')).toBeGreaterThan(expected);
    expect(xOf(first, 'What happened')).toBeLessThan(expected + 10);
  });

  it('lists every entry in its contents at the page it is on', async () => {
    const contents = (await pdf.pages('layout'))[1]!;
    const pages = await pdf.pages();
    for (const title of ['Section 1', 'Section 4', 'Appendix A: agency contacts', 'Sign-off']) {
      const line = contents.split('\n').find((candidate) => candidate.trim().startsWith(`${title} `));
      expect(line, title).toBeDefined();
      expect(Number(line!.trim().split(/\s+/).at(-1)), title).toBe(pageOf(pages, title, 3));
    }
  });
});

describe('renderPdf: portrait', () => {
  it('gives portrait pages when no orientation is asked for, and when portrait is', async () => {
    for (const orientation of [undefined, 'portrait'] as const) {
      const views = await pageViews(await renderPdf(everything({ orientation, tables: [] })));
      for (const view of views) {
        expect(view.width).toBeCloseTo(a4.short, 1);
        expect(view.height).toBeCloseTo(a4.long, 1);
      }
    }
  });

  it('refuses an orientation it does not know rather than guessing', async () => {
    await expect(renderPdf(everything({ orientation: 'Landscape' as never }))).rejects.toThrow(/orientation "Landscape"/);
  });
});

describe('renderPdf: when there is a contents page', () => {
  async function pagesOf(overrides: Parameters<typeof request>[0]): Promise<string[]> {
    const pdf = new PdfReader(await renderPdf(request(overrides)));
    try {
      return await pdf.pages();
    } finally {
      await pdf.close();
    }
  }

  it('keeps it for a document with several headings of its own', async () => {
    const pages = await pagesOf({ content: { type: 'doc', content: sections(3) } });
    expect(pages[1]).toContain('Contents');
    expect(pages[1]).toMatch(/Section 1[\s\S]*Section 2[\s\S]*Section 3/);
    expect(pages[2]).toContain('Section 1');
  });

  it('leaves it out when there would be one or two entries and no headings: the text starts on page 2', async () => {
    const pages = await pagesOf({
      content: { type: 'doc', content: [paragraph(text('The table follows.'))] },
      tables: [{ title: 'Appendix A', columns: [{ header: 'Item', width: 1 }], rows: [['first row']] }],
      signOff: { signatory: 'Alex Reviewer', role: 'Chair', date: '2026-12-01', decision: 'Approved' },
    });
    expect(pages.some((page) => page.includes('Contents'))).toBe(false);
    expect(pages[1]).toContain('The table follows.');
  });

  it('keeps it without headings once there are three places to go', async () => {
    const table = (title: string) => ({ title, columns: [{ header: 'Item', width: 1 }], rows: [['a row']] });
    const pages = await pagesOf({
      content: { type: 'doc', content: [paragraph(text('Two appendices follow.'))] },
      tables: [table('Appendix A'), table('Appendix B')],
      signOff: { signatory: 'Alex Reviewer', role: 'Chair', date: '2026-12-01', decision: 'Approved' },
    });
    expect(pages[1]).toContain('Contents');
    expect(pages[1]).toMatch(/Appendix A[\s\S]*Appendix B[\s\S]*Sign-off/);
  });
});

describe('renderPdf: an appendix that follows on the same page', () => {
  it('starts under the text before it when the table says newPage: false, and on a new page otherwise', async () => {
    const table = { title: 'Appendix A', columns: [{ header: 'Item', width: 1 }], rows: [['first row']] };
    for (const [newPage, samePage] of [[false, true], [undefined, false]] as const) {
      const pdf = new PdfReader(await renderPdf(request({ content: { type: 'doc', content: [paragraph(text('The table follows.'))] }, tables: [{ ...table, newPage }] })));
      try {
        const pages = await pdf.pages();
        expect(pageOf(pages, 'first row') === pageOf(pages, 'The table follows.'), `newPage: ${newPage}`).toBe(samePage);
      } finally {
        await pdf.close();
      }
    }
  });
});
