/**
 * The tiptap editor for the terms' rich-text sections — the documents feature's schema, paste
 * cleaning and autosave timing, saving through terms:set-sections instead of document:save (that
 * editor hook is tied to the documents store, so this is its small twin for the terms store).
 */
import type { Editor } from '@tiptap/core';
import { useEditor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import type { DocJson } from '../../../shared/documents/model';
import { createAutosave, type Autosave } from '../documents/autosave';
import { documentExtensions } from '../documents/extensions';
import { cleanPastedHtml } from '../documents/word-paste';
import { useTerms, type EditorLoad } from './store';
import { useFlushOnLeave } from '../documents/use-flush-on-leave';
import { guidanceExtension } from './guidance-extension';

// One set for every editor: tiptap compares them by identity on each render.
const extensions = documentExtensions();

/** The documents Toolbar's aria-controls names this id, so the sections editor carries it too. */
export const sectionsTextId = 'document-text';

function editorAutosave(save: (content: DocJson) => Promise<boolean>) {
  let editor: Editor | null = null;
  const autosave = createAutosave<DocJson | null>({
    read: () => (editor && !editor.isDestroyed ? (editor.getJSON() as DocJson) : null),
    write: async (content) => (content ? save(content) : false),
  });
  return {
    autosave,
    attach: (next: Editor) => {
      editor = next;
    },
  };
}

/** `guidance`: the templates' guidance paragraphs, shown as guidance until written over. */
export function useSectionsEditor(sections: DocJson, load: EditorLoad, guidance: readonly string[]): { editor: Editor; autosave: Autosave } {
  const saveSections = useTerms((state) => state.saveSections);
  // Made once per editor, like the shared extensions: the same identity on every render.
  const [withGuidance] = useState(() => [...extensions, guidanceExtension(guidance)]);
  // Bound to the review and load it was started on: see saveSections.
  const [{ autosave, attach }] = useState(() => editorAutosave((content) => saveSections(load, content)));

  const editor = useEditor({
    extensions: withGuidance,
    content: sections,
    // tiptap would add its base styles as a <style> tag, which the CSP refuses: documents.css has them.
    injectCSS: false,
    editorProps: {
      attributes: { id: sectionsTextId, 'aria-label': 'Sections text', 'aria-multiline': 'true', class: 'doc-prose', spellcheck: 'true' },
      transformPastedHTML: cleanPastedHtml,
    },
    onUpdate: () => autosave.changed(),
  });

  useEffect(() => attach(editor), [attach, editor]);

  useFlushOnLeave(autosave);

  return { editor, autosave };
}
