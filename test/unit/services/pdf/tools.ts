/**
 * Helpers for the PDF tests: the pdf.js reader (test/unit/pdf-reader.ts), finding text on pages,
 * and ProseMirror fixtures. poppler and qpdf check the same files in test/crosscheck.
 */
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { DocNode } from '../../../../shared/documents/model';
import type { PdfRequest } from '../../../../electron/services/pdf';

export { checkPdf, PdfReader, type PdfFont, type PdfInfo, type TextMode } from '../../pdf-reader';

export const fontsDir = path.resolve(__dirname, '../../../../resources/fonts');

/** A page as a reader's software shows it: its size in points and where each piece of text starts (from the top left) and how wide it is. */
export interface PageView {
  width: number;
  height: number;
  items: Array<{ text: string; x: number; y: number; width: number }>;
}

/**
 * Every page's size and text positions, read with pdf.js (PdfReader reads only text). The size
 * is the viewport's, so a page turned by /Rotate would count as turned.
 */
export async function pageViews(bytes: Uint8Array): Promise<PageView[]> {
  // pdf.js takes ownership of the array it is given: give it a copy. Its worker is registered in
  // this process by pdf-reader.ts, which this file re-exports.
  const pdf = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const views: PageView[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items = content.items.flatMap((item) => {
        if (!('str' in item) || item.str.trim() === '') return [];
        const [x, y] = viewport.convertToViewportPoint(item.transform[4] as number, item.transform[5] as number) as [number, number];
        return [{ text: item.str, x, y, width: item.width }];
      });
      views.push({ width: viewport.width, height: viewport.height, items });
    }
    return views;
  } finally {
    await pdf.destroy();
  }
}

/** The page (1-based) whose text contains `needle`, counting from `from`. */
export function pageOf(pages: readonly string[], needle: string, from = 1): number {
  for (let index = from - 1; index < pages.length; index++) if (pages[index]!.includes(needle)) return index + 1;
  return -1;
}

export function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

// Fixture builders: ProseMirror JSON as the editor writes it.
export const text = (value: string, ...marks: string[]): DocNode => ({ type: 'text', text: value, ...(marks.length ? { marks: marks.map((type) => ({ type })) } : {}) });
export const link = (value: string, href: string): DocNode => ({ type: 'text', text: value, marks: [{ type: 'link', attrs: { href } }] });
export const paragraph = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
export const heading = (level: number, value: string): DocNode => ({ type: 'heading', attrs: { level }, content: [text(value)] });
export const person = (id: string, label: string): DocNode => ({ type: 'reference', attrs: { kind: 'person', id, label } });
export const bullets = (...items: string[]): DocNode => ({ type: 'bulletList', content: items.map((item) => ({ type: 'listItem', content: [paragraph(text(item))] })) });
export const numbered = (start: number, ...items: string[]): DocNode => ({ type: 'orderedList', attrs: { start }, content: items.map((item) => ({ type: 'listItem', content: [paragraph(text(item))] })) });
export const cell = (value: string, header = false): DocNode => ({ type: header ? 'tableHeader' : 'tableCell', content: [paragraph(text(value))] });
export const table = (...rows: DocNode[][]): DocNode => ({ type: 'table', content: rows.map((cells) => ({ type: 'tableRow', content: cells })) });

/** A request with the fixed chrome every test shares; content and the rest from `overrides`. */
export function request(overrides: Partial<PdfRequest> & Pick<PdfRequest, 'content'>): PdfRequest {
  return {
    title: 'Overview report',
    reviewTitle: 'LCSPR 2026/01',
    marking: 'OFFICIAL-SENSITIVE',
    versionLabel: 'Version 2 — PRG review',
    date: '2026-11-27',
    draft: false,
    referenceText: (attrs) => attrs.label,
    fontsDir,
    ...overrides,
  };
}
