/**
 * The PDF reader the tests rely on must be able to fail: it tells an embedded font from one the
 * file leaves out, refuses a damaged file, and keeps lines, table cells and page furniture apart
 * the way a person reads them. (test/crosscheck compares it with poppler on real exports.)
 */
import { afterAll, describe, expect, it } from 'vitest';
import { renderDocument } from '../../electron/services/pdf/render';
import { checkPdf, layOut, PdfReader } from './pdf-reader';
import { heading, paragraph, request, text } from './services/pdf/tools';

const content = { type: 'doc' as const, content: [heading(1, 'Findings'), paragraph(text('The panel agreed the findings.'))] };
const readers: PdfReader[] = [];
afterAll(async () => {
  await Promise.all(readers.map((reader) => reader.close()));
});

async function render(fonts: 'embedded' | 'standard'): Promise<PdfReader> {
  const reader = new PdfReader(await renderDocument(request({ content }), { fonts }));
  readers.push(reader);
  return reader;
}

/** A text item as pdf.js gives it: upright text at x, baseline y (from the bottom), in `size` points. */
const item = (str: string, x: number, y: number, size = 10, width = str.length * size * 0.5) => ({ str, transform: [size, 0, 0, size, x, y], width, height: size });

describe('PdfReader.fonts', () => {
  it('reports the Noto Sans the product draws in as embedded', async () => {
    const fonts = await (await render('embedded')).fonts();
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatchObject({ name: expect.stringMatching(/^[A-Z]{6}\+NotoSans-/), type: 'CIDFontType2', embedded: true });
  });

  it('reports a standard 14 font (Helvetica, left to the reader) as not embedded', async () => {
    const fonts = await (await render('standard')).fonts();
    expect(fonts.map((font) => font.name).sort()).toEqual(['Helvetica', 'Helvetica-Bold']);
    for (const font of fonts) expect(font.embedded, font.name).toBe(false);
  });
});

describe('checkPdf', () => {
  it('accepts a rendered file and counts its pages', async () => {
    const reader = await render('embedded');
    expect(await checkPdf(reader.bytes)).toBe(await reader.pageCount());
  });

  it('refuses a file whose cross-reference table points to the wrong place, a damaged stream and a truncated file', async () => {
    const bytes = (await render('embedded')).bytes;
    const at = bytes.lastIndexOf('startxref');
    const offset = /startxref\s+(\d+)/.exec(bytes.toString('latin1', at))!;
    const moved = Buffer.concat([bytes.subarray(0, at), Buffer.from(`startxref\n${Number(offset[1]) + 7}`), bytes.subarray(at + offset[0].length)]);
    await expect(checkPdf(moved)).rejects.toThrow(/Indexing all PDF objects/);

    const damaged = Buffer.from(bytes);
    const stream = damaged.indexOf('stream\n', damaged.indexOf('/FlateDecode')) + 'stream\n'.length;
    damaged.fill('A', stream + 10, stream + 50);
    await expect(checkPdf(damaged)).rejects.toThrow();

    await expect(checkPdf(bytes.subarray(0, bytes.length / 2))).rejects.toThrow();
  });
});

describe('layOut', () => {
  const footer = [item('OFFICIAL-SENSITIVE', 255, 32), item('Page 3 of 9', 480, 32)];

  it('keeps a raised footnote number on its line, and words apart by the gaps between runs', () => {
    const items = [item('and <b>x</b>.', 64, 700), item('1', 129, 703.8, 6.5, 3.5), item('Next', 64, 685.3), item('line', 87, 685.3)];
    expect(layOut(items)).toBe('and <b>x</b>.1\nNext line');
  });

  it('reads page furniture apart and a wrapped table cell as one, in reading order', () => {
    const cells = [item('Date and', 64, 700, 8), item('Agency', 130, 700, 8), item('time', 64, 689, 8), item('Police', 130, 675, 8)];
    expect(layOut([...cells, ...footer]).split('\n')).toEqual(['Date and', 'time', 'Agency', 'Police', 'OFFICIAL-SENSITIVE', 'Page 3 of 9']);
  });

  it('puts each visual line on one line in layout mode, as pdftotext -layout does', () => {
    const contents = [item('Finding 1', 64, 700), item('4', 520, 700)];
    expect(layOut([...contents, ...footer], 'layout').split('\n')).toEqual(['Finding 1 4', 'OFFICIAL-SENSITIVE Page 3 of 9']);
  });

  it('never mixes turned text (the DRAFT watermark) into the lines it crosses', () => {
    const watermark = { str: 'DRAFT', transform: [77, 92, -92, 77, 207, 700], width: 385, height: 120 };
    expect(layOut([item('The panel agreed.', 64, 700), watermark]).split('\n').sort()).toEqual(['DRAFT', 'The panel agreed.']);
  });
});
