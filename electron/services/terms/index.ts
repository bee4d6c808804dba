export * from './terms-service';
export { auditEvidenceSaved, decisionEvidence, localToday, signOffTerms, versionEvidence, type SignOffInput } from './decisions';
export { termsExport, verifyPdf, type TermsExportRequest } from './export';
export * from './templates';
export { termsInForce } from './terms-repository';
