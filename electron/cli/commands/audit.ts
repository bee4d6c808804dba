import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { Option, type Command } from 'commander';
import { AppError } from '../../../shared/errors';
import { auditDaySchema, formatAuditDay, formatAuditTime, maxAuditPage, type AuditCheck, type AuditRow } from '../../../shared/workspace';
import { auditExport, type AuditExportFormat } from '../../services/audit-export';
import { deliverWorkspaceExport } from '../../services/exports';
import { readPdfInfo } from '../../services/pdf';
import { listAudit, parseAnchor } from '../../services/workspace/audit';
import type { GivenAnchor } from '../../services/workspace/session/verify-audit';
import type { CliIo } from '../io';
import { withWorkspace } from '../open';
import { terminalProgress } from '../progress';
import { addSecretOptions, type SecretOptions } from '../secrets';

export function registerAudit(program: Command, io: CliIo): void {
  const audit = program.command('audit').description('the workspace’s tamper-evident audit log');

  addSecretOptions(audit.command('verify <dir>'))
    .description("check the hash chain, the rules that keep it append-only, and that the log still passes through every record of it kept elsewhere (keys.json, each backup, any PDF given)")
    .option('--against <file>', 'also check against a PDF exported from this workspace (repeat for more)', (file: string, files: string[]) => [...files, file], [] as string[])
    .option('--json', 'print JSON')
    .action(async (dir: string, options: SecretOptions & { json?: boolean; against: string[] }) => {
      const given = await Promise.all(options.against.map(anchorOfPdf));
      const result = await withWorkspace(dir, options, (core) => core.session.verifyAudit(given));
      if (options.json) io.out(JSON.stringify(result) + '\n');
      if (!result.ok) {
        // Anchor and trigger messages name what they found; a broken link says where it is.
        const chainBroken = result.reason !== 'anchor-mismatch' && result.reason !== 'triggers-missing';
        throw new AppError('corrupt', chainBroken ? `The audit log is broken at entry ${result.firstBrokenSeq}: ${result.message}` : result.message);
      }
      if (!options.json) io.out(summary(result));
    });

  addSecretOptions(audit.command('list <dir>'))
    .description('the audit log in words, newest first: when, who, what and what it was about')
    .option('--since <date>', 'only entries from this day on (YYYY-MM-DD)')
    .option('--json', 'print JSON: [{"at", "who", "what", "target"}]')
    .action(async (dir: string, options: SecretOptions & { json?: boolean; since?: string }) => {
      const since = sinceDay(options.since);
      const rows = await withWorkspace(dir, options, (_core, open) => allEntries(open.db, since));
      if (options.json) io.out(JSON.stringify(rows.map(({ at, who, what, target }) => ({ at, who, what, target }))) + '\n');
      else if (rows.length === 0) io.out(since ? `The audit log has no entries since ${formatAuditDay(since)}.\n` : 'The audit log has no entries.\n');
      else io.out(rows.map((row) => `${formatAuditTime(row.at)} — ${row.who} — ${row.what} (${row.target})\n`).join(''));
    });

  addSecretOptions(audit.command('export <dir>'))
    .description('save the audit log as CSV or PDF, in the words `audit list` uses: when (day first), who, what and what it was about')
    .addOption(new Option('--format <format>', 'the file format').choices(['csv', 'pdf']).makeOptionMandatory())
    .requiredOption('--out <file>', 'the file to write')
    .option('--since <date>', 'only entries from this day on (YYYY-MM-DD)')
    .action(async (dir: string, options: SecretOptions & { format: AuditExportFormat; out: string; since?: string }) => {
      const since = sinceDay(options.since);
      const result = await withWorkspace(dir, options, (core, open) => {
        const product = auditExport(core.kernel, options.format, since ? { since } : {}, open.name);
        const jobId = randomUUID();
        terminalProgress.label(jobId, `Exporting ${path.basename(options.out)}`);
        return deliverWorkspaceExport(core.kernel, product, path.resolve(options.out), { jobId });
      });
      io.out(`${result.summary}\n`);
    });
}

/** Checked before the workspace is opened, so a typo costs nothing. */
function sinceDay(given: string | undefined): string | undefined {
  if (given === undefined) return undefined;
  const parsed = auditDaySchema.safeParse(given);
  if (!parsed.success) throw new AppError('validation', `--since ${JSON.stringify(given)} is not a date: ${parsed.error.issues[0]?.message ?? 'give it as YYYY-MM-DD.'}`);
  return parsed.data;
}

function allEntries(db: Parameters<typeof listAudit>[0], since: string | undefined): AuditRow[] {
  const rows: AuditRow[] = [];
  for (;;) {
    const page = listAudit(db, { since, limit: maxAuditPage, offset: rows.length });
    rows.push(...page.rows);
    if (page.rows.length < maxAuditPage || rows.length >= page.total) return rows;
  }
}

async function anchorOfPdf(file: string): Promise<GivenAnchor> {
  const label = `the PDF “${path.basename(file)}”`;
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    throw new AppError('not-found', `${path.basename(file)} could not be read. Check the file's name and folder, then try again.`);
  }
  if (bytes.subarray(0, 1024).indexOf('%PDF-') === -1) throw new AppError('validation', `${path.basename(file)} is not a PDF. Give a PDF exported from this workspace.`);
  let info: Record<string, string>;
  try {
    info = await readPdfInfo(bytes);
  } catch {
    throw new AppError('validation', `${path.basename(file)} could not be read as a PDF: it may be damaged. Give a PDF exported from this workspace.`);
  }
  const text = info['Custom.PrwAuditAnchor'];
  const anchor = text ? parseAnchor(text) : null;
  if (!anchor) {
    throw new AppError('validation', `${path.basename(file)} carries no record of the audit log: it was not exported by this app, or was exported before PDFs carried one. Nothing was checked.`);
  }
  return { label, anchor };
}

function summary(result: Extract<AuditCheck, { ok: true }>): string {
  const lines = [`The audit log is intact: ${result.count} entries, each linked to the one before, and the rules that keep it append-only are in place.`];
  for (const anchor of result.anchors) {
    if (anchor.status === 'on-chain') lines.push(`  It passes through entry ${anchor.seq} recorded in ${anchor.label}.`);
    if (anchor.status === 'before-restore') lines.push(`  Entry ${anchor.seq} recorded in ${anchor.label} belongs to the log a restore replaced (kept in the backups folder).`);
    if (anchor.status === 'unreadable') lines.push(`  ${capital(anchor.label)} could not be opened, so it was not checked.`);
  }
  return lines.join('\n') + '\n';
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
