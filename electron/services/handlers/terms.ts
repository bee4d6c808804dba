/** The terms-of-reference channels (issue #7). */
import type { HandlersOf } from '.';
import type { Ports } from '../ports';
import { read, type RegisterContext } from '../reviews/context';
import { requireReview } from '../reviews/review-service';
import { listTemplates, saveAsTemplate, setTermsField, setTermsSections, signOffTerms, startTerms, submitTerms, termsOverview, termsPdf, verifyPdf } from '../terms';
import { saveExport } from '../export-file';

type TermsChannels = 'tor:get' | 'tor:templates' | 'tor:start' | 'tor:set' | 'tor:set-sections' | 'tor:submit' | 'tor:sign-off' | 'tor:save-template' | 'tor:export-pdf' | 'tor:verify-pdf';

async function exportWithDialog(context: RegisterContext, ports: Ports, input: { reviewId: string; version?: number | undefined }): Promise<{ path: string } | null> {
  read(context, (db) => requireReview(db, input.reviewId));
  const target = await ports.dialogs.showSave({ title: 'Save the terms of reference as PDF', defaultName: 'terms-of-reference.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] });
  if (!target) return null;
  const { bytes } = await termsPdf(context, input);
  return saveExport(target, bytes, 'The PDF');
}

export function termsHandlers(context: RegisterContext, ports: Ports): HandlersOf<TermsChannels> {
  return {
    'tor:get': ({ reviewId }) => termsOverview(context, reviewId),
    'tor:templates': () => read(context, (db) => listTemplates(db)),
    'tor:start': (input) => startTerms(context, input),
    'tor:set': (input) => setTermsField(context, input),
    'tor:set-sections': (input) => setTermsSections(context, input),
    'tor:submit': ({ reviewId }) => submitTerms(context, reviewId),
    'tor:sign-off': (input) => signOffTerms(context, input),
    'tor:save-template': (input) => saveAsTemplate(context, input),
    'tor:export-pdf': (input) => exportWithDialog(context, ports, input),
    'tor:verify-pdf': ({ pdfBase64 }) => verifyPdf(context, Buffer.from(pdfBase64, 'base64')),
  };
}
