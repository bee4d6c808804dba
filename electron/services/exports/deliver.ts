/**
 * The one export path. Every exporter's product goes through here on its way to disk:
 *   1. an anonymised export is refused while the names check finds names the register does not
 *      know, unless the user gave a reason to export anyway;
 *   2. the bytes are rendered;
 *   3. an anonymised file is read back (text, metadata, outline, file name) and refused if any
 *      registered name, alias or variant is in it;
 *   4. the file is written all or nothing, readable by the user only;
 *   5. the export is recorded (SHA-256, kind, review, named or anonymised, who, when) and audited.
 * Nothing is recorded unless the file was written; nothing is written unless every check passed.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { ExportResult } from '../../../shared/exports/types';
import { anonymiserFor, audit, read, timestamp, write, type Kernel } from '../kernel';
import { findLeaks, readBack } from './leaks';
import { unknownNames, unresolvedError } from './names-check';
import type { ExportProduct, RenderOptions } from './product';
import { insertExport, type StoredExport } from './records';
import { writeExportFile } from './write-file';

export interface DeliverOptions extends RenderOptions {
  /** "Export anyway": the reason for exporting with names the register does not know. */
  allowUnresolved?: string | undefined;
}

/** Step 1 on its own, so the edge can refuse before asking where to save. */
export function assertNamesResolved(kernel: Kernel, product: ExportProduct, allowUnresolved: string | undefined): void {
  if (!product.anonymised || allowUnresolved) return;
  const candidates = read(kernel, (db) => unknownNames(db, product));
  if (candidates.length > 0) throw unresolvedError(candidates);
}

export async function deliverExport(kernel: Kernel, product: ExportProduct, target: string, options: DeliverOptions = {}): Promise<ExportResult> {
  assertNamesResolved(kernel, product, options.allowUnresolved);
  // An anonymised file is read back after rendering, which for a long PDF takes about as long
  // again: the progress bar gives each half of the way to each step.
  const { onProgress } = options;
  const halves = product.anonymised && onProgress;
  let rendered = 1;
  const bytes = await product.render({
    ...options,
    ...(onProgress ? { onProgress: halves ? (done: number, total: number) => onProgress(done, 2 * (rendered = total)) : onProgress } : {}),
  });
  if (product.anonymised) {
    const onPage = halves ? (done: number, total: number) => onProgress(rendered + Math.round((done / total) * rendered), 2 * rendered) : undefined;
    await assertNoLeaks(kernel, product, bytes, path.basename(target), onPage);
  }
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
  const { detail: _detail, ...shown } = record;
  return { path: target, record: shown, summary: `Saved ${record.fileName}: ${product.describes}.` };
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
