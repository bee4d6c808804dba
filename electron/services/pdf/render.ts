/**
 * One export, start to finish: check, prepare, measure, draw. The request is checked completely
 * before any drawing; the document is then laid out twice by the same code — a measuring pass
 * that learns the page count and where every heading lands, and a drawing pass that can
 * therefore write "Page X of Y" and the contents page as it goes and stream finished pages out.
 * Given an output (an export's temporary file), the pages stream straight into it: the PDF is
 * never held in memory whole. Without one, the PDF comes back as bytes (tests, the benchmark).
 */
import { pipeline } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import { AppError } from '../../../shared/errors';
import { Flow } from './flow';
import { FontState, fontSource, fontSources, type FontChoice } from './fonts';
import { contentsEntries, layoutDocument, layoutUnits, type LayoutInput } from './layout';
import { Measurer } from './measure';
import { documentInfo, escapeXmpMetadata } from './metadata';
import { PdfkitSurface } from './pdfkit-surface';
import { prepare, type PrepareOptions } from './prepare';
import { cancelled, Progress } from './progress';
import { MeasuringSurface } from './surface';
import { pageGeometry } from './theme';
import type { PdfRequest } from './types';
import { validateRequest } from './validate';

export interface RenderOptions {
  /** 'standard' draws in Helvetica: for the benchmark's comparison only, never the product. */
  fonts?: FontChoice;
}

/** With `request.output`, the pages stream into it and the Buffer returned is empty. */
export async function renderDocument(request: PdfRequest, options: RenderOptions = {}): Promise<Buffer> {
  if (request.signal?.aborted) throw cancelled();
  validateRequest(request);
  const sources = fontSources(request.fontsDir, options.fonts ?? 'embedded');
  const prepareOptions: PrepareOptions = { referenceText: request.referenceText, transformText: request.transformText };
  const prepared = prepare(request.content, prepareOptions);
  const entries = contentsEntries(request, prepared);
  // An output that fails (disk full) stops the layout as a cancel would; the output's error is
  // what is thrown.
  const outputFailed = new AbortController();
  const signal = request.output ? AbortSignal.any([...(request.signal ? [request.signal] : []), outputFailed.signal]) : request.signal;
  const progress = new Progress(2 * layoutUnits(request, prepared), request.onProgress, signal);
  const geometry = pageGeometry(request.orientation);
  const input: LayoutInput = { request, prepared, entries, pages: null, prepareOptions, geometry };

  const doc = new PDFDocument({
    // The regular face as the document font, so pdfkit never loads Helvetica.
    font: fontSource(sources.regular),
    size: [geometry.width, geometry.height],
    margin: 0,
    autoFirstPage: false,
    bufferPages: true,
    tagged: true,
    lang: request.language ?? 'en-GB',
    displayTitle: true,
    pdfVersion: '1.7',
    info: documentInfo(request),
  });
  escapeXmpMetadata(doc);
  const { output } = request;
  if (!output) {
    const bytes = await collected(doc, () => draw(doc, sources, input, progress));
    progress.finish();
    return bytes;
  }
  // pdfkit's pages go to the output as they are flushed (every few pages) instead of being
  // collected, with backpressure: the layout yields often enough for the writes to keep up.
  let failure: unknown = null;
  let stopping = false;
  const written = pipeline(doc, output).catch((error: unknown) => {
    if (stopping) return;
    failure = error;
    outputFailed.abort();
  });
  try {
    await draw(doc, sources, input, progress);
  } catch (error) {
    // An unfinished PDF is no use: the output is destroyed with it and its owner removes the file.
    stopping = true;
    doc.destroy();
    await written;
    throw failure ?? error;
  }
  await written;
  if (failure) throw failure;
  progress.finish();
  return Buffer.alloc(0);
}

/** The PDF as bytes in memory. */
async function collected(doc: PDFKit.PDFDocument, drawing: () => Promise<void>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  await drawing();
  await ended;
  return Buffer.concat(chunks);
}

/** Both passes, then the end of the document (pdfkit writes the rest and ends its stream). */
async function draw(doc: PDFKit.PDFDocument, sources: ReturnType<typeof fontSources>, input: LayoutInput, progress: Progress): Promise<void> {
  const fonts = new FontState(doc, sources);
  const measurer = new Measurer(doc, fonts);

  const measuring = new MeasuringSurface();
  await layoutDocument(new Flow(measuring, measurer, progress, input.geometry), input);

  const { marking, draft } = input.request;
  const surface = new PdfkitSurface(doc, fonts, measurer, { marking, draft, totalPages: measuring.pages, geometry: input.geometry });
  const flow = new Flow(surface, measurer, progress, input.geometry);
  await layoutDocument(flow, { ...input, pages: measuring.anchorPages });
  if (flow.page !== measuring.pages) {
    // Both passes run the same code on the same words; a difference is a bug, never a wrong file.
    throw new AppError('internal', 'The PDF could not be laid out consistently. Nothing was written; please report this.');
  }
  surface.finish();
  progress.check();
  doc.end();
}
