/**
 * A footnote: stored as `{ type: 'footnote', content: [text…] }` where the note is attached, and
 * drawn by the PDF engine as a numbered note at the end. In the editor it is one atom — a chip
 * reading "[Note: …]", chosen as a whole and edited in a small form (FootnoteForm) — because an
 * inline node with editable text inside leaves the caret unsure which side of its edge it is.
 */
import { mergeAttributes, Node } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    footnote: {
      /** Replaces the chosen footnote's text, or inserts a footnote with this text at the caret. */
      setFootnote: (text: string) => ReturnType;
    };
  }
}

export const Footnote = Node.create({
  name: 'footnote',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  // Plain text: a footnote holds no reference, link or other footnote.
  content: 'text*',
  marks: '',

  parseHTML() {
    return [{ tag: 'span[data-footnote]' }];
  },

  // For the clipboard and getHTML: the note's text inside a marked span.
  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes({ 'data-footnote': '', class: 'doc-footnote' }, HTMLAttributes), 0];
  },

  // On screen: a chip whose text is drawn, not edited, in place (no contentDOM).
  addNodeView() {
    return ({ node }) => {
      const dom = document.createElement('span');
      dom.className = 'doc-footnote';
      dom.setAttribute('data-footnote', '');
      dom.contentEditable = 'false';
      dom.textContent = node.textContent;
      return { dom };
    };
  },

  addCommands() {
    return {
      setFootnote:
        (text) =>
        ({ state, tr, dispatch }) => {
          const words = text.trim();
          const type = state.schema.nodes[this.name];
          if (!words || !type) return false;
          const note = type.create(null, state.schema.text(words));
          const { selection } = state;
          if (selection instanceof NodeSelection && selection.node.type === type) tr.replaceWith(selection.from, selection.to, note);
          else tr.replaceSelectionWith(note, false);
          dispatch?.(tr);
          return true;
        },
    };
  },
});
