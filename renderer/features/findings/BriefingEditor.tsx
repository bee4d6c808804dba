import { EditorPanels } from '../documents/EditorPanels';
import type { OpenDocument } from '../documents/store';
import { useCloseOnLeave } from '../documents/use-close-on-leave';
import { useDocumentEditor } from '../documents/use-document-editor';
import { EditorSurface } from '../documents/EditorSurface';

/** The briefing's text in the shared editor, with the documents' panels beside it (versions, settings, export to PDF through the names check). */
export function BriefingEditor({ document }: { document: OpenDocument }) {
  const { editor, autosave, words } = useDocumentEditor(document);

  useCloseOnLeave(autosave, document);

  return (
    <section aria-labelledby="fd-briefing-text-heading">
      <h2 id="fd-briefing-text-heading">The briefing</h2>
      <div className="doc-layout">
        <div className="doc-main">
          <EditorSurface editor={editor} autosave={autosave} words={words} document={document} />
        </div>
        <EditorPanels document={document} flush={() => autosave.flush()} />
      </div>
    </section>
  );
}
