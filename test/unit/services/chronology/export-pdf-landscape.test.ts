/**
 * The chronology PDF (issue #15): A4 landscape throughout, no contents page, and the table starts
 * under the summary on the first page after the cover rather than after a nearly empty page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toPdf } from '../../../../electron/services/chronology/export-pdf';
import type { ChronologyEntry } from '../../../../shared/chronology/views';
import { PdfReader } from '../../pdf-reader';
import { pageViews, type PageView } from '../pdf/tools';

const agencies = ['Police', 'Health Visiting', 'School'];

/** Only the fields the PDF draws; the rest of an entry never reaches it. */
function entry(index: number): ChronologyEntry {
  const day = `2024-03-${String((index % 28) + 1).padStart(2, '0')}`;
  return {
    id: `entry-${index + 1}`,
    agency: agencies[index % agencies.length]!,
    date: { start: day, end: day, time: null, precision: 'day', approximate: false, text: day },
    event: `event-${index + 1}: a home visit by the family support worker; concerns about missed appointments were noted and shared with the school.`,
    action: 'Referral to early help',
    outcome: 'Support offered',
    significance: 'Medium',
    analysis: 'The referral was made promptly and the family took up the support offered.',
  } as unknown as ChronologyEntry;
}

let bytes: Uint8Array;
let pdf: PdfReader;
let pages: string[];
let views: PageView[];

beforeAll(async () => {
  bytes = await toPdf(Array.from({ length: 80 }, (_, index) => entry(index)), { reviewTitle: 'LCSPR: Child M', anonymised: true, date: '2026-12-07' });
  pdf = new PdfReader(bytes);
  pages = await pdf.pages();
  views = await pageViews(bytes);
});

afterAll(() => pdf?.close());

describe('the chronology PDF', () => {
  it('is A4 landscape on every page', () => {
    expect(views.length).toBeGreaterThanOrEqual(3);
    views.forEach((view, index) => {
      expect(view.width, `page ${index + 1}`).toBeGreaterThan(view.height);
      expect(view.width).toBeCloseTo(841.89, 1);
      expect(view.height).toBeCloseTo(595.28, 1);
    });
  });

  it('marks and numbers every page', () => {
    pages.forEach((page, index) => {
      const lines = page.split('\n').map((line) => line.trim()).filter(Boolean);
      expect(lines[0], `top of page ${index + 1}`).toBe('OFFICIAL-SENSITIVE');
      expect(lines.slice(-2), `foot of page ${index + 1}`).toEqual(['OFFICIAL-SENSITIVE', `Page ${index + 1} of ${pages.length}`]);
    });
  });

  it('has no contents page', () => {
    expect(pages.some((page) => page.includes('Contents'))).toBe(false);
  });

  it('shows the summary and the table’s first rows on the first page after the cover', () => {
    expect(pages[0]).toContain('Multi-agency chronology (anonymised)');
    expect(pages[0]).not.toContain('event-1:');
    const first = pages[1]!;
    expect(first).toContain('80 entries from 3 agencies, in date order');
    expect(first).toMatch(/Date\s+Agency\s+Event/);
    for (const id of ['event-1:', 'event-2:', 'event-3:']) expect(first).toContain(id);
  });

  it('still lists the table in the outline, at the page it starts on', async () => {
    expect(await pdf.outline()).toEqual(['Multi-agency chronology (anonymised)@2']);
  });
});
