/**
 * The edge of the export path in the app: refuse an anonymised export with unresolved names
 * before asking anything, ask where to save (suggesting the product's name), then deliver as a
 * job (the caller's `jobId`, so the renderer can follow and cancel it). The CLI's edge is its
 * --out option (electron/cli/export.ts).
 */
import type { ExportResult } from '../../../shared/exports/types';
import { assertNamesResolved, deliverExport, formatNames, type DeliverOptions, type ExportProduct } from '../exports';
import type { Kernel } from '../kernel';
import type { Ports } from '../ports';

export async function saveExportWithDialog(kernel: Kernel, ports: Ports, product: ExportProduct, options: DeliverOptions = {}): Promise<ExportResult | null> {
  assertNamesResolved(kernel, product, options.allowUnresolved);
  const target = await ports.dialogs.showSave({
    title: product.dialogTitle,
    defaultName: product.fileName,
    filters: [{ name: formatNames[product.format], extensions: [product.format] }],
  });
  if (!target) return null;
  return deliverExport(kernel, product, target, options);
}
