/** The document channels: rich text, versions, comparison and PDF export (issue #6). */
import type { DocumentChannel } from '../../../shared/ipc/contract';
import type { HandlersOf } from './types';
import type { Ports } from '../ports';
import { entryCitation } from '../chronology';
import {
  archiveDocument,
  archivedDocuments,
  compare,
  createDocument,
  deleteDocument,
  documentExport,
  documents,
  loadDocument,
  restoreVersion,
  saveDocument,
  snapshot,
  unarchiveDocument,
  updateDocument,
  versions,
} from '../documents';
import { saveExportWithDialog } from './save-export';
import type { Kernel } from '../kernel';

export function documentHandlers(context: Kernel, ports: Ports): HandlersOf<DocumentChannel> {
  return {
    'document:list': ({ reviewId }) => documents(context, reviewId),
    'document:create': (input) => createDocument(context, input),
    'document:load': ({ id }) => loadDocument(context, id),
    'document:save': (input) => saveDocument(context, input),
    'document:update': (patch) => updateDocument(context, patch),
    'document:snapshot': (input) => snapshot(context, input),
    'document:versions': ({ id }) => versions(context, id),
    'document:restore-version': (input) => restoreVersion(context, input),
    'document:compare': (input) => compare(context, input),
    'document:export-pdf': ({ jobId, allowUnresolved, ...options }) =>
      saveExportWithDialog(context, ports, documentExport(context, options, (id) => entryCitation(context, id)), { allowUnresolved, jobId }),
    'document:archive': ({ id }) => archiveDocument(context, id),
    'document:unarchive': ({ id }) => unarchiveDocument(context, id),
    'document:list-archived': ({ reviewId }) => archivedDocuments(context, reviewId),
    'document:delete': ({ id }) => deleteDocument(context, id),
  };
}
