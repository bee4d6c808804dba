import { useEffect } from 'react';
import type { ConversationDetail } from '../../../shared/interviews/channels';
import { selectOpen as selectOpenDocument, useDocuments } from '../documents/store';
import { NotesEditor } from './NotesEditor';

/**
 * The notes are a document like any other (kind interview-notes): they open in the documents
 * feature's store, so they save, keep versions and refuse a stale save exactly as documents do.
 */
export function NotesLoader({ conversation }: { conversation: ConversationDetail }) {
  const document = useDocuments(selectOpenDocument);
  const openDocument = useDocuments((state) => state.openDocument);
  const notesId = conversation.notesDocumentId;

  useEffect(() => {
    if (useDocuments.getState().open?.id !== notesId) void openDocument(notesId);
  }, [openDocument, notesId]);

  if (document?.id !== notesId) return <p role="status">Loading the notes…</p>;
  // Keyed by load: a reload (after a conflict or a restored version) starts a fresh editor on the stored text.
  return <NotesEditor key={`${document.id}:${document.session}`} document={document} conversation={conversation} />;
}
