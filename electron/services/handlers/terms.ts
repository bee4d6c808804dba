/** The terms-of-reference channels (issues #7 and #15). */
import type { TermsChannel } from '../../../shared/ipc/contract';
import type { HandlersOf } from './types';
import type { Ports } from '../ports';
import { read, type Kernel } from '../kernel';
import { writeExportFile } from '../exports';
import { auditEvidenceSaved, decisionEvidence, listTemplates, saveAsTemplate, setTermsField, setTermsSections, signOffTerms, startNextVersion, startTerms, submitTerms, termsOverview, termsExport, verifyPdf } from '../terms';
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
    'terms:new-version': ({ reviewId }) => startNextVersion(context, reviewId),
    'terms:save-evidence': async ({ reviewId, decisionId }) => {
      const evidence = decisionEvidence(context, reviewId, decisionId);
      const extension = /\.([A-Za-z0-9]{1,8})$/.exec(evidence.fileName)?.[1];
      const target = await ports.dialogs.showSave({
        title: 'Save the evidence of the decision',
        defaultName: evidence.fileName,
        ...(extension ? { filters: [{ name: `The evidence (.${extension.toLowerCase()})`, extensions: [extension] }] } : {}),
      });
      if (!target) return null;
      await writeExportFile(target, evidence.bytes);
      auditEvidenceSaved(context, decisionId);
      return { fileName: evidence.fileName };
    },
    'terms:save-template': (input) => saveAsTemplate(context, input),
    'terms:export-pdf': ({ allowUnresolved, jobId, ...request }) => saveExportWithDialog(context, ports, termsExport(context, request), { allowUnresolved, jobId }),
    'terms:verify-pdf': ({ pdfBase64 }) => verifyPdf(context, Buffer.from(pdfBase64, 'base64')),
  };
}
