import { EditorContent } from '@tiptap/react';
import { useState, type ReactNode } from 'react';
import type { ReferenceAttrs } from '../../../shared/documents/model';
import { FootnoteForm } from './FootnoteForm';
import { LinkForm } from './LinkForm';
import { ReferenceDialog } from './ReferenceDialog';
import { SaveStatus } from './SaveStatus';
import { useDocuments } from './store';
import { Toolbar } from './Toolbar';
import type { OpenDocument } from './types';
import type { DocumentEditorState } from './use-document-editor';

interface EditorSurfaceProps extends DocumentEditorState {
  document: OpenDocument;
  /** Drawn between the text and its status line (the interviews' "Code selection"). */
  children?: ReactNode;
}

/**
 * The one editing surface every document uses — the report's documents, conversation notes and
 * briefings: the toolbar with its link and footnote forms (one at a time), the text, the status
 * line, and the reference dialog.
 */
export function EditorSurface({ editor, autosave, words, document, children }: EditorSurfaceProps) {
  const reloadDocument = useDocuments((state) => state.reloadDocument);
  const [form, setForm] = useState<'link' | 'footnote' | null>(null);
  const [referenceOpen, setReferenceOpen] = useState(false);

  function referenceChosen(choice: ReferenceAttrs | null) {
    setReferenceOpen(false);
    if (choice) editor.chain().focus().insertReference(choice).run();
    else editor.commands.focus();
  }

  return (
    <>
      <Toolbar editor={editor} openLink={() => setForm('link')} openFootnote={() => setForm('footnote')} openReference={() => setReferenceOpen(true)} />
      {form === 'link' ? <LinkForm editor={editor} onDone={() => setForm(null)} /> : null}
      {form === 'footnote' ? <FootnoteForm editor={editor} onDone={() => setForm(null)} /> : null}
      <EditorContent editor={editor} className="doc-page" />
      {children}
      <SaveStatus words={words} marking={document.marking} onRetry={() => void autosave.saveNow()} onReload={() => void reloadDocument()} />
      {referenceOpen ? <ReferenceDialog onClose={referenceChosen} /> : null}
    </>
  );
}
