/**
 * The audit log as a PDF table, for a reader who cannot open the workspace (an auditor, the
 * partnership's business manager): the viewer's columns and words, with the protective marking
 * and "Page X of Y" from the PDF engine.
 */
import { defaultMarking } from '../../../shared/documents/model';
import type { AuditRow } from '../../../shared/workspace';
import type { RenderTarget } from '../exports';
import { renderPdf } from '../pdf';
import { fontsDir } from '../resources';
import { auditColumns } from './csv';

// "Wed 30 Sep 2026 14:01" on one line; what happened gets the most room.
const widths: Record<string, number> = { When: 2, Who: 1.4, What: 2.4, About: 1.8 };

export interface AuditPdfOptions {
  workspaceName: string;
  /** The viewer's filters in words, or null for the whole log. */
  filters: string | null;
  /** The day it was made (YYYY-MM-DD, this computer's), for the cover. */
  date: string;
}

export async function writeAuditPdf(rows: readonly AuditRow[], options: AuditPdfOptions, target: RenderTarget): Promise<void> {
  const count = `${rows.length.toLocaleString('en-GB')} ${rows.length === 1 ? 'entry' : 'entries'}, newest first.`;
  const about = options.filters ? `Only the entries that match these filters: ${options.filters}.` : 'Every entry in the audit log.';
  await renderPdf({
    title: 'Audit log',
    reviewTitle: options.workspaceName,
    coverLine: `Workspace: ${options.workspaceName}`,
    marking: defaultMarking,
    versionLabel: 'Who changed what, and when',
    date: options.date,
    draft: false,
    content: { type: 'doc', content: [count, about].map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) },
    tables: [{ title: 'Entries', columns: auditColumns.map(([header]) => ({ header, width: widths[header] ?? 1 })), rows: rows.map((row) => auditColumns.map(([, value]) => value(row))), newPage: false }],
    language: 'en-GB',
    subject: 'Audit log',
    referenceText: (attrs) => attrs.label,
    fontsDir,
    ...target,
  });
}
