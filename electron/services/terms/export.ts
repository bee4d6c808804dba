/**
 * Terms of reference to PDF for sign-off, and checking a PDF against the signed versions.
 *
 * Every exported file is recorded by the SHA-256 of its bytes (the register of exports). "Verify" looks the file up: a
 * file this workspace exported from a signed version matches; any other file — edited text, a
 * draft's PDF, a PDF from another workspace — does not. The verification code printed on the
 * sign-off page (and stored in the metadata) is the SHA-256 of the signed version, so a reader
 * can also compare it with the code the app shows for that version.
 */
import { createHash } from 'node:crypto';
import { defaultMarking } from '../../../shared/documents/model';
import { AppError } from '../../../shared/errors';
import { termsToDoc } from '../../../shared/terms/document';
import { decisionSentence } from '../../../shared/terms/decision';
import { termsStatusLabels, type PdfVerification } from '../../../shared/terms/types';
import { blocksOf } from '../../../shared/documents/text';
import { findExportsBySha, withBytes, type InMemoryProduct } from '../exports';
import { anonymiserFor, read, requireReview, timestamp, type Kernel } from '../kernel';
import { renderPdf, type PdfSignOff } from '../pdf';
import { fontsDir } from '../resources';
import { getTerms } from './terms-repository';
import { approvalOf, requireTerms, termsHash } from './terms-service';

const longDate = (iso: string) => new Date(`${iso.slice(0, 10)}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export interface TermsExportRequest {
  reviewId: string;
  version?: number | undefined;
  anonymised?: boolean | undefined;
}

/**
 * A version (the newest when none is named) as an export product. The export path records the
 * file with what "verify" needs: whether the version was signed, and the SHA-256 it was signed on.
 */
export function termsExport(context: Kernel, input: TermsExportRequest): InMemoryProduct {
  const anonymised = input.anonymised === true;
  const { request, number, signed, contentSha256, sources } = read(context, (db) => {
    const review = requireReview(db, input.reviewId);
    const terms = requireTerms(db, input.reviewId, input.version);
    const approval = terms.status === 'signed-off' ? approvalOf(db, terms) : null;
    const anonymise = anonymised ? anonymiserFor(db, input.reviewId).anonymise : (text: string) => text;
    const signOff: PdfSignOff = approval
      ? { signatory: approval.signatory, role: approval.role, date: approval.at.slice(0, 10), decision: decisionSentence(approval), ...(approval.comments ? { comments: approval.comments } : {}), verificationCode: approval.sha256 }
      : { signatory: '', role: '', date: '', decision: '' };
    const content = termsToDoc(terms.fields, terms.sections);
    return {
      number: terms.number,
      signed: approval !== null,
      contentSha256: termsHash(terms),
      sources: blocksOf(content).map((text, index) => ({ text, where: `the terms of reference, version ${terms.number} (block ${index + 1})` })),
      request: {
        title: 'Terms of reference',
        reviewTitle: anonymise(review.title),
        marking: defaultMarking,
        versionLabel: `Version ${terms.number}: ${termsStatusLabels[terms.status]}`,
        date: timestamp(context).slice(0, 10),
        draft: approval === null,
        content,
        signOff,
        language: 'en-GB',
        subject: anonymised ? `Terms of reference, version ${terms.number} (anonymised)` : `Terms of reference, version ${terms.number}`,
        referenceText: (attrs: { label: string }) => anonymise(attrs.label),
        ...(anonymised ? { transformText: anonymise } : {}),
        fontsDir,
      },
    };
  });
  return withBytes({
    kind: 'terms',
    format: 'pdf',
    reviewId: input.reviewId,
    subjectId: null,
    version: number,
    anonymised,
    filtered: false,
    fileName: `terms-of-reference-v${number}${anonymised ? '-anonymised' : ''}.pdf`,
    dialogTitle: anonymised ? 'Save the anonymised terms of reference as PDF' : 'Save the terms of reference as PDF',
    describes: `version ${number} of the terms of reference${signed ? ', signed off' : ', a draft'}`,
    sourceTexts: () => sources,
    // The target (its output with the signal and progress) reaches the PDF engine, which streams into it.
    renderTo: async (target) => {
      await renderPdf({ ...request, ...target });
    },
    detail: { signed, contentSha256 },
  });
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

export function verifyPdf(context: Kernel, bytes: Buffer): PdfVerification {
  if (bytes.subarray(0, 1024).indexOf('%PDF-') === -1) {
    throw new AppError('validation', 'That file is not a PDF. Choose the PDF of the terms of reference you were sent.');
  }
  return read(context, (db) => {
    const none = { match: false, review: null, version: null, signedBy: null, signedAt: null };
    const exported = findExportsBySha(db, createHash('sha256').update(bytes).digest('hex')).find((entry) => entry.kind === 'terms');
    const record = exported?.reviewId ? { reviewId: exported.reviewId, number: exported.version ?? 0, signed: exported.detail.signed === true, contentSha256: String(exported.detail.contentSha256 ?? '') } : null;
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
