/** Terms of reference: versions, sign-off, export and verifying a PDF. */
import type { ExportResult } from '../exports/types';
import { channel, noInput } from '../ipc/channel';
import { saveTemplateInput, termsExportInput, termsReviewInput, termsSectionsInput, termsSetInput, termsSignOffInput, termsStartInput, verifyPdfInput } from './schemas';
import type { PdfVerification, TemplateInfo, TermsOverview, TermsVersion } from './types';

export const termsChannels = {
  /** The current version, the history of versions and what changed since the last signed one. */
  'terms:get': channel<typeof termsReviewInput, TermsOverview>(termsReviewInput),
  /** Shipped templates and those saved in this workspace. */
  'terms:templates': channel<typeof noInput, TemplateInfo[]>(noInput),
  'terms:start': channel<typeof termsStartInput, TermsVersion>(termsStartInput),
  /** Sets one field; after sign-off this starts the next version as a draft. */
  'terms:set': channel<typeof termsSetInput, TermsVersion>(termsSetInput),
  'terms:set-sections': channel<typeof termsSectionsInput, TermsVersion>(termsSectionsInput),
  'terms:submit': channel<typeof termsReviewInput, TermsVersion>(termsReviewInput),
  /** Approves or returns the submitted version; refused if it changed since it was submitted. */
  'terms:sign-off': channel<typeof termsSignOffInput, TermsVersion>(termsSignOffInput),
  'terms:save-template': channel<typeof saveTemplateInput, { id: string }>(saveTemplateInput),
  /** Asks where to save; records the file so it can be verified later; null when cancelled. */
  'terms:export-pdf': channel<typeof termsExportInput, ExportResult | null>(termsExportInput),
  /** Does this PDF match a signed version in this workspace? */
  'terms:verify-pdf': channel<typeof verifyPdfInput, PdfVerification>(verifyPdfInput),
};
