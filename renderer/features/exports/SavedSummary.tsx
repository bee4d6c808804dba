import type { ExportResult } from '../../../shared/exports/types';

/**
 * After an export: the core's one sentence about what was written (for a filtered view, that it
 * is part of the whole), that a reason to export anyway was recorded, and where the file is.
 */
export function SavedSummary({ result }: { result: ExportResult }) {
  return (
    <>
      {result.summary}
      {result.record.unresolvedReason ? ' Names not in the people register were left as written; your reason is recorded with the export.' : ''} Location:{' '}
      <span className="path">{result.path}</span>
    </>
  );
}
