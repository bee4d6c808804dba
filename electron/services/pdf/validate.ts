/**
 * Everything that can make an export fail is checked before the first byte is drawn, so a
 * refused export never leaves half a file and the message names every problem at once.
 */
import { unsupportedIn } from '../../../shared/documents/model';
import { AppError } from '../../../shared/errors';
import type { PdfRequest } from './types';

const sha256Hex = /^[0-9a-f]{64}$/i;

export function validateRequest(request: PdfRequest): void {
  if (request.content?.type !== 'doc') {
    throw new AppError('validation', 'The document to export is not a document the app wrote. Reopen it in the editor, then export again.');
  }
  const { nodes, marks } = unsupportedIn(request.content);
  if (nodes.length > 0 || marks.length > 0) {
    const names = [...nodes.map((name) => `"${name}"`), ...marks.map((name) => `"${name}" (formatting)`)].join(', ');
    throw new AppError('validation', `This document contains something the PDF export cannot draw yet: ${names}. Remove it or convert it to text, then export again.`);
  }
  // A caller outside TypeScript could ask for 'Landscape'; drawing it portrait would hide the mistake.
  if (request.orientation !== undefined && request.orientation !== 'portrait' && request.orientation !== 'landscape') {
    throw new AppError('validation', `The page orientation "${String(request.orientation)}" is not one the PDF export knows: use portrait or landscape.`);
  }
  for (const table of request.tables ?? []) {
    if (table.columns.length === 0) {
      throw new AppError('validation', `The appendix "${table.title}" has no columns, so it cannot be drawn.`);
    }
    const wide = table.rows.findIndex((row) => row.length > table.columns.length);
    if (wide >= 0) {
      // Extra cells would have nowhere to go; dropping them silently would lose content.
      throw new AppError('validation', `Row ${wide + 1} of the appendix "${table.title}" has more cells than the table has columns.`);
    }
  }
  const code = request.signOff?.verificationCode;
  if (code !== undefined && !sha256Hex.test(code)) {
    throw new AppError('validation', 'The sign-off verification code is not a SHA-256 fingerprint (64 hexadecimal characters).');
  }
}
