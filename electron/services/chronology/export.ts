/**
 * The composite chronology as an export product (CSV, Excel or PDF), named or anonymised, whole
 * or as the filtered view shows it — in which case the file and the message say so. The
 * dialog, the checks and the write are the export path's (electron/services/exports).
 */
import { describeFilter } from '../../../shared/chronology/filter-words';
import type { ChronologyFilter } from '../../../shared/chronology/schemas';
import { textFields } from '../../../shared/chronology/types';
import type { ChronologyEntry } from '../../../shared/chronology/views';
import type { ExportFormat } from '../../../shared/exports/types';
import { withBytes, type InMemoryProduct, type SourceText } from '../exports';
import { anonymiserFor, read, requireReview, type Kernel } from '../kernel';
import { listChronology } from './entries-service';
import { writeCsv, writeXlsx } from './export-formats';
import { toPdf } from './export-pdf';
import { getEpisode } from './link-repository';

export interface ChronologyExportRequest {
  reviewId: string;
  format: ExportFormat;
  anonymised: boolean;
  filter?: ChronologyFilter | undefined;
}

const fieldNames: Record<string, string> = { eventType: 'event type', authorRole: 'author role', source: 'source', event: 'event', action: 'action', outcome: 'outcome', significance: 'significance' };

/** Every text of the entries, each with where it is as a reviewer would cite it. */
function sourceTexts(entries: readonly ChronologyEntry[]): SourceText[] {
  const texts: SourceText[] = [];
  for (const entry of entries) {
    const where = `${entry.agency}, ${entry.date.text}`;
    for (const field of textFields) {
      const value = entry[field];
      if (field !== 'agency' && value) texts.push({ text: value, where: `${where}, ${fieldNames[field] ?? field}` });
    }
    if (entry.analysis) texts.push({ text: entry.analysis, where: `${where}, reviewer's analysis` });
    for (const [header, value] of Object.entries(entry.extra)) if (value) texts.push({ text: value, where: `${where}, ${header}` });
  }
  return texts;
}

export function chronologyExport(kernel: Kernel, request: ChronologyExportRequest): InMemoryProduct {
  const { reviewTitle, episodeTitle, anonymise } = read(kernel, (db) => {
    const review = requireReview(db, request.reviewId);
    const anonymise = request.anonymised ? anonymiserFor(db, request.reviewId).anonymise : (text: string) => text;
    const episode = request.filter?.episodeId ? getEpisode(db, request.filter.episodeId) : null;
    return { reviewTitle: anonymise(review.title), episodeTitle: episode ? anonymise(episode.title) : null, anonymise };
  });
  const list = () => listChronology(kernel, { reviewId: request.reviewId, anonymised: request.anonymised, filter: request.filter });
  const { entries, total } = list();
  const agencies = new Set(entries.map((entry) => entry.agency)).size;
  const filterWords = describeFilter(request.filter, episodeTitle);
  const filtered = filterWords !== null;
  const counted = `${entries.length.toLocaleString('en-GB')} ${entries.length === 1 ? 'entry' : 'entries'} from ${agencies} ${agencies === 1 ? 'agency' : 'agencies'}`;
  const describes = filtered ? `${counted}, the filtered view (${anonymise(filterWords)}) of ${total.toLocaleString('en-GB')} in all` : counted;
  const base = `chronology${filtered ? '-filtered' : ''}${request.anonymised ? '-anonymised' : ''}`;
  return withBytes({
    kind: 'chronology',
    format: request.format,
    reviewId: request.reviewId,
    subjectId: null,
    version: null,
    anonymised: request.anonymised,
    filtered,
    fileName: `${base}.${request.format}`,
    dialogTitle: request.anonymised ? 'Save the anonymised chronology' : 'Save the chronology (with real names)',
    describes,
    // The names check reads the real text of exactly the entries the file will hold.
    sourceTexts: () => {
      const shown = new Set(list().entries.map((entry) => entry.id));
      return sourceTexts(listChronology(kernel, { reviewId: request.reviewId, anonymised: false }).entries.filter((entry) => shown.has(entry.id)));
    },
    renderTo: async (target) => {
      const shown = list().entries;
      if (request.format === 'csv') return writeCsv(shown, target.output, target.signal);
      const about = filtered ? `This is the filtered view (${anonymise(filterWords)}): ${shown.length} of ${total} entries.` : null;
      if (request.format === 'xlsx') return writeXlsx(shown, target.output, request.anonymised ? 'Chronology (anonymised)' : 'Chronology', about, target.signal);
      // The target (its output with the rest) reaches the PDF engine, which streams into it.
      await toPdf(shown, { reviewTitle, anonymised: request.anonymised, date: kernel.now().toISOString().slice(0, 10), about }, target);
    },
  });
}
