/** The one export path: products in, checked files out, every export recorded. */
export { assertNamesResolved, deliverExport, type DeliverOptions } from './deliver';
export { unknownNames } from './names-check';
export { markNotPerson, notPeople, unmarkNotPerson } from './not-people';
export { formatNames, type ExportProduct, type RenderOptions, type SourceText } from './product';
export { findExportsBySha, listExports, type StoredExport } from './records';
export { writeExportFile } from './write-file';
