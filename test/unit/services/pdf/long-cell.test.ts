/**
 * A very long table cell: the PDF draws its start, cut at a word, and says in the cell how long it
 * really is and where the full text is, so a 5,000,000-character cell makes a few pages, not
 * thousands. A row still taller than a page (a narrow column) continues over the next pages and
 * the table goes on after it. Cells of ordinary length are drawn whole, with no note.
 */
import { describe, expect, it } from 'vitest';
import { toPdf } from '../../../../electron/services/chronology/export-pdf';
import { renderPdf } from '../../../../electron/services/pdf';
import { cellCharacterBudget } from '../../../../electron/services/pdf/shorten';
import type { ChronologyEntry } from '../../../../shared/chronology/views';
import { cell, paragraph, PdfReader, request, table, text } from './tools';

const words = ['The', 'family', 'support', 'worker', 'visited', 'the', 'home', 'and', 'recorded', 'what', 'was', 'said.'];

/** Fictional running text of exactly `length` characters. */
function filler(length: number): string {
  const sentence = `${words.join(' ')} `;
  return sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length);
}

/** Only the fields the PDF draws; the rest of an entry never reaches it. */
function entry(id: string, event: string): ChronologyEntry {
  return {
    id,
    agency: 'Health Visiting',
    date: { start: '2024-03-01', end: '2024-03-01', time: null, precision: 'day', approximate: false, text: '01/03/2024' },
    event,
    action: 'Referral to early help',
  } as unknown as ChronologyEntry;
}

/** The chronology table's header row, one cell a line in the reader's text. */
const chronologyHeaders = ['Date', 'Agency', 'Event', 'Action and outcome', 'Significance', "Reviewer's analysis"];

/**
 * A page's text without its furniture (the marking above; the marking and page number below) or
 * the table header repeated at its top: what a reader reads on through a page break, where a
 * long cell (its note included) may continue.
 */
function pageBody(page: string): string {
  const lines = page.split('\n').map((line) => line.trim()).filter(Boolean).slice(1, -2);
  let start = 0;
  while (start < chronologyHeaders.length && lines[start] === chronologyHeaders[start]) start += 1;
  return (start === chronologyHeaders.length ? lines.slice(start) : lines).join(' ');
}

/**
 * The reader's text with line breaks and runs of spaces as single spaces, as a reader would read
 * a wrapped cell; `body` also leaves out the page furniture between pages.
 */
async function read(bytes: Uint8Array): Promise<{ pages: number; text: string; body: string }> {
  const pdf = new PdfReader(bytes);
  try {
    const pages = await pdf.pages();
    return { pages: pages.length, text: pages.join('\n').replace(/\s+/g, ' '), body: pages.map(pageBody).join(' ').replace(/\s+/g, ' ') };
  } finally {
    await pdf.close();
  }
}

