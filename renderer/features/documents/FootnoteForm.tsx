import type { Editor } from '@tiptap/core';
import { useEffect, useState, type FormEvent } from 'react';
import { TextArea } from '../../components/TextArea';

interface FootnoteFormProps {
  editor: Editor;
  onDone: () => void;
}

/** The text of a new footnote at the caret, or of the footnote chosen in the text. */
export function FootnoteForm({ editor, onDone }: FootnoteFormProps) {
  const existing = editor.isActive('footnote');
  const [text, setText] = useState(() => (existing ? editor.state.doc.nodeAt(editor.state.selection.from)?.textContent ?? '' : ''));
  const [error, setError] = useState<string | undefined>();

  // Opened from the toolbar to type the note at once.
  useEffect(() => {
    document.getElementById('footnote-text')?.focus();
  }, []);

  function apply(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return setError('Enter the text of the footnote.');
    editor.chain().focus().setFootnote(text).run();
    onDone();
  }

  function remove() {
    editor.chain().focus().deleteSelection().run();
    onDone();
  }

  function cancel() {
    editor.commands.focus();
    onDone();
  }

  return (
    <form className="doc-linkform" onSubmit={apply} noValidate aria-label="Footnote" onKeyDown={(event) => event.key === 'Escape' && cancel()}>
      <TextArea id="footnote-text" label="Footnote text" hint="Printed as a numbered note at the end of the PDF." rows={2} value={text} onChange={setText} error={error} />
      <div className="button-group">
        <button type="submit" className="button button-small">
          {existing ? 'Change footnote' : 'Add footnote'}
        </button>
        {existing ? (
          <button type="button" className="button button-small button-secondary" onClick={remove}>
            Remove footnote
          </button>
        ) : null}
        <button type="button" className="link-button" onClick={cancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
