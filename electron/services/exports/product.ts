/**
 * What every exporter produces: the bytes (rendered on demand), a suggested file name and what
 * the file holds. Exporters never ask where to save and never write: the dialog and the write
 * happen at the edge (an IPC handler or the CLI's --out), through deliverExport.
 */
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

export interface ExportProduct extends ExportFacts {
  /** Suggested file name, e.g. "chronology-anonymised.csv". */
  fileName: string;
  /** The save dialog's title, e.g. "Save the anonymised chronology". */
  dialogTitle: string;
  /** One sentence for the user after saving: "12 of 33 entries (the filtered view)". */
  describes: string;
  /** The text as written (real names and all), for the names check before an anonymised export. */
  sourceTexts: () => SourceText[];
  render: (options?: RenderOptions) => Promise<Uint8Array>;
  /** Kept with the record, for checking the file later (terms: signed, contentSha256). */
  detail?: Record<string, unknown>;
}

export const formatNames: Record<ExportFormat, string> = { csv: 'CSV', xlsx: 'Excel workbook', pdf: 'PDF' };
