/**
 * Terms of reference to PDF for sign-off, and checking a PDF against the signed versions.
 *
 * Every exported file is recorded by the SHA-256 of its bytes. "Verify" looks the file up: a
 * file this workspace exported from a signed version matches; any other file — edited text, a
 * draft's PDF, a PDF from another workspace — does not. The verification code printed on the
 * sign-off page (and stored in the metadata) is the SHA-256 of the signed version, so a reader
 * can also compare it with the code the app shows for that version.
 */
import { createHash } from 'node:crypto';
import { defaultMarking } from '../../../shared/documents/model';
import { AppError } from '../../../shared/errors';
import { termsToDoc } from '../../../shared/terms/document';
import { termsStatusLabels, type PdfVerification } from '../../../shared/terms/types';
import { renderPdf, type PdfSignOff } from '../pdf';
import { fontsDir } from '../resources';
import { read, timestamp, write, type RegisterContext } from '../reviews/context';
import { requireReview } from '../reviews/review-service';
import { findPdfExport, getTerms, insertPdfExport } from './terms-repository';
import { approvalOf, requireTerms, termsHash } from './terms-service';

const longDate = (iso: string) => new Date(`${iso.slice(0, 10)}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Renders a version (the newest when none is named) and records the file for verification. */
export async function termsPdf(context: RegisterContext, input: { reviewId: string; version?: number | undefined }): Promise<{ bytes: Buffer; number: number }> {
  const { request, number, signed, contentSha256 } = read(context, (db) => {
    const review = requireReview(db, input.reviewId);
    const terms = requireTerms(db, input.reviewId, input.version);
    const approval = terms.status === 'signed-off' ? approvalOf(db, terms) : null;
    const signOff: PdfSignOff = approval
      ? { signatory: approval.signatory, role: approval.role, date: approval.at.slice(0, 10), decision: 'Approved', ...(approval.comments ? { comments: approval.comments } : {}), verificationCode: approval.sha256 }
      : { signatory: '', role: '', date: '', decision: '' };
    return {
      number: terms.number,
      signed: approval !== null,
      contentSha256: termsHash(terms),
      request: {
        title: 'Terms of reference',
        reviewTitle: review.title,
        marking: defaultMarking,
        versionLabel: `Version ${terms.number}: ${termsStatusLabels[terms.status]}`,
        date: timestamp(context).slice(0, 10),
        draft: approval === null,
        content: termsToDoc(terms.fields, terms.sections),
        signOff,
        language: 'en-GB',
        subject: `Terms of reference, version ${terms.number}`,
        referenceText: (attrs: { label: string }) => attrs.label,
        fontsDir,
      },
    };
  });
  const bytes = await renderPdf(request);
  write(context, () => {
    insertPdfExport(context.session.require().db, {
      sha256: createHash('sha256').update(bytes).digest('hex'),
      reviewId: input.reviewId,
      number,
      signed,
      contentSha256,
      exportedAt: timestamp(context),
    });
    context.session.audit('terms.exported', 'review', input.reviewId);
  });
  return { bytes, number };
}

/**
 * The verification code a PDF of ours carries in its metadata, if any. pdfkit writes the info
 * value as an indirect string object (`/PrwVerificationCode 65 0 R` … `65 0 obj (…) endobj`);
 * a literal in the dictionary itself is accepted too.
 */
function codeIn(bytes: Buffer): string | null {
  const text = bytes.toString('latin1');
  const literal = /\/PrwVerificationCode\s*\(([0-9a-f]{64})\)/.exec(text);
  if (literal) return literal[1]!;
  const reference = /\/PrwVerificationCode\s+(\d+)\s+(\d+)\s+R/.exec(text);
  if (!reference) return null;
  return new RegExp(`(?:^|\\s)${reference[1]}\\s+${reference[2]}\\s+obj\\s*\\(([0-9a-f]{64})\\)`).exec(text)?.[1] ?? null;
}

export function verifyPdf(context: RegisterContext, bytes: Buffer): PdfVerification {
  if (bytes.subarray(0, 1024).indexOf('%PDF-') === -1) {
    throw new AppError('validation', 'That file is not a PDF. Choose the PDF of the terms of reference you were sent.');
  }
  return read(context, (db) => {
    const none = { match: false, review: null, version: null, signedBy: null, signedAt: null };
    const record = findPdfExport(db, createHash('sha256').update(bytes).digest('hex'));
    if (record?.signed) {
      const review = requireReview(db, record.reviewId);
      const terms = getTerms(db, record.reviewId, record.number);
      const approval = terms ? approvalOf(db, terms) : null;
      if (terms && approval && approval.sha256 === record.contentSha256) {
        return {
          match: true,
          review: review.title,
          version: record.number,
          signedBy: `${approval.signatory}, ${approval.role}`,
          signedAt: approval.at,
          message: `Matches signed version ${record.number} of ${review.title}, signed by ${approval.signatory} (${approval.role}) on ${longDate(approval.at)}.`,
        };
      }
    }
    if (record) return { ...none, message: `This is a PDF of version ${record.number} made before it was signed off (a draft): it does not match any signed version.` };
    const code = codeIn(bytes);
    if (!code) {
      return { ...none, message: 'This PDF carries no verification code: it was not exported from a signed version of terms of reference. It does not match any signed version.' };
    }
    return {
      ...none,
      message: `This PDF does not match any signed version in this workspace. Its verification code begins ${code.slice(0, 12)}; if that belongs to a version here, the file has been changed since it was exported. It may also come from another workspace.`,
    };
  });
}
