/** Agency requests and returns: a review's requests, the view across reviews and its Excel export. */
import type { AgencyReturnChannel } from '../../../shared/ipc/contract';
import { addRequest, editRequest, listRequests, overviewExport, packProducts, recordRequest, reopenRequest, returnsOverview, writePack } from '../agency-returns';
import { deliverWorkspaceExport } from '../exports';
import type { Kernel } from '../kernel';
import type { Ports } from '../ports';
import type { HandlersOf } from './types';

export function agencyReturnHandlers(kernel: Kernel, ports: Ports): HandlersOf<AgencyReturnChannel> {
  return {
    'agency:list': ({ reviewId }) => listRequests(kernel, reviewId),
    'agency:overview': () => returnsOverview(kernel),
    'agency:add': (input) => addRequest(kernel, input),
    'agency:edit': (patch) => editRequest(kernel, patch),
    'agency:record': (input) => recordRequest(kernel, input),
    'agency:reopen': ({ id }) => reopenRequest(kernel, id),
    'agency:pack': async ({ id, jobId }) => {
      // Refused before the dialog when the request cannot make a pack (no due date).
      packProducts(kernel, id);
      const chosen = await ports.dialogs.showOpen({ title: 'Choose the folder for the request pack', directory: true });
      const folder = chosen?.[0];
      if (!folder) return null;
      return { folder, files: await writePack(kernel, id, folder, jobId) };
    },
    'agency:export-overview': async ({ jobId }) => {
      const product = overviewExport(kernel);
      const target = await ports.dialogs.showSave({ title: product.dialogTitle, defaultName: product.fileName, filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }] });
      if (!target) return null;
      return deliverWorkspaceExport(kernel, product, target, { jobId });
    },
  };
}
