/**
 * Appendix tables: a 5,000-row chronology drawn in full with the embedded font, the header on
 * every page, and no row torn across a page break (unless it is taller than a page).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdf, type PdfTable } from '../../../../electron/services/pdf';
import { pageOf, paragraph, PdfReader, request, text } from './tools';

const headers = ['Date and time', 'Agency', 'Reference', 'Event', 'Action', 'Recorded by'];

function chronology(rows: number): PdfTable {
  const agencies = ['Police', "Children's Social Care", 'Health Visiting', 'School', 'GP practice'];
  return {
    title: 'Appendix A: chronology',
    columns: headers.map((header, index) => ({ header, width: [1.3, 1.3, 1.2, 3.2, 2, 1.2][index]! })),
    rows: Array.from({ length: rows }, (_, index) => {
      const n = index + 1;
      return [
        `2019-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')} 09:${String(index % 60).padStart(2, '0')}`,
        agencies[index % agencies.length]!,
        `REF-${n}`,
        `start-${n} home visit by the health visitor, concerns about weight and missed appointments noted end-${n}`,
        'Referral to children’s social care',
        'Health visitor',
      ];
    }),
  };
}

let pdf: PdfReader;
let pages: string[];
let first: number;

beforeAll(async () => {
  pdf = new PdfReader(await renderPdf(request({ content: { type: 'doc', content: [paragraph(text('The chronology is in the appendix.'))] }, tables: [chronology(5_000)] })));
  pages = await pdf.pages();
  first = pageOf(pages, 'Appendix A: chronology', 3);
}, 600_000); // a hang guard only: speed is measured by npm run bench

afterAll(() => pdf?.close());

describe('renderPdf: a 5,000-row appendix', () => {
  it('draws every row once, first, middle and last included', async () => {
    const all = await pdf.text();
    const refs = [...all.matchAll(/\bREF-(\d+)\b/g)].map((match) => Number(match[1]));
    expect(refs.length).toBe(5_000);
    expect(new Set(refs).size).toBe(5_000);
    for (const n of [1, 2_500, 5_000]) {
      expect(all).toContain(`start-${n} `);
      expect(all).toContain(`end-${n}`);
    }
  });

  it('repeats the header row at the top of every page of the table', () => {
    expect(first).toBeGreaterThan(2);
    const tablePages = pages.slice(first - 1);
    expect(tablePages.length).toBeGreaterThan(100);
    tablePages.forEach((page, index) => {
      // A header may wrap in its cell ("Date and / time").
      const flat = page.replace(/\s+/g, ' ');
      for (const header of headers) expect(flat, `page ${first + index}`).toContain(header);
    });
  });

  it('never splits a row across pages', () => {
    const startPage = new Map<string, number>();
    const endPage = new Map<string, number>();
    pages.forEach((page, index) => {
      for (const match of page.matchAll(/\bstart-(\d+)\b/g)) startPage.set(match[1]!, index + 1);
      for (const match of page.matchAll(/\bend-(\d+)\b/g)) endPage.set(match[1]!, index + 1);
    });
    expect(startPage.size).toBe(5_000);
    const torn = [...startPage].filter(([n, page]) => endPage.get(n) !== page);
    expect(torn).toEqual([]);
  });

  it('lists the appendix in the outline at its first page, with no contents page for its one entry', async () => {
    // A document without headings and one appendix gets no contents page (layout.ts): the text is on page 2.
    expect(pages.some((page) => page.includes('Contents'))).toBe(false);
    expect(pages[1]).toContain('The chronology is in the appendix.');
    expect(await pdf.outline()).toContain(`Appendix A: chronology@${first}`);
  });
});

describe('renderPdf: a row taller than a page', () => {
  it('continues the row on the next page, under the repeated header, with nothing lost', async () => {
    // 100 lines (about a page and a half) and 2,700 characters: within what a cell draws whole (shorten.ts).
    const lines = Array.from({ length: 100 }, (_, index) => `line ${index + 1} of the long note`).join('\n');
    const tall = new PdfReader(
      await renderPdf(
        request({
          content: { type: 'doc', content: [paragraph(text('See the appendix.'))] },
          tables: [{ title: 'Notes appendix', columns: [{ header: 'Entry', width: 1 }, { header: 'Note', width: 4 }], rows: [['short', 'A short note'], ['long', lines], ['after', 'The row after']] }],
        }),
      ),
    );
    try {
      const tallPages = await tall.pages();
      const tallText = await tall.text();
      const start = pageOf(tallPages, 'line 1 of the long note', 3);
      const end = pageOf(tallPages, 'line 100 of the long note', 3);
      expect(end).toBeGreaterThan(start);
      for (let n = 1; n <= 100; n++) expect(tallText).toContain(`line ${n} of the long note`);
      expect(tallText).not.toContain('Shortened here');
      for (let page = start; page <= end; page++) expect(tallPages[page - 1]).toMatch(/Entry\s+Note/);
      expect(tallText).toContain('The row after');
    } finally {
      await tall.close();
    }
  });
});
