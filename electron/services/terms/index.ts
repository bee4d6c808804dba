export * from './terms-service';
export { termsExport, verifyPdf, type TermsExportRequest } from './export';
export * from './templates';
