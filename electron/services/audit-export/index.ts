/** The audit log as a CSV or PDF file, through the one export path. */
export { auditExport, auditRows, describeAuditFilters, type AuditExportFormat, type AuditExportQuery } from './product';
export { auditColumns } from './csv';
