/** The terms-of-reference channels (issue #7). */
import type { TermsChannel } from '../../../shared/ipc/contract';
import type { HandlersOf } from './types';
import type { Ports } from '../ports';
import { read, type Kernel } from '../kernel';
import { listTemplates, saveAsTemplate, setTermsField, setTermsSections, signOffTerms, startTerms, submitTerms, termsOverview, termsExport, verifyPdf } from '../terms';
import { saveExportWithDialog } from './save-export';

export function termsHandlers(context: Kernel, ports: Ports): HandlersOf<TermsChannel> {
  return {
    'terms:get': ({ reviewId }) => termsOverview(context, reviewId),
    'terms:templates': () => read(context, (db) => listTemplates(db)),
    'terms:start': (input) => startTerms(context, input),
    'terms:set': (input) => setTermsField(context, input),
    'terms:set-sections': (input) => setTermsSections(context, input),
    'terms:submit': ({ reviewId }) => submitTerms(context, reviewId),
    'terms:sign-off': (input) => signOffTerms(context, input),
    'terms:save-template': (input) => saveAsTemplate(context, input),
    'terms:export-pdf': ({ allowUnresolved, jobId, ...request }) => saveExportWithDialog(context, ports, termsExport(context, request), { allowUnresolved, jobId }),
    'terms:verify-pdf': ({ pdfBase64 }) => verifyPdf(context, Buffer.from(pdfBase64, 'base64')),
  };
}
