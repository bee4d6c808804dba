/**
 * A Word document (.docx) → the rows of its chronology tables. The zip is checked first, as a
 * workbook's is (zip-guard.ts: declared and real sizes against the import's limits), then jszip
 * opens it and the body (word/document.xml) is streamed through the XML reader (docx-tables.ts);
 * the chronology tables are chosen and joined in docx-combine.ts.
 */
import { Readable } from 'node:stream';
import JSZip from 'jszip';
import { AppError } from '../../../../shared/errors';
import type { ImportLimits } from '../../../../shared/chronology/limits';
import { createLogger } from '../../log';
import { combineTables, type CombinedTables } from './docx-combine';
import { readDocxTables } from './docx-tables';
import { guardZip } from './zip-guard';

const log = createLogger('chronology.read.docx');

export function damagedDocument(fileName: string): string {
  return `${fileName} could not be opened as a Word document: it is damaged, or it is not really a .docx file. Open it in Word and save it again as .docx, then import that copy.`;
}

/** `fileName` is for the words of a refusal only. */
export async function readDocx(bytes: Uint8Array, fileName: string, limits: ImportLimits): Promise<CombinedTables> {
  await guardZip(bytes, fileName, limits, { kind: 'document', damaged: damagedDocument(fileName) });
  let body: JSZip.JSZipObject | null;
  try {
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    body = zip.file('word/document.xml');
  } catch (error) {
    log.info('document not opened', { kind: error instanceof Error ? error.name : typeof error });
    throw new AppError('validation', damagedDocument(fileName));
  }
  if (!body) {
    throw new AppError(
      'validation',
      `${fileName} is not a complete Word document: it has no document body inside. Open it in Word and save it again as .docx, then import that copy.`,
    );
  }
  let tables;
  try {
    // jszip's stream is an old-style one: wrapped, it can be read chunk by chunk with for await.
    const xml = new Readable().wrap(body.nodeStream('nodebuffer')) as AsyncIterable<Uint8Array>;
    tables = await readDocxTables(xml, fileName, limits);
  } catch (error) {
    if (error instanceof AppError) throw error;
    // Malformed XML or text that is not UTF-8. The parser's message can quote the document: log only its kind.
    log.info('document not read', { kind: error instanceof Error ? error.name : typeof error });
    throw new AppError('validation', damagedDocument(fileName));
  }
  return combineTables(tables, fileName);
}
