import { useState } from 'react';
import { BackLink } from '../../components/BackLink';
import { PageHeading } from '../../components/PageHeading';
import { ComparisonView } from './ComparisonView';
import { EditorPanels } from './EditorPanels';
import { selectComparison, selectSave, useDocuments } from './store';
import type { OpenDocument } from './types';
import { useDocumentEditor } from './use-document-editor';
import { kindLabels } from './words';
import { EditorSurface } from './EditorSurface';

interface DocumentEditorProps {
  document: OpenDocument;
  reviewTitle: string;
}

/** One document open: its toolbar and text, the status line, the side panels and any comparison. */
export function DocumentEditor({ document, reviewTitle }: DocumentEditorProps) {
  const { editor, autosave, words } = useDocumentEditor(document);
  const closeDocument = useDocuments((state) => state.closeDocument);
  const closeComparison = useDocuments((state) => state.closeComparison);
  const comparison = useDocuments(selectComparison);
  const save = useDocuments(selectSave);
  const [leaveBlocked, setLeaveBlocked] = useState(false);

  async function leave(force = false) {
    // Saved first: the list shows the words and time of what was just typed.
    const saved = await autosave.flush();
    // Read after the save: a refusal from another window's save lets the user go (the text cannot be saved).
    if (!saved && !force && useDocuments.getState().save.status !== 'conflict') return setLeaveBlocked(true);
    closeDocument();
  }

  return (
    <section aria-labelledby="area-heading" className="doc-area doc-editing">
      <BackLink onClick={() => void leave()}>All documents</BackLink>
      <PageHeading id="area-heading" caption={[reviewTitle, kindLabels[document.kind]].filter(Boolean).join(' — ')}>
        {document.title}
      </PageHeading>
      {leaveBlocked ? (
        <div className="warning-panel doc-leave" role="alert">
          <p>The latest changes are not saved: {save.status === 'failed' ? save.message : 'try again in a moment.'}</p>
          <div className="button-group">
            <button type="button" className="button button-small" onClick={() => void autosave.saveNow().then((saved) => saved && setLeaveBlocked(false))}>
              Try saving again
            </button>
            <button type="button" className="button button-small button-warning" onClick={() => void leave(true)}>
              Leave without saving them
            </button>
          </div>
        </div>
      ) : null}
      <div className="doc-layout">
        <div className="doc-main">
          <EditorSurface editor={editor} autosave={autosave} words={words} document={document} />
        </div>
        <EditorPanels document={document} flush={() => autosave.flush()} />
      </div>
      {comparison ? <ComparisonView comparison={comparison} onClose={closeComparison} /> : null}
    </section>
  );
}
