import { EditorContent } from '@tiptap/react';
import { useEffect, useState } from 'react';
import type { ReferenceAttrs } from '../../../shared/documents/model';
import type { ConversationDetail } from '../../../shared/interviews/channels';
import { FootnoteForm } from '../documents/FootnoteForm';
import { LinkForm } from '../documents/LinkForm';
import { ReferenceDialog } from '../documents/ReferenceDialog';
import { SaveStatus } from '../documents/SaveStatus';
import { useDocuments, type OpenDocument } from '../documents/store';
import { useCloseOnLeave } from '../documents/use-close-on-leave';
import { Toolbar } from '../documents/Toolbar';
import { useDocumentEditor } from '../documents/use-document-editor';
import { VersionsPanel } from '../documents/VersionsPanel';
import { CodeSelection } from './CodeSelection';
import { ExcerptHighlights, highlightsFor, showHighlights } from './excerpt-highlights';
import { ExcerptList } from './ExcerptList';
import { GuidePanel } from './GuidePanel';
import { selectExcerpts, useInterviews } from './store';

interface NotesEditorProps {
  document: OpenDocument;
  conversation: ConversationDetail;
}

/** The notes in the shared editor, the guide beside them, and the excerpts coded in them. */
export function NotesEditor({ document, conversation }: NotesEditorProps) {
  const [extra] = useState(() => [ExcerptHighlights]);
  const { editor, autosave, words } = useDocumentEditor(document, extra);
  const excerpts = useInterviews(selectExcerpts);
  const loadExcerpts = useInterviews((state) => state.loadExcerpts);
  const reloadDocument = useDocuments((state) => state.reloadDocument);
  const setPanel = useDocuments((state) => state.setPanel);
  const panel = useDocuments((state) => state.panel);
  const [form, setForm] = useState<'link' | 'footnote' | null>(null);
  const [referenceOpen, setReferenceOpen] = useState(false);

  // The highlights follow the core's anchors whenever they are read again.
  useEffect(() => {
    if (excerpts) showHighlights(editor, highlightsFor(editor.getJSON(), excerpts));
  }, [editor, excerpts]);

  // Each save re-anchors the excerpts in the core (text typed around them moves them): read them again.
  useEffect(
    () =>
      useDocuments.subscribe((state, previous) => {
        if (state.open?.id === document.id && state.open.revision !== previous.open?.revision) void loadExcerpts();
      }),
    [document.id, loadExcerpts],
  );

  useCloseOnLeave(autosave, document);

  function referenceChosen(choice: ReferenceAttrs | null) {
    setReferenceOpen(false);
    if (choice) editor.chain().focus().insertReference(choice).run();
    else editor.commands.focus();
  }

  return (
    <section aria-labelledby="iv-notes-heading" className="iv-notes">
      <h2 id="iv-notes-heading">Notes</h2>
      <div className="iv-notes-layout">
        <div className="iv-notes-main">
          <Toolbar editor={editor} openLink={() => setForm('link')} openFootnote={() => setForm('footnote')} openReference={() => setReferenceOpen(true)} />
          {form === 'link' ? <LinkForm editor={editor} onDone={() => setForm(null)} /> : null}
          {form === 'footnote' ? <FootnoteForm editor={editor} onDone={() => setForm(null)} /> : null}
          <EditorContent editor={editor} className="doc-page" />
          <CodeSelection editor={editor} flush={() => autosave.flush()} conversation={conversation} />
          <SaveStatus words={words} marking={document.marking} onRetry={() => void autosave.saveNow()} onReload={() => void reloadDocument()} />
          <div className="doc-side-buttons">
            <button type="button" className="button button-secondary button-small" aria-expanded={panel === 'versions'} onClick={() => setPanel(panel === 'versions' ? null : 'versions')}>
              Versions of the notes
            </button>
          </div>
          {panel === 'versions' ? (
            <section className="doc-panel" aria-labelledby="iv-versions-heading">
              <h3 id="iv-versions-heading">Versions of the notes</h3>
              <VersionsPanel flush={() => autosave.flush()} />
            </section>
          ) : null}
        </div>
        {/* Beside the text: the guide to write from, then what has been coded. */}
        <div className="iv-notes-side">
          <GuidePanel guide={conversation.guide} />
          <ExcerptList conversation={conversation} />
        </div>
      </div>
      {referenceOpen ? <ReferenceDialog onClose={referenceChosen} /> : null}
    </section>
  );
}
