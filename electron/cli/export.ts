/**
 * The CLI's edge of the export path: --out is where the file goes. An anonymised export with
 * names the people register does not know is refused (exit 1) with the list of names and where
 * each occurs, unless --allow-unresolved gives the reason to export anyway (recorded).
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { AppError } from '../../shared/errors';
import type { ExportResult } from '../../shared/exports/types';
import { deliverExport, unknownNames, type ExportProduct } from '../services/exports';
import { read } from '../services/kernel';
import type { Core } from '../services';
import type { CliIo } from './io';
import { terminalProgress } from './progress';

export interface ExportCliOptions {
  out: string;
  allowUnresolved?: string;
}

export function addExportOptions(command: Command): Command {
  return command
    .requiredOption('--out <file>', 'the file to write')
    .addOption(new Option('--allow-unresolved <reason>', 'export an anonymised copy although it holds names the people register does not know; the reason is recorded'));
}

export async function exportTo(core: Core, product: ExportProduct, options: ExportCliOptions, io: CliIo): Promise<ExportResult> {
  if (product.anonymised && !options.allowUnresolved) {
    const candidates = read(core.kernel, (db) => unknownNames(db, product));
    if (candidates.length > 0) {
      io.err(`Names in this export that the people register does not know (${candidates.length}):\n`);
      for (const candidate of candidates) {
        const where = candidate.occurrences.map((occurrence) => occurrence.where).join('; ');
        io.err(`  ${candidate.name} (${candidate.count}×): ${where}\n`);
      }
      throw new AppError(
        'validation',
        'Nothing was written. Add each person with "prw people add", or export anyway with --allow-unresolved "REASON" (the reason is recorded).',
      );
    }
  }
  const jobId = randomUUID();
  terminalProgress.label(jobId, `Exporting ${path.basename(options.out)}`);
  return deliverExport(core.kernel, product, path.resolve(options.out), { jobId, ...(options.allowUnresolved ? { allowUnresolved: options.allowUnresolved } : {}) });
}

/** "Wrote themes.pdf (the theme report: 2 themes, 4 excerpts)": the line an export command prints. */
export function wroteLine(out: string, result: ExportResult): string {
  return `Wrote ${out} (${result.summary.replace(/^Saved [^:]*: /, '').replace(/\.$/, '')})\n`;
}
