/**
 * The PDF's document information and XMP metadata. The verification code goes in both the
 * Keywords and a key of its own, so a file manager's search and a script can find it.
 */
import type { PdfRequest } from './types';

export const creator = 'Practice Review Workspace';

export function documentInfo(request: PdfRequest): PDFKit.DocumentInfo {
  const code = request.signOff?.verificationCode?.toLowerCase();
  const keywords = [...(request.keywords ?? []), ...(code ? [code] : [])];
  const info: PDFKit.DocumentInfo & Record<string, unknown> = { Title: request.title, Creator: creator };
  if (request.author) info.Author = request.author;
  if (request.subject) info.Subject = request.subject;
  if (keywords.length > 0) info.Keywords = keywords.join(', ');
  if (code) info.PrwVerificationCode = code;
  if (request.auditAnchor) info.PrwAuditAnchor = request.auditAnchor;
  return info;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * pdfkit 0.20 writes Title, Author, Subject and Keywords into the XMP packet without escaping,
 * so a title like "Review of A & B" (or "<script>") would make the metadata XML invalid. The
 * Info dictionary is written from the same values earlier in doc.end(), so escaping them only
 * while the XMP is built leaves the Info dictionary as given.
 */
export function escapeXmpMetadata(doc: PDFKit.PDFDocument): void {
  const target = doc as unknown as { _addInfo?: () => void; info: Record<string, unknown> };
  const addInfo = target._addInfo;
  if (typeof addInfo !== 'function') return;
  target._addInfo = function escaped(this: typeof target) {
    const info = this.info;
    this.info = Object.fromEntries(Object.entries(info).map(([key, value]) => [key, typeof value === 'string' ? escapeXml(value) : value]));
    try {
      addInfo.call(this);
    } finally {
      this.info = info;
    }
  };
}
