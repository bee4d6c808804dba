/**
 * A letter has no cover page: with `cover: false` the content starts on the first page, which is
 * still marked at the top and bottom and numbered, like every page after it.
 */
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../../electron/services/pdf';
import { checkPdf, paragraph, PdfReader, request, text } from './tools';

describe('renderPdf: without a cover', () => {
  it('starts the content on page 1, marked and numbered, with no title page before it', async () => {
    const content = { type: 'doc' as const, content: [paragraph(text('Dear colleague, we write to ask for your agency’s chronology.'))] };
    const bytes = await renderPdf(request({ content, cover: false }));
    await checkPdf(bytes);
    const pdf = new PdfReader(bytes);
    try {
      const pages = await pdf.pages();
      expect(pages).toHaveLength(1);
      const lines = pages[0]!.split('\n').map((line) => line.trim()).filter(Boolean);
      expect(lines[0]).toBe('OFFICIAL-SENSITIVE');
      expect(lines[1]).toContain('Dear colleague');
      expect(lines.slice(-2)).toEqual(['OFFICIAL-SENSITIVE', 'Page 1 of 1']);
      // The cover's lines are not drawn anywhere.
      expect(pages[0]).not.toContain('Review: LCSPR 2026/01');
      expect(pages[0]).not.toContain('Protective marking:');
    } finally {
      await pdf.close();
    }
  });

  it('keeps the cover when the request does not say otherwise', async () => {
    const content = { type: 'doc' as const, content: [paragraph(text('Body text.'))] };
    const pdf = new PdfReader(await renderPdf(request({ content })));
    try {
      const pages = await pdf.pages();
      expect(pages).toHaveLength(2);
      expect(pages[0]).toContain('Review: LCSPR 2026/01');
    } finally {
      await pdf.close();
    }
  });
});