describe('PDF tables: a very long cell', () => {
  it('draws a 5,000,000-character chronology entry in a few pages, saying it was shortened and where the full text is', async () => {
    const event = `Opening words of the long entry. ${filler(5_000_000 - 33)}`;
    expect(event.length).toBe(5_000_000);
    const bytes = await toPdf([entry('e-1', event), entry('e-2', 'Ordinary visit after the long entry.')], { reviewTitle: 'LCSPR 2026/01', anonymised: false, date: '2026-11-27' });
    const pdf = await read(bytes);

    expect(pdf.pages).toBeLessThanOrEqual(5);
    expect(pdf.text).toContain('Opening words of the long entry. The family support worker');
    // The note may run on over a page break (the cell continues on the next page): read through it.
    expect(pdf.body).toContain('[Shortened here: this entry is 5,000,000 characters long. The full text is in the workspace and in the CSV export.]');
    // Cut after a whole word, marked with an ellipsis, just before the note.
    expect(pdf.body).toMatch(new RegExp(`\\b(${words.map((word) => word.replace('.', '\\.')).join('|')})… \\[Shortened here`));
    expect(pdf.text).toContain('Ordinary visit after the long entry.');
  }, 120_000);

  it('points to the Excel and CSV exports when Excel can hold the whole entry', async () => {
    const pdf = await read(await toPdf([entry('e-1', filler(20_000))], { reviewTitle: 'LCSPR 2026/01', anonymised: false, date: '2026-11-27' }));
    expect(pdf.body).toContain('[Shortened here: this entry is 20,000 characters long. The full text is in the workspace and in the Excel and CSV exports.]');
  }, 60_000);

  it('draws a 5,000,000-character cell of a document table in a few pages, pointing to the document', async () => {
    const long = `Opening words of the long cell. ${filler(5_000_000 - 32)}`;
    const content = { type: 'doc' as const, content: [paragraph(text('Findings are in the table.')), table([cell('Finding', true), cell('Evidence', true)], [cell(long), cell('Short cell beside it')], [cell('Next row'), cell('Still drawn')])] };
    const pdf = await read(await renderPdf(request({ content })));

    expect(pdf.pages).toBeLessThanOrEqual(5);
    expect(pdf.text).toContain('Opening words of the long cell. The family support worker');
    expect(pdf.text).toContain('[Shortened here: this cell is 5,000,000 characters long. The full text is in the document.]');
    expect(pdf.text).toContain('Short cell beside it');
    expect(pdf.text).toContain('Still drawn');
  }, 120_000);

  it('draws a cell of ordinary length whole, with no note', async () => {
    const whole = `First words of an ordinary entry. ${filler(cellCharacterBudget - 60)} Last words of the entry.`;
    expect(whole.length).toBeLessThanOrEqual(cellCharacterBudget);
    const pdf = await read(await toPdf([entry('e-1', whole)], { reviewTitle: 'LCSPR 2026/01', anonymised: false, date: '2026-11-27' }));
    expect(pdf.text).toContain('First words of an ordinary entry.');
    expect(pdf.text).toContain('Last words of the entry.');
    expect(pdf.text).not.toContain('Shortened here');
  }, 60_000);
});

describe('PDF tables: a row taller than a page in a narrow column', () => {
  it('continues the row over the next pages, ends, and draws the rows after it', async () => {
    // One unbroken "word" in a column a few characters wide: hundreds of lines, over several pages.
    const endless = 'x'.repeat(5_000_000);
    const bytes = await renderPdf(
      request({
        content: { type: 'doc', content: [paragraph(text('See the appendix.'))] },
        tables: [{ title: 'Narrow appendix', columns: [{ header: 'Code', width: 1 }, { header: 'Note', width: 14 }], rows: [[endless, 'Beside the narrow cell'], ['after', 'The row after']] }],
      }),
    );
    const pdf = await read(bytes);
    // The cover and the text (one contents entry, so no contents page), then the row: cut to the
    // line budget, about four pages.
    expect(pdf.pages).toBeLessThanOrEqual(8);
    expect(pdf.text).toContain('xxxx');
    // In so narrow a column the note's words are broken too.
    expect(pdf.text.replace(/ /g, '')).toContain('[Shortenedhere:thiscellis5,000,000characterslong.]');
    expect(pdf.text).toContain('The row after');
  }, 120_000);

  it('draws a document table whose header row is taller than a page once, then every row', async () => {
    const header = `Header words. ${filler(cellCharacterBudget - 20)}`;
    const rows = Array.from({ length: 40 }, (_, index) => [cell(`r${index + 1}`), cell(`Row ${index + 1} text`)]);
    // The header's first column is a sliver of the table, so its text runs to several pages.
    const narrow = table([{ ...cell(header, true), attrs: { colwidth: [20] } }, { ...cell('Evidence column', true), attrs: { colwidth: [600] } }], ...rows);
    const pdf = await read(await renderPdf(request({ content: { type: 'doc', content: [narrow] } })));
    expect(pdf.pages).toBeLessThanOrEqual(10);
    for (const n of [1, 20, 40]) expect(pdf.text).toContain(`Row ${n} text`);
    // Drawn once, not at the top of every page.
    expect(pdf.text.split('Evidence column').length - 1).toBe(1);
  }, 120_000);
});
