import type { Editor } from '@tiptap/core';
import { EditorContent } from '@tiptap/react';
import { useState } from 'react';
import type { TermsVersion } from '../../../shared/terms/types';
import { LinkForm } from '../documents/LinkForm';
import { Toolbar } from '../documents/Toolbar';
import { saveInWords } from '../documents/words';
import { EditNotice } from './EditNotice';
import { selectSectionsSave, useTerms } from './store';

interface SectionsEditorProps {
  editor: Editor;
  version: TermsVersion;
  onRetry: () => void;
}

/** The rich-text sections (background, governance…), in the documents' editor, saved as the user types. */
export function SectionsEditor({ editor, version, onRetry }: SectionsEditorProps) {
  const save = useTerms(selectSectionsSave);
  const [linkOpen, setLinkOpen] = useState(false);
  const [referenceAsked, setReferenceAsked] = useState(false);
  const failed = save.status === 'failed' || save.status === 'conflict';

  return (
    <section aria-labelledby="tor-sections-heading" className="section tor-sections">
      <h2 id="tor-sections-heading">Sections</h2>
      <EditNotice version={version} />
      <Toolbar editor={editor} openLink={() => setLinkOpen(true)} openReference={() => setReferenceAsked(true)} />
      {linkOpen ? <LinkForm editor={editor} onDone={() => setLinkOpen(false)} /> : null}
      {/* Terms of reference are shared with the family and published: people appear by pseudonym, typed, not as references to the register. */}
      <p role="status" className="hint">
        {referenceAsked ? 'References to the people register and the chronology belong in the report. Here, write the pseudonym.' : ''}
      </p>
      <EditorContent editor={editor} className="doc-page" />
      <div className="doc-status">
        <span role="status" aria-atomic="true" className={failed ? 'doc-save doc-save-failed' : 'doc-save'}>
          {saveInWords(save)}
        </span>
        {failed ? (
          <button type="button" className="button button-small button-secondary" onClick={onRetry}>
            Try saving again
          </button>
        ) : null}
      </div>
    </section>
  );
}
