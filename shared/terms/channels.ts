/** Terms of reference: versions, sign-off, export and verifying a PDF. */
import type { ExportResult } from '../exports/types';
import { channel, noInput } from '../ipc/channel';
import { saveTemplateInput, termsEvidenceInput, termsExportInput, termsReviewInput, termsSectionsInput, termsSetInput, termsSignOffInput, termsStartInput, verifyPdfInput } from './schemas';
import type { PdfVerification, TemplateInfo, TermsOverview, TermsVersion } from './types';

export const termsChannels = {
  /** The current version, the history of versions and what changed since the last signed one. */
  'terms:get': channel<typeof termsReviewInput, TermsOverview>(termsReviewInput),
  /** Shipped templates and those saved in this workspace. */
  'terms:templates': channel<typeof noInput, TemplateInfo[]>(noInput),
  'terms:start': channel<typeof termsStartInput, TermsVersion>(termsStartInput),
  /** Sets one field of a version not yet signed off (a signed one is refused: start the next version first). */
  'terms:set': channel<typeof termsSetInput, TermsVersion>(termsSetInput),
  'terms:set-sections': channel<typeof termsSectionsInput, TermsVersion>(termsSectionsInput),
  'terms:submit': channel<typeof termsReviewInput, TermsVersion>(termsReviewInput),
  /**
   * Records the chair's decision on the submitted version — who, the day, how, the evidence; the
   * recorder is this app's user. Refused if it changed since it was submitted, if the day is in
   * the future, or (an approval) if it still holds template guidance.
   */
  'terms:sign-off': channel<typeof termsSignOffInput, TermsVersion>(termsSignOffInput),
  /** Starts the next version as a draft copied from the signed one, which stays as it was signed. */
  'terms:new-version': channel<typeof termsReviewInput, TermsVersion>(termsReviewInput),
  /** Asks where to save the evidence kept with a decision and writes it there; null when cancelled. */
  'terms:save-evidence': channel<typeof termsEvidenceInput, { fileName: string } | null>(termsEvidenceInput),
  'terms:save-template': channel<typeof saveTemplateInput, { id: string }>(saveTemplateInput),
  /** Asks where to save; records the file so it can be verified later; null when cancelled. */
  'terms:export-pdf': channel<typeof termsExportInput, ExportResult | null>(termsExportInput),
  /** Does this PDF match a signed version in this workspace? */
  'terms:verify-pdf': channel<typeof verifyPdfInput, PdfVerification>(verifyPdfInput),
};
