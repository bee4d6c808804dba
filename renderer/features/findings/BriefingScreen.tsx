import { useEffect, useState } from 'react';
import { selectOpen as selectOpenDocument, useDocuments } from '../documents/store';
import { BriefingEditor } from './BriefingEditor';
import { DeliveryLog } from './DeliveryLog';
import { ScreenFrame } from './ScreenFrame';
import { selectBriefings, useFindings } from './store';

/** A briefing: its text in the shared documents editor (with its export panel), then its dissemination log. */
export function BriefingScreen({ documentId, title }: { documentId: string; title: string }) {
  const briefing = useFindings(selectBriefings)?.find((each) => each.documentId === documentId) ?? null;
  return (
    <ScreenFrame title={title} heading={briefing?.title ?? '7-minute briefing'}>
      <BriefingText documentId={documentId} />
      {briefing ? <DeliveryLog briefing={briefing} /> : <p role="status">Loading the dissemination log…</p>}
    </ScreenFrame>
  );
}

/** The briefing is a document like any other: it opens in the documents store, so it saves, keeps versions and exports as documents do. */
function BriefingText({ documentId }: { documentId: string }) {
  const document = useDocuments(selectOpenDocument);
  const openDocument = useDocuments((state) => state.openDocument);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (useDocuments.getState().open?.id === documentId) return;
    void openDocument(documentId).then(() => {
      if (useDocuments.getState().open?.id !== documentId) setFailed(true);
    });
  }, [openDocument, documentId, attempt]);

  if (failed) {
    return (
      <div role="alert">
        <p>The briefing could not be opened. Nothing in it is lost: try again, or lock and unlock the workspace if it keeps happening.</p>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setFailed(false);
            setAttempt((n) => n + 1);
          }}
        >
          Try again
        </button>
      </div>
    );
  }
  if (document?.id !== documentId) return <p role="status">Loading the briefing…</p>;
  // Keyed by load: a reload (after a conflict or a restored version) starts a fresh editor on the stored text.
  return <BriefingEditor key={`${document.id}:${document.session}`} document={document} />;
}
