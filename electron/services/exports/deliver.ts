/**
 * The one export path. Every exporter's product goes through here on its way to disk, as a job
 * (progress, cancel) that no other export to the same file may overlap:
 *   1. an anonymised export is refused while the names check finds names the register does not
 *      know, unless the user gave a reason to export anyway ('checking-names');
 *   2. the file is rendered as a stream into a private temporary file beside the target (0600,
 *      created exclusively), its SHA-256 taken on the way ('rendering');
 *   3. an anonymised file is read back from there (text, metadata, outline, file name) and
 *      refused if any registered name, alias or variant is in it ('checking-file');
 *   4. the temporary file is renamed over the target: all or nothing, readable by the user only
 *      ('writing');
 *   5. the export is recorded (SHA-256, kind, review, named or anonymised, who, when) and audited.
 * Nothing is recorded unless the file was put in place; nothing is put in place unless every
 * check passed, and a failure, a cancel or a leak removes the temporary file. A cancel lands at
 * any point before step 4; from there on the export finishes.
 */
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { ExportResult } from '../../../shared/exports/types';
import type { Job } from '../jobs';
import { audit, peopleToCheck, read, timestamp, write, type Kernel } from '../kernel';
import { auditHead, formatAnchor } from '../workspace';
import { leakFinder, readBackFile } from './leaks';
import { unknownNames, unresolvedError } from './names-check';
import type { ExportProduct } from './product';
import { insertExport, type StoredExport } from './records';
import { openExportFile, type ExportFile } from './write-file';

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
  // The product streams into a private temporary file beside the target: the file is never held
  // whole in memory, and until the rename below there is nothing at the target.
  const file = await openExportFile(target);
  let sha256: string;
  try {
    sha256 = await rendered(kernel, product, job, file);
    if (product.anonymised) {
      job.progress('checking-file', 0, 1);
      await assertNoLeaks(kernel, product, file.temporary, path.basename(target), (done, total) => {
        job.progress('checking-file', done, total);
        job.throwIfCancelled();
      });
    }
    // The last point a cancel can land: past it the file is put in place and recorded.
    await job.pause();
    job.progress('writing', 0, 1);
    await file.ready();
  } catch (error) {
    await file.discard();
    throw error;
  }
  // The record and the rename in one transaction: a rename that fails leaves no record, and a
  // process killed before the commit leaves no record of a file that is not there either.
  let record: StoredExport;
  try {
    record = recordAndPutInPlace(kernel, product, target, sha256, options, file);
  } catch (error) {
    await file.discard();
    throw error;
  }
  await file.settle();
  job.progress('writing', 1, 1);
  const { detail: _detail, ...shown } = record;
  return { path: target, record: shown, summary: `Saved ${record.fileName}: ${product.describes}.` };
}

function recordAndPutInPlace(kernel: Kernel, product: ExportProduct, target: string, sha256: string, options: DeliverOptions, file: ExportFile): StoredExport {
  return write(kernel, (db) => {
    const stored: StoredExport = {
      id: kernel.newId(),
      sha256,
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
    file.putInPlace();
    return stored;
  });
}

/**
 * Renders into the temporary file with the job's signal and progress; the SHA-256 of what was
 * written. A producer that reports nothing (a CSV is quick) still shows the phase start and end;
 * a cancel says what the job's kind says, whoever noticed it. A file that cannot be written (disk
 * full) stops the rendering at once and says so, whatever the producer made of its broken output.
 */
export async function rendered(kernel: Kernel, product: Pick<ExportProduct, 'renderTo'>, job: Job, file: ExportFile): Promise<string> {
  job.progress('rendering', 0, 1);
  let reported = false;
  const writeFailed = new AbortController();
  const onFailure = () => {
    if (file.failure()) writeFailed.abort();
  };
  file.output.on('error', onFailure);
  // A producer may not notice its output failing (a zip writer waits for ever for 'finish'): the
  // failure ends the wait as well as stopping the producer through the signal.
  const failing = new Promise<never>((_resolve, reject) => writeFailed.signal.addEventListener('abort', () => reject(new Error('write failed')), { once: true }));
  failing.catch(() => undefined);
  try {
    const head = read(kernel, (db) => auditHead(db));
    await Promise.race([
      product.renderTo({
        output: file.output,
        signal: AbortSignal.any([job.signal, writeFailed.signal]),
        ...(head ? { auditAnchor: formatAnchor(head) } : {}),
        onProgress: (done, total) => {
          reported = true;
          job.progress('rendering', done, total);
        },
      }),
      failing,
    ]);
    const sha256 = await file.finish();
    if (!reported) job.progress('rendering', 1, 1);
    job.throwIfCancelled();
    return sha256;
  } catch (error) {
    const failure = file.failure();
    if (failure) throw failure;
    job.throwIfCancelled();
    throw error;
  } finally {
    file.output.off('error', onFailure);
  }
}

/** Reads the finished temporary file back (a CSV row by row, a PDF or workbook read once) and refuses it at the first name found. */
async function assertNoLeaks(kernel: Kernel, product: ExportProduct, file: string, fileName: string, onPage?: (done: number, total: number) => void): Promise<void> {
  const people = read(kernel, (db) => peopleToCheck(db, product.reviewId));
  const find = leakFinder(people);
  let first = find({ where: 'the file name', text: fileName })[0];
  if (!first) {
    for await (const part of readBackFile(product.format, file, onPage)) {
      first = find(part)[0];
      if (first) break;
    }
  }
  if (!first) return;
  throw new AppError(
    fileName && first.where === 'the file name' ? 'validation' : 'internal',
    first.where === 'the file name'
      ? `The anonymised copy was not saved: its file name contains the real name of ${first.pseudonym}. Choose a file name without it.`
      : `The anonymised copy was not saved: a check of the finished file found the real name of ${first.pseudonym} (in ${first.where}). Nothing was written. This is a fault in the app; please report it.`,
  );
}
