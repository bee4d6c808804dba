import { EditorContent } from '@tiptap/react';
import { useState } from 'react';
import type { ReferenceAttrs } from '../../../shared/documents/model';
import { BackLink } from '../../components/BackLink';
import { PageHeading } from '../../components/PageHeading';
import { ComparisonView } from './ComparisonView';
import { EditorPanels } from './EditorPanels';
import { FootnoteForm } from './FootnoteForm';
import { LinkForm } from './LinkForm';
import { ReferenceDialog } from './ReferenceDialog';
import { SaveStatus } from './SaveStatus';
import { selectComparison, selectSave, useDocuments } from './store';
import type { OpenDocument } from './types';
import { Toolbar } from './Toolbar';
import { useDocumentEditor } from './use-document-editor';
import { kindLabels } from './words';

interface DocumentEditorProps {
  document: OpenDocument;
  reviewTitle: string;
}

/** One document open: its toolbar and text, the status line, the side panels and any comparison. */
export function DocumentEditor({ document, reviewTitle }: DocumentEditorProps) {
  const { editor, autosave, words } = useDocumentEditor(document);
  const closeDocument = useDocuments((state) => state.closeDocument);
  const reloadDocument = useDocuments((state) => state.reloadDocument);
  const closeComparison = useDocuments((state) => state.closeComparison);
  const comparison = useDocuments(selectComparison);
  const save = useDocuments(selectSave);
  // The link or footnote form under the toolbar, one at a time.
  const [form, setForm] = useState<'link' | 'footnote' | null>(null);
  const [referenceOpen, setReferenceOpen] = useState(false);
  const [leaveBlocked, setLeaveBlocked] = useState(false);

  async function leave(force = false) {
    // Saved first: the list shows the words and time of what was just typed.
    const saved = await autosave.flush();
    // Read after the save: a refusal from another window's save lets the user go (the text cannot be saved).
    if (!saved && !force && useDocuments.getState().save.status !== 'conflict') return setLeaveBlocked(true);
    closeDocument();
  }

  function referenceChosen(choice: ReferenceAttrs | null) {
    setReferenceOpen(false);
    if (choice) editor.chain().focus().insertReference(choice).run();
    else editor.commands.focus();
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
          <Toolbar editor={editor} openLink={() => setForm('link')} openFootnote={() => setForm('footnote')} openReference={() => setReferenceOpen(true)} />
          {form === 'link' ? <LinkForm editor={editor} onDone={() => setForm(null)} /> : null}
          {form === 'footnote' ? <FootnoteForm editor={editor} onDone={() => setForm(null)} /> : null}
          <EditorContent editor={editor} className="doc-page" />
          <SaveStatus words={words} marking={document.marking} onRetry={() => void autosave.saveNow()} onReload={() => void reloadDocument()} />
        </div>
        <EditorPanels document={document} flush={() => autosave.flush()} />
      </div>
      {comparison ? <ComparisonView comparison={comparison} onClose={closeComparison} /> : null}
      {referenceOpen ? <ReferenceDialog onClose={referenceChosen} /> : null}
    </section>
  );
}
