/**
 * The export path for a file about the whole workspace rather than one review (the audit log):
 * the same temporary file, job, cancel and all-or-nothing rename as deliverExport, and the same
 * read-back check of the finished file — against every review's people register, since the file
 * spans them all and must name none of them.
 *
 * What differs is the record. The register of exports belongs to a review (its review_id is
 * required and its kinds are fixed by the schema), so widening it needs a migration; until then a
 * workspace export is recorded in the audit log only — who, when, which file — in the same
 * transaction as the rename, so there is never a file without its entry or an entry without it.
 */
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { ExportFormat } from '../../../shared/exports/types';
import type { Job } from '../jobs';
import { audit, namedPeople, read, write, type Kernel } from '../kernel';
import type { AuditAction } from '../workspace';
import { rendered } from './deliver';
import { leakFinder, readBackFile } from './leaks';
import type { ExportProduct } from './product';
import { openExportFile } from './write-file';

export interface WorkspaceExportProduct extends Pick<ExportProduct, 'fileName' | 'dialogTitle' | 'describes' | 'renderTo'> {
  format: ExportFormat;
  /** What the audit log records, e.g. 'export.audit-log'. */
  auditAction: AuditAction;
}

export interface WorkspaceExportResult {
  path: string;
  /** One sentence for the user: "Saved audit-log.csv: 12 entries." */
  summary: string;
}

export async function deliverWorkspaceExport(kernel: Kernel, product: WorkspaceExportProduct, target: string, options: { jobId?: string | undefined } = {}): Promise<WorkspaceExportResult> {
  const file = path.resolve(target);
  const spec = { id: options.jobId, kind: 'export', exclusive: `export:${file}`, describes: 'An export to this file' } as const;
  return kernel.jobs.run(spec, (job) => deliver(kernel, product, file, job));
}

async function deliver(kernel: Kernel, product: WorkspaceExportProduct, target: string, job: Job): Promise<WorkspaceExportResult> {
  const file = await openExportFile(target);
  try {
    await rendered(kernel, product, job, file);
    job.progress('checking-file', 0, 1);
    await assertNamesNobody(kernel, product.format, file.temporary, (done, total) => {
      job.progress('checking-file', done, total);
      job.throwIfCancelled();
    });
    await job.pause();
    job.progress('writing', 0, 1);
    await file.ready();
    write(kernel, () => {
      audit(kernel, product.auditAction, 'export', kernel.newId());
      file.putInPlace();
    });
  } catch (error) {
    await file.discard();
    throw error;
  }
  await file.settle();
  job.progress('writing', 1, 1);
  return { path: target, summary: `Saved ${path.basename(target)}: ${product.describes}.` };
}

/** The finished file, read back, holds no name from any review's people register. */
async function assertNamesNobody(kernel: Kernel, format: ExportFormat, file: string, onPage: (done: number, total: number) => void): Promise<void> {
  const people = read(kernel, (db) => (db.prepare('SELECT id FROM reviews').all() as Array<{ id: string }>).flatMap(({ id }) => namedPeople(db, id)));
  if (people.length === 0) return;
  const find = leakFinder(people);
  for await (const part of readBackFile(format, file, onPage)) {
    const leak = find(part)[0];
    if (leak) {
      throw new AppError(
        'internal',
        `The file was not saved: a check of the finished file found the real name of ${leak.pseudonym} (in ${leak.where}). Nothing was written. This is a fault in the app; please report it.`,
      );
    }
  }
}
