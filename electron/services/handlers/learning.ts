/** The annual report tables and the 7-minute briefings with their dissemination log (issue #18). */
import type { LearningChannel } from '../../../shared/ipc/contract';
import { annualProduct, annualReport, createBriefing, listBriefings, logDelivery, unlogDelivery } from '../findings';
import type { Kernel } from '../kernel';
import type { Ports } from '../ports';
import { saveExportWithDialog } from './save-export';
import type { HandlersOf } from './types';

export function learningHandlers(kernel: Kernel, ports: Ports): HandlersOf<LearningChannel> {
  return {
    'annual:report': ({ year }) => annualReport(kernel, year),
    'annual:export': ({ year, format, named, jobId, allowUnresolved }) =>
      saveExportWithDialog(kernel, ports, annualProduct(kernel, { year, format, anonymised: !named }), { allowUnresolved, jobId }),
    'briefings:list': ({ reviewId }) => listBriefings(kernel, reviewId),
    'briefings:create': ({ reviewId }) => createBriefing(kernel, reviewId),
    'briefings:log': (input) => logDelivery(kernel, input),
    'briefings:unlog': ({ id }) => unlogDelivery(kernel, id),
  };
}
