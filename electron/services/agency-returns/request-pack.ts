/**
 * The request pack for one agency's request: the Excel chronology template and the covering
 * letter, each delivered through the one export path into the folder chosen (anonymised: the
 * names check and the read-back of the finished file both run) and recorded in the register of
 * exports. Real names never reach the pack: the review is named by its title and pseudonym with
 * every registered name replaced.
 */
import path from 'node:path';
import { defaultMarking } from '../../../shared/documents/model';
import { AppError } from '../../../shared/errors';
import type { RequestPackInput } from '../../../shared/agency-returns/model';
import type { ExportResult } from '../../../shared/exports/types';
import { reviewTypeLabels } from '../../../shared/reviews/catalogue';
import { deliverExport, type ExportProduct } from '../exports';
import { anonymiserFor, read, requireReview, type Kernel } from '../kernel';
import { termsInForce } from '../terms';
import { coveringLetterProduct, requestTemplateProduct } from './pack';
import { requireRequest } from './request-service';

/** Who the letter is from when the partnership has not said. */
const sender = 'The Practice Review Group, on behalf of the safeguarding partners';

export function packProducts(kernel: Kernel, requestId: string): ExportProduct[] {
  const input = read(kernel, (db) => {
    const request = requireRequest(db, requestId);
    const review = requireReview(db, request.reviewId);
    if (!request.due) {
      throw new AppError('validation', `Set a due date for the request to ${request.agency} first: the letter and the template both give it.`);
    }
    const { anonymise } = anonymiserFor(db, review.id);
    // Checked before either file is written, so a pack is never left half made. The message
    // names the field, never the name in it.
    for (const [field, text] of [
      ['agency', request.agency],
      ['contact', request.contact],
    ] as const) {
      if (text && anonymise(text) !== text) {
        throw new AppError('validation', `The ${field} on this request names someone in the review’s people register, so the pack was not made. Give the ${field} as a role and team, then make the pack again.`);
      }
    }
    const terms = termsInForce(db, review.id)?.fields;
    const packInput: RequestPackInput = {
      reviewReference: anonymise(review.title),
      reviewType: reviewTypeLabels[review.type],
      subject: review.subject ? anonymise(review.subject) : null,
      agency: request.agency,
      contact: request.contact,
      asks: request.asks,
      sent: request.sent ?? kernel.deadlines.today(),
      due: request.due,
      periodFrom: terms?.periodFrom ?? null,
      periodTo: terms?.periodTo ?? null,
      marking: defaultMarking,
      from: sender,
    };
    return { packInput, reviewId: review.id };
  });
  const products = [requestTemplateProduct(input.packInput, { reviewId: input.reviewId }), coveringLetterProduct(input.packInput, { reviewId: input.reviewId })];
  const recipients = [input.packInput.agency, sender, ...(input.packInput.contact ? [input.packInput.contact] : [])];
  return products.map((product) => withoutRecipients(product, recipients));
}

/**
 * The names check looks for people the pack should not name; the agency ("Northshire Police"),
 * the sender and the addressee typed on the request are who the pack is from and to, so they are
 * left out of what it reads. The finished file is still read back against every registered name
 * (the child and family) before it is put in place.
 */
function withoutRecipients(product: ExportProduct, recipients: readonly string[]): ExportProduct {
  const mask = (text: string) => recipients.reduce((masked, name) => masked.split(name).join(' '), text);
  return { ...product, sourceTexts: () => product.sourceTexts().map((source) => ({ ...source, text: mask(source.text) })) };
}

/** Writes both files into `folder`; each is refused (and nothing of it kept) if a registered name would leave in it. */
export async function writePack(kernel: Kernel, requestId: string, folder: string, jobId?: string): Promise<ExportResult[]> {
  const results: ExportResult[] = [];
  for (const product of packProducts(kernel, requestId)) {
    results.push(await deliverExport(kernel, product, path.join(folder, product.fileName), jobId && results.length === 0 ? { jobId } : {}));
  }
  return results;
}
