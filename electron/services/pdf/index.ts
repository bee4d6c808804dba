/**
 * The PDF engine: a document (ProseMirror JSON), appendix tables and a sign-off in; a tagged,
 * paginated PDF with embedded Noto Sans out. See render.ts for how an export runs.
 */
import { renderDocument } from './render';
import type { PdfRequest } from './types';

export type { PdfOrientation, PdfRequest, PdfSignOff, PdfTable } from './types';
export { readPdf, readPdfInfo, type PdfReading } from './extract';

export function renderPdf(request: PdfRequest): Promise<Buffer> {
  return renderDocument(request);
}
