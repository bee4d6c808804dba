/**
 * The one export path. Every exporter's product goes through here on its way to disk, as a job
 * (progress, cancel) that no other export to the same file may overlap:
 *   1. an anonymised export is refused while the names check finds names the register does not
 *      know, unless the user gave a reason to export anyway ('checking-names');
 *   2. the bytes are rendered ('rendering');
 *   3. an anonymised file is read back (text, metadata, outline, file name) and refused if any
 *      registered name, alias or variant is in it ('checking-file');
 *   4. the file is written all or nothing, readable by the user only ('writing');
 *   5. the export is recorded (SHA-256, kind, review, named or anonymised, who, when) and audited.
 * Nothing is recorded unless the file was written; nothing is written unless every check passed.
 * A cancel lands at any point before step 4; from there on the export finishes.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { ExportResult } from '../../../shared/exports/types';
import type { Job } from '../jobs';
import { anonymiserFor, audit, read, timestamp, write, type Kernel } from '../kernel';
import { auditHead, formatAnchor } from '../workspace';
import { findLeaks, readBack } from './leaks';
import { unknownNames, unresolvedError } from './names-check';
import type { ExportProduct } from './product';
import { insertExport, type StoredExport } from './records';
import { writeExportFile } from './write-file';

export interface DeliverOptions {
  /** "Export anyway": the reason for exporting with names the register does not know. */
  allowUnresolved?: string | undefined;
  /** The caller's job id (the renderer picks one so it can follow and cancel the export); a new one otherwise. */
  jobId?: string | undefined;
}

/** Step 1 on its own, so the edge can refuse before asking where to save. */
export function assertNamesResolved(kernel: Kernel, product: ExportProduct, allowUnresolved: string | undefined): void {
  if (!product.anonymised || allowUnresolved) return;
  const candidates = read(kernel, (db) => unknownNames(db, product));
  if (candidates.length > 0) throw unresolvedError(candidates);
}

export async function deliverExport(kernel: Kernel, product: ExportProduct, target: string, options: DeliverOptions = {}): Promise<ExportResult> {
  const file = path.resolve(target);
  const spec = { id: options.jobId, kind: 'export', exclusive: `export:${file}`, describes: 'An export to this file' } as const;
  return kernel.jobs.run(spec, (job) => deliver(kernel, product, file, options, job));
}

async function deliver(kernel: Kernel, product: ExportProduct, target: string, options: DeliverOptions, job: Job): Promise<ExportResult> {
  if (product.anonymised) {
    job.progress('checking-names', 0, 1);
    assertNamesResolved(kernel, product, options.allowUnresolved);
    job.progress('checking-names', 1, 1);
  }
  const bytes = await rendered(kernel, product, job);
  if (product.anonymised) {
    job.progress('checking-file', 0, 1);
    await assertNoLeaks(kernel, product, bytes, path.basename(target), (done, total) => {
      job.progress('checking-file', done, total);
      job.throwIfCancelled();
    });
  }
  // The last point a cancel can land: past it the file is written and recorded.
  await job.pause();
  job.progress('writing', 0, 1);
  await writeExportFile(target, bytes);
  const record = write(kernel, (db) => {
    const stored: StoredExport = {
      id: kernel.newId(),
      sha256: createHash('sha256').update(bytes).digest('hex'),
      kind: product.kind,
      format: product.format,
      reviewId: product.reviewId,
      subjectId: product.subjectId,
      version: product.version,
      anonymised: product.anonymised,
      filtered: product.filtered,
      fileName: path.basename(target),
      exportedBy: kernel.session.actor(),
      exportedAt: timestamp(kernel),
      unresolvedReason: product.anonymised && options.allowUnresolved ? options.allowUnresolved : null,
      detail: product.detail ?? {},
    };
    insertExport(db, stored);
    audit(kernel, product.anonymised ? 'export.anonymised' : 'export.named', 'export', stored.id);
    if (stored.unresolvedReason) audit(kernel, 'export.unresolved-names-allowed', 'export', stored.id);
    return stored;
  });
  job.progress('writing', 1, 1);
  const { detail: _detail, ...shown } = record;
  return { path: target, record: shown, summary: `Saved ${record.fileName}: ${product.describes}.` };
}

/**
 * Renders with the job's signal and progress. A producer that reports nothing (a CSV is quick)
 * still shows the phase start and end; a cancel says what the job's kind says, whoever noticed it.
 */
async function rendered(kernel: Kernel, product: ExportProduct, job: Job): Promise<Uint8Array> {
  job.progress('rendering', 0, 1);
  let reported = false;
  try {
    const head = read(kernel, (db) => auditHead(db));
    const bytes = await product.render({
      signal: job.signal,
      ...(head ? { auditAnchor: formatAnchor(head) } : {}),
      onProgress: (done, total) => {
        reported = true;
        job.progress('rendering', done, total);
      },
    });
    if (!reported) job.progress('rendering', 1, 1);
    job.throwIfCancelled();
    return bytes;
  } catch (error) {
    job.throwIfCancelled();
    throw error;
  }
}

async function assertNoLeaks(kernel: Kernel, product: ExportProduct, bytes: Uint8Array, fileName: string, onPage?: (done: number, total: number) => void): Promise<void> {
  const { people } = read(kernel, (db) => anonymiserFor(db, product.reviewId));
  const texts = [{ where: 'the file name', text: fileName }, ...(await readBack(product.format, bytes, onPage))];
  const leaks = findLeaks(people, texts);
  if (leaks.length === 0) return;
  const first = leaks[0]!;
  throw new AppError(
    fileName && first.where === 'the file name' ? 'validation' : 'internal',
    first.where === 'the file name'
      ? `The anonymised copy was not saved: its file name contains the real name of ${first.pseudonym}. Choose a file name without it.`
      : `The anonymised copy was not saved: a check of the finished file found the real name of ${first.pseudonym} (in ${first.where}). Nothing was written. This is a fault in the app; please report it.`,
  );
}
