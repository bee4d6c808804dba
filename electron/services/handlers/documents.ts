/** The document channels: rich text, versions, comparison and PDF export (issue #6). */
import type { HandlersOf } from '.';
import type { Ports } from '../ports';
import { compare, createDocument, documents, exportDocumentPdf, loadDocument, saveDocument, snapshot, updateDocument, versions } from '../documents';
import type { RegisterContext } from '../reviews';

type DocumentChannels =
  | 'document:list'
  | 'document:create'
  | 'document:load'
  | 'document:save'
  | 'document:update'
  | 'document:snapshot'
  | 'document:versions'
  | 'document:compare'
  | 'document:export-pdf';

export function documentHandlers(context: RegisterContext, ports: Ports): HandlersOf<DocumentChannels> {
  return {
    'document:list': ({ reviewId }) => documents(context, reviewId),
    'document:create': (input) => createDocument(context, input),
    'document:load': ({ id }) => loadDocument(context, id),
    'document:save': (input) => saveDocument(context, input),
    'document:update': (patch) => updateDocument(context, patch),
    'document:snapshot': (input) => snapshot(context, input),
    'document:versions': ({ id }) => versions(context, id),
    'document:compare': (input) => compare(context, input),
    'document:export-pdf': (input) => exportDocumentPdf(context, ports, input),
  };
}
