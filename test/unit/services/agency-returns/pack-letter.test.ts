/**
 * The covering letter as the agency reads it, with pdf.js: to whom, what is asked, by when, how to
 * send it securely, who it is from, and the protective marking at the top and bottom of every page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestAskPhrases, type RequestPackInput } from '../../../../shared/agency-returns/model';
import { coveringLetterProduct } from '../../../../electron/services/agency-returns/pack';
import { checkPdf, PdfReader } from '../../pdf-reader';
import { packInput } from './pack-helpers';

/** Every ask: the longest letter, over more than one page. */
const everything: RequestPackInput = { ...packInput, asks: ['summary', 'chronology', 'report', 'information'] };

async function letter(input: RequestPackInput): Promise<{ pdf: PdfReader; text: string }> {
  const bytes = await coveringLetterProduct(input, { reviewId: 'review-1' }).render();
  await checkPdf(bytes);
  const pdf = new PdfReader(bytes);
  // Lines as a reader sees them, joined: a sentence may wrap.
  return { pdf, text: (await pdf.text()).replace(/\s+/g, ' ') };
}

let full: { pdf: PdfReader; text: string };

beforeAll(async () => {
  full = await letter(everything);
});

afterAll(() => full?.pdf.close());

describe('the covering letter', () => {
  it('is an agency-request export, anonymised, named after the agency', () => {
    const product = coveringLetterProduct(packInput, { reviewId: 'review-1' });
    expect(product).toMatchObject({ kind: 'agency-request', format: 'pdf', reviewId: 'review-1', anonymised: true, filtered: false, fileName: 'request-letter-northshire-police.pdf' });
    expect(product.sourceTexts().map((source) => source.text)).toEqual(
      expect.arrayContaining(['Northshire Safeguarding Children Partnership', 'The safeguarding lead, Northshire Police', 'Rapid review: Child M', 'Child M']),
    );
  });

  it('carries the protective marking at the top and bottom of every page, which is numbered', async () => {
    const pages = await full.pdf.pages();
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((page, index) => {
      const lines = page.split('\n').map((line) => line.trim()).filter(Boolean);
      expect(lines[0], `top of page ${index + 1}`).toBe('OFFICIAL-SENSITIVE');
      expect(lines.slice(-2), `foot of page ${index + 1}`).toEqual(['OFFICIAL-SENSITIVE', `Page ${index + 1} of ${pages.length}`]);
    });
    // A letter: it starts on the first page, with no cover before it.
    expect(pages[0]).toContain('Dear colleague,');
  });

  it('is addressed to the safeguarding lead of the agency when no contact is given, and to the contact by role and team otherwise', async () => {
    expect(full.text).toContain('To: The safeguarding lead, Northshire Police');
    const named = await letter({ ...packInput, contact: 'Detective Inspector, Public Protection Unit' });
    try {
      expect(named.text).toContain('To: Detective Inspector, Public Protection Unit, Northshire Police');
      expect(named.text).not.toContain('The safeguarding lead');
    } finally {
      await named.pdf.close();
    }
  });

  it('says what is asked, why, for which review and period, and by when, dates in words', async () => {
    for (const ask of everything.asks) expect(full.text).toContain(requestAskPhrases[ask]);
    expect(full.text).toContain('Request for information: Rapid review: Child M');
    expect(full.text).toContain('Review: Rapid review: Child M');
    expect(full.text).toContain('Type of review: Serious incident notification and rapid review');
    expect(full.text).toContain('Period under review: from 1 January 2018 to 14 June 2019');
    expect(full.text).toContain('Friday 20 March 2026');
    expect(full.text).toContain('Please send it by Wednesday 8 April 2026.');
    expect(full.text).toContain('so that the partnership can learn from it');
  });

  it('says how to send it securely, with the template or a table of the same columns, and asks for a nil return', async () => {
    expect(full.text).toContain("Send it by secure email or through the partnership's secure file transfer. Never send it by ordinary email.");
    expect(full.text).toContain('Protect each attachment with a password, and send the password separately');
    expect(full.text).toContain(
      'Use the attached chronology template, or send a Word or Excel table with these columns: Date, Time, Sequence, Source of information, Author role, Event, Action taken and Outcome.',
    );
    expect(full.text).toContain('Mark what you send OFFICIAL-SENSITIVE.');
    expect(full.text).toContain('(a nil return)');
    expect(full.text).toContain('Write dates day first (14/06/2019)');
    expect(full.text).toContain('Yours sincerely, Northshire Safeguarding Children Partnership');
  });

  it('leaves out the template and the period when neither applies', async () => {
    const summary = await letter({ ...packInput, asks: ['summary'], periodFrom: null, periodTo: null });
    try {
      expect(summary.text).toContain(requestAskPhrases.summary);
      expect(summary.text).not.toContain(requestAskPhrases.chronology);
      expect(summary.text).not.toContain('chronology template');
      expect(summary.text).not.toContain('Period under review');
      expect(summary.text).toContain('Never send it by ordinary email.');
    } finally {
      await summary.pdf.close();
    }
  });

  it('keeps the letter in its metadata: title, author and language', async () => {
    const info = await full.pdf.info();
    expect(info.fields).toMatchObject({ Title: 'Request for information: Rapid review: Child M', Author: 'Northshire Safeguarding Children Partnership' });
    expect(info.language).toBe('en-GB');
    expect(info.tagged).toBe(true);
  });
});
