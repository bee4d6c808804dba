/**
 * A document to PDF: gathers what the engine needs (the content of the current text or of a
 * version, the review, how each reference reads) and hands it to electron/services/pdf. Named
 * output shows people's current names; anonymised output shows pseudonyms for references and for
 * every plain-text name, alias and variant (the chronology's anonymiser).
 */
import { createAnonymiser } from '../../../shared/people/anonymise';
import type { DocJson, ReferenceAttrs } from '../../../shared/documents/model';
import { renderPdf, type PdfRequest } from '../pdf';
import type { Ports } from '../ports';
import { fontsDir } from '../resources';
import { read, write, type RegisterContext } from '../reviews/context';
import { listPeople } from '../reviews/people-repository';
import { requireReview } from '../reviews/review-service';
import { requireDocument, requireVersion } from './document-service';
import { saveExport } from '../export-file';

export interface PdfExportOptions {
  id: string;
  version?: number | undefined;
  anonymised: boolean;
  draft: boolean;
  marking?: string | undefined;
}

/** A removed person's chip: their name may be in the label, so anonymised output never prints it. */
const removedPerson = '[person no longer in the register]';

/** How each reference chip reads, named or anonymised. */
function referenceReader(people: ReadonlyArray<{ id: string; name: string; pseudonym: string }>, anonymise: (text: string) => string, anonymised: boolean) {
  const byId = new Map(people.map((person) => [person.id, person]));
  return (attrs: ReferenceAttrs): string => {
    if (attrs.kind === 'person') {
      const person = byId.get(attrs.id);
      if (person) return anonymised ? person.pseudonym : person.name;
      return anonymised ? removedPerson : attrs.label;
    }
    return anonymised ? anonymise(attrs.label) : attrs.label;
  };
}

/** Everything the engine needs, read in one go so the export never sees a half-saved document. */
export function pdfRequestFor(context: RegisterContext, options: PdfExportOptions): Omit<PdfRequest, 'onProgress' | 'signal'> {
  return read(context, (db) => {
    const document = requireDocument(db, options.id);
    const review = requireReview(db, document.reviewId);
    const version = options.version === undefined ? null : requireVersion(db, document.id, options.version);
    const people = listPeople(db, review.id);
    const anonymise = options.anonymised ? createAnonymiser(people) : (text: string) => text;
    const content: DocJson = version ? version.content : document.content;
    return {
      title: anonymise(document.title),
      reviewTitle: anonymise(review.title),
      marking: options.marking ?? document.marking,
      versionLabel: version ? `Version ${version.number}: ${anonymise(version.label)}` : 'Working copy (not a saved version)',
      date: context.now().toISOString().slice(0, 10),
      draft: options.draft,
      content,
      language: 'en-GB',
      subject: options.anonymised ? 'Anonymised' : 'Contains real names',
      referenceText: referenceReader(people, anonymise, options.anonymised),
      transformText: anonymise,
      fontsDir,
    };
  });
}

export async function documentPdf(context: RegisterContext, options: PdfExportOptions, extras: Pick<PdfRequest, 'onProgress' | 'signal'> = {}): Promise<Buffer> {
  const request = pdfRequestFor(context, options);
  return renderPdf({ ...request, ...extras });
}

/** Writes the PDF where asked and records the export (ids only) in the audit log. */
export async function writeDocumentPdf(context: RegisterContext, options: PdfExportOptions, target: string, extras: Pick<PdfRequest, 'onProgress' | 'signal'> = {}): Promise<{ path: string }> {
  const bytes = await documentPdf(context, options, extras);
  const saved = await saveExport(target, bytes, 'The PDF');
  write(context, () => context.session.audit(options.anonymised ? 'document.exported-anonymised' : 'document.exported', 'document', options.id));
  return saved;
}

function fileNameOf(title: string, anonymised: boolean): string {
  const base = title.replace(/[^\p{L}\p{N} _-]+/gu, '').trim().replace(/\s+/g, '-').slice(0, 80) || 'document';
  return `${base}${anonymised ? '-anonymised' : ''}.pdf`;
}

/** Asks where to save, then exports with progress events; null when the user cancels. */
export async function exportDocumentPdf(context: RegisterContext, ports: Ports, input: PdfExportOptions & { exportId?: string | undefined }): Promise<{ path: string } | null> {
  const { title } = pdfRequestFor(context, input);
  const target = await ports.dialogs.showSave({
    title: input.anonymised ? 'Save the anonymised PDF' : 'Save the PDF (with real names)',
    defaultName: fileNameOf(title, input.anonymised),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
  if (!target) return null;
  const exportId = input.exportId;
  const onProgress = exportId ? (done: number, total: number) => ports.emit('document:export-progress', { exportId, done, total }) : undefined;
  return writeDocumentPdf(context, input, target, onProgress ? { onProgress } : {});
}
