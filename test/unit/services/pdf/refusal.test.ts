/**
 * Exports that must not happen, or must stop: something the engine cannot draw is refused before
 * drawing, naming every problem; a cancelled export throws and returns no file. And progress.
 */
import { describe, expect, it } from 'vitest';
import type { DocJson } from '../../../../shared/documents/model';
import { AppError } from '../../../../shared/errors';
import { renderPdf } from '../../../../electron/services/pdf';
import { heading, paragraph, request, text } from './tools';

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const longDocument = (): DocJson => ({
  type: 'doc',
  content: Array.from({ length: 60 }, (_, index) => [heading(1, `Section ${index + 1}`), paragraph(text('Agencies shared what they knew. '.repeat(40)))]).flat(),
});

describe('renderPdf: refusing what it cannot draw', () => {
  it('names every unsupported node and mark, wherever they are, before drawing anything', async () => {
    const progress: number[] = [];
    const content: DocJson = {
      type: 'doc',
      content: [
        paragraph(text('Fine')),
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'mathBlock', attrs: { latex: 'x^2' } }] }] },
        paragraph({ type: 'text', text: 'marked', marks: [{ type: 'highlight' }] }),
        { type: 'image', attrs: { src: 'https://example.org/x.png' } },
      ],
    };
    const error = await failure(renderPdf(request({ content, onProgress: (done) => progress.push(done) })));
    expect(error.code).toBe('validation');
    expect(error.message).toBe('This document contains something the PDF export cannot draw yet: "mathBlock", "image", "highlight" (formatting). Remove it or convert it to text, then export again.');
    expect(progress).toEqual([]);
  });

  it('refuses an appendix row with more cells than columns rather than dropping them', async () => {
    const error = await failure(renderPdf(request({ content: longDocument(), tables: [{ title: 'Chronology', columns: [{ header: 'Date', width: 1 }], rows: [['2019-01-01'], ['2019-01-02', 'extra']] }] })));
    expect(error.code).toBe('validation');
    expect(error.message).toContain('Row 2 of the appendix "Chronology"');
  });

  it('refuses a verification code that is not a SHA-256', async () => {
    const error = await failure(renderPdf(request({ content: longDocument(), signOff: { signatory: 'A', role: 'B', date: '2026-01-01', decision: 'C', verificationCode: 'abc' } })));
    expect(error.code).toBe('validation');
  });

  it('says the fonts are missing rather than falling back to a standard font', async () => {
    const error = await failure(renderPdf(request({ content: longDocument(), fontsDir: '/nonexistent/fonts' })));
    expect(error.code).toBe('unavailable');
  });
});

describe('renderPdf: cancelling', () => {
  it('does not start when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await failure(renderPdf(request({ content: longDocument(), signal: controller.signal })));
    expect(error.code).toBe('cancelled');
    expect(error.message).toBe('The export was stopped; no file was written.');
  });

  it('stops part way through and returns no file', async () => {
    const controller = new AbortController();
    let calls = 0;
    const error = await failure(
      renderPdf(
        request({
          content: longDocument(),
          signal: controller.signal,
          onProgress: (done, total) => {
            calls += 1;
            // Halfway is the start of the drawing pass.
            if (done > total / 2) controller.abort();
          },
        }),
      ),
    );
    expect(error.code).toBe('cancelled');
    expect(calls).toBeGreaterThan(1);
  });

  it('is stopped by an abort from elsewhere while it runs (it yields to the event loop)', async () => {
    const controller = new AbortController();
    const rows = Array.from({ length: 3_000 }, (_, index) => [`row ${index}`, 'some words to wrap in the cell']);
    const running = renderPdf(request({ content: longDocument(), signal: controller.signal, tables: [{ title: 'Big', columns: [{ header: 'A', width: 1 }, { header: 'B', width: 1 }], rows }] }));
    setTimeout(() => controller.abort(), 20);
    expect((await failure(running)).code).toBe('cancelled');
  });
});

describe('renderPdf: progress', () => {
  it('reports rising progress at a modest rate and finishes at the total', async () => {
    const reports: Array<[number, number]> = [];
    await renderPdf(request({ content: longDocument(), onProgress: (done, total) => reports.push([done, total]) }));
    expect(reports.length).toBeGreaterThan(5);
    expect(reports.length).toBeLessThanOrEqual(102);
    const total = reports[0]![1];
    expect(reports.every(([, each]) => each === total)).toBe(true);
    for (let index = 1; index < reports.length; index++) expect(reports[index]![0]).toBeGreaterThan(reports[index - 1]![0]);
    expect(reports[reports.length - 1]).toEqual([total, total]);
  });
});
