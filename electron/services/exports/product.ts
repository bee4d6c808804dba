/**
 * What every exporter produces: the file (rendered on demand, as a stream), a suggested file name
 * and what the file holds. Exporters never ask where to save and never choose where the bytes go:
 * the dialog and the write happen at the edge (an IPC handler or the CLI's --out), through
 * deliverExport, which hands the product a private temporary file to stream into.
 */
import { Writable } from 'node:stream';
import type { ExportFacts, ExportFormat } from '../../../shared/exports/types';

/** A text to check before export, with where it is as a user would cite it: "Police, 11/03/2019, event". */
import type { ScanText as SourceText } from '../../../shared/people/unknown-names';

export type { SourceText };

export interface RenderOptions {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** The audit log's head ("seq:hash"), for a PDF's metadata; other formats ignore it. */
  auditAnchor?: string;
}

/**
 * Where a product writes its file: the export path's temporary file, as a stream. A PDF product
 * passes these options on to the PDF engine whole, so `output` reaches it with the signal.
 */
export interface RenderTarget extends RenderOptions {
  output: Writable;
}

export interface ExportProduct extends ExportFacts {
  /** Suggested file name, e.g. "chronology-anonymised.csv". */
  fileName: string;
  /** The save dialog's title, e.g. "Save the anonymised chronology". */
  dialogTitle: string;
  /** One sentence for the user after saving: "12 of 33 entries (the filtered view)". */
  describes: string;
  /** The text as written (real names and all), for the names check before an anonymised export. */
  sourceTexts: () => SourceText[];
  /**
   * Writes the whole file into `target.output` and ends it; settles once the output has finished
   * or the rendering failed. The file is never held whole in memory on the way.
   */
  renderTo: (target: RenderTarget) => Promise<void>;
  /** Kept with the record, for checking the file later (terms: signed, contentSha256). */
  detail?: Record<string, unknown>;
}

/** A product whose file can also be had as bytes: for tests and the benchmark, never the export path. */
export interface InMemoryProduct extends ExportProduct {
  render: (options?: RenderOptions) => Promise<Uint8Array>;
}

export function withBytes(product: ExportProduct): InMemoryProduct {
  return { ...product, render: (options = {}) => renderToBytes(product, options) };
}

/** The whole file in memory (a test's or the benchmark's copy). */
export async function renderToBytes(product: Pick<ExportProduct, 'renderTo'>, options: RenderOptions = {}): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const output = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  await product.renderTo({ ...options, output });
  return Buffer.concat(chunks);
}

/** A product made whole in memory (a CSV, a zip) written into its target in one go. */
export function writeBytes(output: Writable, bytes: Uint8Array): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    output.once('error', reject);
    output.end(bytes, resolve);
  });
}

export const formatNames: Record<ExportFormat, string> = { csv: 'CSV', xlsx: 'Excel workbook', pdf: 'PDF', qdc: 'REFI-QDA codebook', qdpx: 'REFI-QDA project' };
