/** Writing the composite chronology out, and the lists of what each agency sent. */
import type { RejectedEntry, SubmissionInfo } from '../../../shared/chronology/views';
import type { Ports } from '../ports';
import { read, type RegisterContext } from '../reviews/context';
import { requireReview } from '../reviews/review-service';
import { listRejected } from './entry-repository';
import { anonymiserFor, listChronology } from './entries-service';
import { toCsv, toXlsx } from './export';
import { toPdf } from './export-pdf';
import { listSubmissions } from './submission-repository';
import { saveExport } from '../export-file';

export type ExportFormat = 'csv' | 'xlsx' | 'pdf';

const formatNames: Record<ExportFormat, string> = { csv: 'CSV', xlsx: 'Excel workbook', pdf: 'PDF' };

export async function chronologyBytes(context: RegisterContext, input: { reviewId: string; format: ExportFormat; anonymised: boolean }): Promise<Uint8Array> {
  const { entries } = listChronology(context, { reviewId: input.reviewId, anonymised: input.anonymised });
  if (input.format === 'csv') return toCsv(entries);
  if (input.format === 'xlsx') return toXlsx(entries, input.anonymised ? 'Chronology (anonymised)' : 'Chronology');
  const review = read(context, (db) => requireReview(db, input.reviewId));
  const reviewTitle = input.anonymised ? anonymiserFor(context.session.require().db, input.reviewId).anonymise(review.title) : review.title;
  return toPdf(entries, { reviewTitle, anonymised: input.anonymised, date: context.now().toISOString().slice(0, 10) });
}

/** Asks where to save, then writes the file; null when the user cancels. */
export async function exportChronology(context: RegisterContext, ports: Ports, input: { reviewId: string; format: ExportFormat; anonymised: boolean }): Promise<{ path: string } | null> {
  read(context, (db) => requireReview(db, input.reviewId));
  const extension = input.format;
  const target = await ports.dialogs.showSave({
    title: input.anonymised ? 'Save the anonymised chronology' : 'Save the chronology (with real names)',
    defaultName: `chronology${input.anonymised ? '-anonymised' : ''}.${extension}`,
    filters: [{ name: formatNames[extension], extensions: [extension] }],
  });
  if (!target) return null;
  const bytes = await chronologyBytes(context, input);
  return saveExport(target, bytes, 'The chronology');
}

export function submissions(context: RegisterContext, reviewId: string): SubmissionInfo[] {
  return read(context, (db) => {
    requireReview(db, reviewId);
    return listSubmissions(db, reviewId);
  });
}

export function rejectedRows(context: RegisterContext, reviewId: string): RejectedEntry[] {
  return read(context, (db) => {
    requireReview(db, reviewId);
    return listRejected(db, reviewId);
  });
}
