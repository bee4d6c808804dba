/**
 * A document to PDF as an export product: gathers what the engine needs (the content of the
 * current text or of a version, the review, how each reference reads) and hands it to
 * electron/services/pdf. Named output shows people's current names; anonymised output shows
 * pseudonyms for references and for every plain-text name, alias and variant (the review's
 * anonymiser). A chip always prints whole: a person's name or pseudonym, an entry's full citation.
 */
import type { DocJson, DocNode, ReferenceAttrs } from '../../../shared/documents/model';
import { blocksOf } from '../../../shared/documents/text';
import { withBytes, type InMemoryProduct, type SourceText } from '../exports';
import { anonymiserFor, listPeople, read, requireReview, type Kernel } from '../kernel';
import { renderPdf, type PdfRequest } from '../pdf';
import { fontsDir } from '../resources';
import { requireDocument, requireVersion } from './document-service';

export interface PdfExportOptions {
  id: string;
  version?: number | undefined;
  anonymised: boolean;
  draft: boolean;
  marking?: string | undefined;
}

/** How a chronology entry is cited in full ("11 Mar 2019, Police: Strategy discussion …"); null when it is gone. */
export type EntryCitation = (entryId: string) => string | null;

/** A removed person's chip: their name may be in the label, so anonymised output never prints it. */
const removedPerson = '[person no longer in the register]';

/** How each reference chip reads, named or anonymised: whole, never a shortened label. */
function referenceReader(people: ReadonlyArray<{ id: string; name: string; pseudonym: string }>, anonymise: (text: string) => string, anonymised: boolean, citeEntry: EntryCitation) {
  const byId = new Map(people.map((person) => [person.id, person]));
  return (attrs: ReferenceAttrs): string => {
    if (attrs.kind === 'person') {
      const person = byId.get(attrs.id);
      if (person) return anonymised ? person.pseudonym : person.name;
      return anonymised ? removedPerson : attrs.label;
    }
    const text = (attrs.kind === 'entry' ? citeEntry(attrs.id) : null) ?? wholeLabel(attrs.label);
    return anonymised ? anonymise(text) : text;
  };
}

/** A label saved shortened ("…said things…") loses its cut-off tail rather than print half a word or name. */
function wholeLabel(label: string): string {
  if (!label.endsWith('…')) return label;
  const colon = label.indexOf(': ');
  return colon > 0 ? label.slice(0, colon) : label.replace(/\s*\S*…$/, '');
}

/** Everything the engine needs, read in one go so the export never sees a half-saved document. */
export function pdfRequestFor(context: Kernel, options: PdfExportOptions, citeEntry: EntryCitation = () => null): Omit<PdfRequest, 'onProgress' | 'signal'> {
  return read(context, (db) => {
    const document = requireDocument(db, options.id);
    const review = requireReview(db, document.reviewId);
    const version = options.version === undefined ? null : requireVersion(db, document.id, options.version);
    const people = listPeople(db, review.id);
    const anonymise = options.anonymised ? anonymiserFor(db, review.id).anonymise : (text: string) => text;
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
      referenceText: referenceReader(people, anonymise, options.anonymised, citeEntry),
      transformText: anonymise,
      fontsDir,
    };
  });
}

/** The text of a document as written, block by block, each with where it is. */
function sourceTexts(title: string, content: DocJson): SourceText[] {
  let heading = 'the start';
  return blocksOf(content as DocNode).map((block, index) => {
    if (block.startsWith('#')) heading = `“${block.replace(/^#+ /, '')}”`;
    return { text: block, where: `${title}, under ${heading} (block ${index + 1})` };
  });
}

function fileNameOf(title: string, anonymised: boolean): string {
  const base = title.replace(/[^\p{L}\p{N} _-]+/gu, '').trim().replace(/\s+/g, '-').slice(0, 80) || 'document';
  return `${base}${anonymised ? '-anonymised' : ''}.pdf`;
}

export function documentExport(context: Kernel, options: PdfExportOptions, citeEntry: EntryCitation = () => null): InMemoryProduct {
  const { reviewId, title, namedTitle, content } = read(context, (db) => {
    const document = requireDocument(db, options.id);
    const version = options.version === undefined ? null : requireVersion(db, document.id, options.version);
    const anonymise = options.anonymised ? anonymiserFor(db, document.reviewId).anonymise : (text: string) => text;
    return { reviewId: document.reviewId, title: anonymise(document.title), namedTitle: document.title, content: version ? version.content : document.content };
  });
  return withBytes({
    kind: 'document',
    format: 'pdf',
    reviewId,
    subjectId: options.id,
    version: options.version ?? null,
    anonymised: options.anonymised,
    filtered: false,
    // The suggested file name comes from the title as the copy shows it: anonymised, or as written.
    fileName: fileNameOf(title, options.anonymised),
    dialogTitle: options.anonymised ? 'Save the anonymised PDF' : 'Save the PDF (with real names)',
    describes: options.version === undefined ? 'the working copy as a PDF' : `version ${options.version} as a PDF`,
    sourceTexts: () => [{ text: namedTitle, where: 'the title' }, ...sourceTexts(namedTitle, content)],
    // The target (its output with the signal and progress) reaches the PDF engine, which streams into it.
    renderTo: async (target) => {
      await renderPdf({ ...pdfRequestFor(context, options, citeEntry), ...target });
    },
  });
}
