import { EditorContent } from '@tiptap/react';
import { useState } from 'react';
import type { ReferenceAttrs } from '../../../shared/documents/model';
import { EditorPanels } from '../documents/EditorPanels';
import { FootnoteForm } from '../documents/FootnoteForm';
import { LinkForm } from '../documents/LinkForm';
import { ReferenceDialog } from '../documents/ReferenceDialog';
import { SaveStatus } from '../documents/SaveStatus';
import { useDocuments, type OpenDocument } from '../documents/store';
import { useCloseOnLeave } from '../documents/use-close-on-leave';
import { Toolbar } from '../documents/Toolbar';
import { useDocumentEditor } from '../documents/use-document-editor';

/** The briefing's text in the shared editor, with the documents' panels beside it (versions, settings, export to PDF through the names check). */
export function BriefingEditor({ document }: { document: OpenDocument }) {
  const { editor, autosave, words } = useDocumentEditor(document);
  const reloadDocument = useDocuments((state) => state.reloadDocument);
  const [form, setForm] = useState<'link' | 'footnote' | null>(null);
  const [referenceOpen, setReferenceOpen] = useState(false);

  useCloseOnLeave(autosave, document);

  function referenceChosen(choice: ReferenceAttrs | null) {
    setReferenceOpen(false);
    if (choice) editor.chain().focus().insertReference(choice).run();
    else editor.commands.focus();
  }

  return (
    <section aria-labelledby="fd-briefing-text-heading">
      <h2 id="fd-briefing-text-heading">The briefing</h2>
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
      {referenceOpen ? <ReferenceDialog onClose={referenceChosen} /> : null}
    </section>
  );
}
