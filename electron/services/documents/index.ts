/** A review's documents: rich text, versions, comparison, export, archiving and deletion. */
export * from './document-service';
export { archiveDocument, archivedDocuments, deleteDocument, unarchiveDocument } from './archive';
export { documentExport, type EntryCitation, type PdfExportOptions } from './export';
