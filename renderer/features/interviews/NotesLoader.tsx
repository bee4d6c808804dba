import { useEffect, useState } from 'react';
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
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  // The documents store says why a load failed (a message at the top of the page); this says so here too, with a way to try again.
  useEffect(() => {
    if (useDocuments.getState().open?.id === notesId) return;
    void openDocument(notesId).then(() => {
      if (useDocuments.getState().open?.id !== notesId) setFailed(true);
    });
  }, [openDocument, notesId, attempt]);

  if (failed) {
    return (
      <div role="alert">
        <p>The notes could not be opened. Nothing in them is lost: try again, or lock and unlock the workspace if it keeps happening.</p>
        <button type="button" className="button button-secondary" onClick={() => {
            setFailed(false);
            setAttempt((n) => n + 1);
          }}
        >
          Try again
        </button>
      </div>
    );
  }
  if (document?.id !== notesId) return <p role="status">Loading the notes…</p>;
  // Keyed by load: a reload (after a conflict or a restored version) starts a fresh editor on the stored text.
  return <NotesEditor key={`${document.id}:${document.session}`} document={document} conversation={conversation} />;
}
