import { useEffect, useState } from 'react';
import type { ConversationDetail } from '../../../shared/interviews/channels';
import { useDocuments, type OpenDocument } from '../documents/store';
import { useCloseOnLeave } from '../documents/use-close-on-leave';
import { useDocumentEditor } from '../documents/use-document-editor';
import { VersionsPanel } from '../documents/VersionsPanel';
import { CodeSelection } from './CodeSelection';
import { ExcerptHighlights, highlightsFor, showHighlights } from './excerpt-highlights';
import { ExcerptList } from './ExcerptList';
import { GuidePanel } from './GuidePanel';
import { selectExcerpts, useInterviews } from './store';
import { EditorSurface } from '../documents/EditorSurface';

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
  const setPanel = useDocuments((state) => state.setPanel);
  const panel = useDocuments((state) => state.panel);

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

  return (
    <section aria-labelledby="iv-notes-heading" className="iv-notes">
      <h2 id="iv-notes-heading">Notes</h2>
      <div className="iv-notes-layout">
        <div className="iv-notes-main">
          <EditorSurface editor={editor} autosave={autosave} words={words} document={document}>
            <CodeSelection editor={editor} flush={() => autosave.flush()} conversation={conversation} />
          </EditorSurface>
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
    </section>
  );
}
