/**
 * The tiptap editor for one load of a document, with its autosave: saved ~1 s after typing
 * stops and at least every 2 s while it goes on (autosave.ts), and flushed when the editor
 * goes away (leaving, another area, a reload of the page).
 */
import type { Editor, Extensions } from '@tiptap/core';
import { useEditor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import type { DocJson } from '../../../shared/documents/model';
import { wordCount } from '../../../shared/documents/text';
import { createAutosave, type Autosave } from './autosave';
import { documentExtensions } from './extensions';
import { useDocuments } from './store';
import type { OpenDocument } from './types';
import { cleanPastedHtml } from './word-paste';
import { useFlushOnLeave } from './use-flush-on-leave';

// One set for every editor: tiptap compares them by identity on each render.
const extensions = documentExtensions();

export const editorTextId = 'document-text';

export interface DocumentEditorState {
  editor: Editor;
  autosave: Autosave;
  /** The word count as the core counts it (shared wordCount), as of the last save started. */
  words: number;
}

/** An autosave reading from whichever editor is attached: the editor is made after it, by useEditor. */
function editorAutosave(save: (content: DocJson) => Promise<boolean>, onWords: (words: number) => void) {
  let editor: Editor | null = null;
  const autosave = createAutosave<DocJson | null>({
    read: () => {
      if (!editor || editor.isDestroyed) return null;
      const content = editor.getJSON() as DocJson;
      onWords(wordCount(content));
      return content;
    },
    write: async (content) => (content ? save(content) : false),
  });
  return {
    autosave,
    attach: (next: Editor) => {
      editor = next;
    },
  };
}

/** `extra`: what another area adds to the shared schema's editor, e.g. the interview notes' excerpt highlights (made once by the caller). */
export function useDocumentEditor(document: OpenDocument, extra?: Extensions): DocumentEditorState {
  const saveContent = useDocuments((state) => state.saveContent);
  const markUnsaved = useDocuments((state) => state.markUnsaved);
  const [words, setWords] = useState(document.wordCount);
  const [{ autosave, attach }] = useState(() => editorAutosave((content) => saveContent(document.session, content), setWords));

  // Made once per editor: tiptap compares extensions by identity on each render.
  const [withExtra] = useState(() => (extra ? [...extensions, ...extra] : extensions));

  const editor = useEditor({
    extensions: withExtra,
    content: document.content,
    // tiptap would add its base styles as a <style> tag, which the CSP refuses: they are in editor.css.
    injectCSS: false,
    editorProps: {
      attributes: { id: editorTextId, 'aria-label': 'Document text', 'aria-multiline': 'true', class: 'doc-prose', spellcheck: 'true' },
      transformPastedHTML: cleanPastedHtml,
    },
    onUpdate: () => {
      autosave.changed();
      markUnsaved();
    },
    // Leaving the text (for the toolbar, another area, the Lock button) saves at once.
    onBlur: () => void autosave.flush(),
  });

  useEffect(() => attach(editor), [attach, editor]);

  useFlushOnLeave(autosave);

  return { editor, autosave, words };
}
