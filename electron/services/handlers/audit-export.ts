/** The edge of the export path for the audit log in the app: ask where to save, then deliver as a job. */
import { auditExport } from '../audit-export';
import { deliverWorkspaceExport, formatNames } from '../exports';
import type { Kernel } from '../kernel';
import type { Ports } from '../ports';
import type { HandlersOf } from './types';

export function auditExportHandlers(kernel: Kernel, ports: Ports): HandlersOf<'audit:export'> {
  return {
    'audit:export': async ({ format, jobId, ...query }) => {
      const product = auditExport(kernel, format, query, kernel.session.require().name);
      const target = await ports.dialogs.showSave({
        title: product.dialogTitle,
        defaultName: product.fileName,
        filters: [{ name: formatNames[format], extensions: [format] }],
      });
      if (!target) return null;
      return deliverWorkspaceExport(kernel, product, target, { jobId });
    },
  };
}
