/** A review's documents: rich text, versions, comparison and export. */
export * from './document-service';
export { documentExport, type EntryCitation, type PdfExportOptions } from './export';
