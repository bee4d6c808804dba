/** Actions, their progress and evidence, and the partnership's register (issue #18). */
import type { ActionChannel } from '../../../shared/ipc/contract';
import { writeExportFile } from '../exports';
import { actionFile, actionRegister, addAction, attachFile, auditFileSaved, editAction, getAction, listActions, recordImpact, recordProgress, registerProduct, removeAction } from '../findings';
import type { Kernel } from '../kernel';
import type { Ports } from '../ports';
import { saveExportWithDialog } from './save-export';
import type { HandlersOf } from './types';

export function actionHandlers(kernel: Kernel, ports: Ports): HandlersOf<ActionChannel> {
  return {
    'actions:list': ({ id }) => listActions(kernel, id),
    'actions:get': ({ id }) => getAction(kernel, id),
    'actions:add': (input) => addAction(kernel, input),
    'actions:edit': (patch) => editAction(kernel, patch),
    'actions:remove': ({ id }) => removeAction(kernel, id),
    'actions:progress': (input) => recordProgress(kernel, input),
    'actions:attach': (input) => attachFile(kernel, input),
    'actions:save-file': async ({ id }) => {
      const file = actionFile(kernel, id);
      const extension = /\.([A-Za-z0-9]{1,8})$/.exec(file.fileName)?.[1];
      const target = await ports.dialogs.showSave({
        title: 'Save the evidence for the action',
        defaultName: file.fileName,
        ...(extension ? { filters: [{ name: `The evidence (.${extension.toLowerCase()})`, extensions: [extension] }] } : {}),
      });
      if (!target) return null;
      await writeExportFile(target, file.bytes);
      auditFileSaved(kernel, file.actionId);
      return { fileName: file.fileName };
    },
    'actions:impact': (input) => recordImpact(kernel, input),
    'actions:register': (filter) => actionRegister(kernel, filter),
    'actions:export': ({ format, filter, named, allowUnresolved, jobId }) =>
      saveExportWithDialog(kernel, ports, registerProduct(kernel, { format, filter, anonymised: !named }), { allowUnresolved, jobId }),
  };
}
