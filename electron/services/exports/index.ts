/** The one export path: products in, checked files out, every export recorded. */
export { assertNamesResolved, deliverExport, type DeliverOptions } from './deliver';
export { unknownNames } from './names-check';
export { markNotPerson, notPeople, unmarkNotPerson } from './not-people';
export { formatNames, renderToBytes, withBytes, writeBytes, type ExportProduct, type InMemoryProduct, type RenderOptions, type RenderTarget, type SourceText } from './product';
export { findExportsBySha, listExports, type StoredExport } from './records';
export { openExportFile, writeExportFile, type ExportFile } from './write-file';
export { deliverWorkspaceExport, type WorkspaceExportProduct, type WorkspaceExportResult } from './deliver-workspace';
