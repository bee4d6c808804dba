/** Runs a product through the real export path into a temporary folder and hands back the file's bytes. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import type { ExportResult } from '../../../../shared/exports/types';
import { deliverExport, type DeliverOptions, type ExportProduct } from '../../../../electron/services/exports';
import type { Kernel } from '../../../../electron/services/kernel';

export async function exported(kernel: Kernel, product: ExportProduct, options: DeliverOptions = {}): Promise<{ bytes: Buffer; result: ExportResult }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'prw-export-test-'));
  try {
    const result = await deliverExport(kernel, product, path.join(dir, product.fileName), options);
    return { bytes: readFileSync(result.path), result };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A product's renderTo that writes these bytes (a product made to leak, or to fail, on purpose). */
export function writes(bytes: Uint8Array | string): ExportProduct['renderTo'] {
  return async ({ output }) => {
    output.end(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes);
    await finished(output);
  };
}
