import type { ExportResult } from '../../../shared/exports/types';

/**
 * After an export: the core's one sentence about what was written (for a filtered view, that it
 * is part of the whole), that a reason to export anyway was recorded, the caller's own note, and
 * where the file is.
 */
export function SavedSummary({ result, note }: { result: ExportResult; note?: string }) {
  return (
    <>
      {result.summary}
      {result.record.unresolvedReason ? ' Names not in the people register were left as written; your reason is recorded with the export.' : ''}
      {note ? ` ${note}` : ''} Location: <span className="path">{result.path}</span>
    </>
  );
}
