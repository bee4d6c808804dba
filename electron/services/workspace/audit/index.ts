export { appendAudit, verifyAudit, auditHash, type AuditAction, type AuditBreak, type AuditEntry, type AuditRecord, type AuditVerification } from './audit-log';
export { auditHead, formatAnchor, liesOn, missingTriggers, parseAnchor, type AuditAnchor } from './anchor';
export { listAudit, defaultAuditPage, startOfLocalDay } from './audit-list';
