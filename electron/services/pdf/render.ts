/**
 * One export, start to finish: check, prepare, measure, draw. The request is checked completely
 * before any drawing; the document is then laid out twice by the same code — a measuring pass
 * that learns the page count and where every heading lands, and a drawing pass that can
 * therefore write "Page X of Y" and the contents page as it goes and stream finished pages out.
 */
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
import { pageSize } from './theme';
import type { PdfRequest } from './types';
import { validateRequest } from './validate';

export interface RenderOptions {
  /** 'standard' draws in Helvetica: for the benchmark's comparison only, never the product. */
  fonts?: FontChoice;
}

export async function renderDocument(request: PdfRequest, options: RenderOptions = {}): Promise<Buffer> {
  if (request.signal?.aborted) throw cancelled();
  validateRequest(request);
  const sources = fontSources(request.fontsDir, options.fonts ?? 'embedded');
  const prepareOptions: PrepareOptions = { referenceText: request.referenceText, transformText: request.transformText };
  const prepared = prepare(request.content, prepareOptions);
  const entries = contentsEntries(request, prepared);
  const progress = new Progress(2 * layoutUnits(request, prepared), request.onProgress, request.signal);
  const input: LayoutInput = { request, prepared, entries, pages: null, prepareOptions };

  const doc = new PDFDocument({
    // The regular face as the document font, so pdfkit never loads Helvetica.
    font: fontSource(sources.regular),
    size: [pageSize.width, pageSize.height],
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
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const fonts = new FontState(doc, sources);
  const measurer = new Measurer(doc, fonts);

  const measuring = new MeasuringSurface();
  await layoutDocument(new Flow(measuring, measurer, progress), input);

  const surface = new PdfkitSurface(doc, fonts, measurer, { marking: request.marking, draft: request.draft, totalPages: measuring.pages });
  const flow = new Flow(surface, measurer, progress);
  await layoutDocument(flow, { ...input, pages: measuring.anchorPages });
  if (flow.page !== measuring.pages) {
    // Both passes run the same code on the same words; a difference is a bug, never a wrong file.
    throw new AppError('internal', 'The PDF could not be laid out consistently. Nothing was written; please report this.');
  }
  surface.finish();
  progress.check();
  doc.end();
  await ended;
  progress.finish();
  return Buffer.concat(chunks);
}
