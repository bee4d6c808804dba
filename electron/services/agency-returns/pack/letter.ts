/**
 * The covering letter that goes with an agency's request: to the contact by role and team, what
 * is asked and why, by when, and how to send it securely. A letter, so the PDF has no cover page;
 * the PDF engine puts the protective marking at the top and bottom of every page.
 */
import type { RequestPackInput } from '../../../../shared/agency-returns/model';
import { requestAskPhrases } from '../../../../shared/agency-returns/model';
import type { DocJson, DocNode } from '../../../../shared/documents/model';
import { withBytes, type InMemoryProduct, type SourceText } from '../../exports';
import { renderPdf, type PdfRequest } from '../../pdf';
import { fontsDir } from '../../resources';
import { columnList } from './columns';
import { addressee, dayWithWeekday, periodWords, slug } from './words';

const text = (value: string, bold = false): DocNode => ({ type: 'text', text: value, ...(bold ? { marks: [{ type: 'bold' }] } : {}) });
const paragraph = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const lines = (...values: string[]): DocNode => paragraph(...values.flatMap((value, index) => (index === 0 ? [text(value)] : [{ type: 'hardBreak' }, text(value)])));
const bullets = (...items: string[]): DocNode => ({ type: 'bulletList', content: items.map((item) => ({ type: 'listItem', content: [paragraph(text(item))] })) });
/** A section's title: bold words rather than a heading, so the letter gets no contents page. */
const title = (value: string): DocNode => paragraph(text(value, true));

/** The letter as the document the PDF engine draws. */
export function letterContent(input: RequestPackInput): DocJson {
  const due = dayWithWeekday(input.due);
  const period = periodWords(input);
  const asksChronology = input.asks.includes('chronology');
  const asks = input.asks.length > 0 ? input.asks.map((ask) => requestAskPhrases[ask]) : [requestAskPhrases.information];
  const content: DocNode[] = [
    lines(input.from, dayWithWeekday(input.sent)),
    lines(`To: ${addressee(input)}`),
    paragraph(text(`Request for information: ${input.reviewReference}`, true)),
    paragraph(text('Dear colleague,')),
    paragraph(text('We are writing to every agency that may have known the child or family in the review below, to ask for your help.')),
    lines(
      `Review: ${input.reviewReference}`,
      `Type of review: ${input.reviewType}`,
      ...(period ? [`Period under review: ${period}`] : []),
      `Please reply by: ${due}`,
    ),
    paragraph(text('The review looks at how agencies worked with the child and family, so that the partnership can learn from it. It is not about blaming anyone.')),
    title('What we ask for'),
    paragraph(text('Please send us:')),
    bullets(...asks),
    ...(period ? [paragraph(text(`Please cover your agency's contact with the child and family ${period}.`))] : []),
    title('When we need it'),
    paragraph(text(`Please send it by ${due}. If you cannot meet this date, tell us as soon as you can.`)),
    paragraph(text('If your agency had no involvement with the child or family, please tell us so by the same date (a nil return), so that we do not chase you.')),
    title('How to send it securely'),
    bullets(
      "Send it by secure email or through the partnership's secure file transfer. Never send it by ordinary email.",
      'Protect each attachment with a password, and send the password separately, for example by phone.',
      ...(asksChronology ? [`Use the attached chronology template, or send a Word or Excel table with these columns: ${columnList()}.`] : []),
      `Mark what you send ${input.marking}.`,
    ),
    ...(asksChronology
      ? [
          title('Filling in the chronology'),
          paragraph(
            text(
              'One row for each contact, in the order they happened. Write dates day first (14/06/2019). If your record does not give the exact day, write what it does give, such as approx March 2019: never make up a day. Every row needs its source of information, the record it comes from.',
            ),
          ),
        ]
      : []),
    paragraph(text('Thank you for your help.')),
    lines('Yours sincerely,', input.from),
  ];
  return { type: 'doc', content };
}

/** What the letter says that was given to it, with where, for the names check before an anonymised export. */
function letterTexts(input: RequestPackInput): SourceText[] {
  const where = (part: string) => `the request letter to ${input.agency}: ${part}`;
  return [
    { text: input.from, where: where('who it is from') },
    { text: addressee(input), where: where('who it is to') },
    { text: input.reviewReference, where: where("the review's reference") },
    { text: input.reviewType, where: where('the type of review') },
    ...(input.subject ? [{ text: input.subject, where: where("the review's pseudonym") }] : []),
  ];
}

function letterRequest(input: RequestPackInput): PdfRequest {
  return {
    title: `Request for information: ${input.reviewReference}`,
    reviewTitle: input.reviewReference,
    cover: false,
    marking: input.marking,
    versionLabel: `Letter to ${input.agency}`,
    date: input.sent,
    draft: false,
    content: letterContent(input),
    author: input.from,
    subject: `Request to ${input.agency} for ${input.reviewReference}, to return by ${dayWithWeekday(input.due)}`,
    language: 'en-GB',
    referenceText: (attrs) => attrs.label,
    fontsDir,
  };
}

/** The covering letter for one agency's request, as an export product (the one export path records it). */
export function coveringLetterProduct(input: RequestPackInput, facts: { reviewId: string }): InMemoryProduct {
  const request = letterRequest(input);
  return withBytes({
    kind: 'agency-request',
    format: 'pdf',
    reviewId: facts.reviewId,
    subjectId: null,
    version: null,
    anonymised: true,
    filtered: false,
    fileName: `request-letter-${slug(input.agency)}.pdf`,
    dialogTitle: `Save the request letter to ${input.agency} as PDF`,
    describes: `the request letter to ${input.agency}, asking for a reply by ${dayWithWeekday(input.due)}`,
    sourceTexts: () => letterTexts(input),
    // The target (its output with the signal and progress) reaches the PDF engine, which streams into it.
    renderTo: async (target) => {
      await renderPdf({ ...request, ...target });
    },
  });
}
