/**
 * The audit log as a file (CSV or PDF): exactly the entries the viewer's filters show, newest
 * first, in the viewer's words — when (day first), who, what, what it was about. The dialog, the
 * check of the finished file and the write are the export path's (exports/deliver-workspace.ts).
 */
import { auditKindWords, formatAuditDay, maxAuditPage, type AuditListQuery, type AuditRow } from '../../../shared/workspace';
import { read, type Kernel } from '../kernel';
import { listAudit } from '../workspace';
import type { WorkspaceExportProduct } from '../exports';
import { writeAuditCsv } from './csv';
import { writeAuditPdf } from './pdf';

export type AuditExportFormat = 'csv' | 'pdf';

/** The filters the file holds: the viewer's, without its page. */
export type AuditExportQuery = Omit<AuditListQuery, 'limit' | 'offset'>;

/** Every entry the filters match, newest first, a page at a time from the database. */
export function auditRows(kernel: Kernel, query: AuditExportQuery): AuditRow[] {
  return read(kernel, (db) => {
    const rows: AuditRow[] = [];
    for (;;) {
      const page = listAudit(db, { ...query, limit: maxAuditPage, offset: rows.length });
      rows.push(...page.rows);
      if (page.rows.length === 0 || rows.length >= page.total) return rows;
    }
  });
}

/** The filters in words, or null when there are none: "Kind of action: Backups and restores; from Mon 1 Dec 2026". */
export function describeAuditFilters(query: AuditExportQuery): string | null {
  const parts: string[] = [];
  if (query.kinds) parts.push(`kind of action: ${query.kinds.map((kind) => auditKindWords[kind]).join(', ') || 'none'}`);
  if (query.actor) parts.push(`person: ${query.actor}`);
  if (query.since) parts.push(`from ${formatAuditDay(query.since)}`);
  if (query.until) parts.push(`to ${formatAuditDay(query.until)}`);
  if (parts.length === 0) return null;
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function auditExport(kernel: Kernel, format: AuditExportFormat, query: AuditExportQuery, workspaceName: string): WorkspaceExportProduct {
  const filters = describeAuditFilters(query);
  const count = auditRows(kernel, query).length;
  const counted = `${count.toLocaleString('en-GB')} ${count === 1 ? 'entry' : 'entries'}`;
  return {
    format,
    auditAction: 'export.audit-log',
    fileName: `audit-log${filters ? '-filtered' : ''}.${format}`,
    dialogTitle: 'Save the audit log',
    describes: filters ? `${counted} (${filters})` : counted,
    // Read again when the file is made, so it holds the log as it is then.
    renderTo: async (target) => {
      const rows = auditRows(kernel, query);
      if (format === 'csv') return writeAuditCsv(rows, target.output, target.signal);
      await writeAuditPdf(rows, { workspaceName, filters, date: localDay(kernel.now()) }, target);
    },
  };
}

function localDay(date: Date): string {
  const two = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}
