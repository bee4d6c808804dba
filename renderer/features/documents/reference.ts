/**
 * A reference: an inline chip pointing at a person in the review's people register or an entry
 * in its chronology, stored as `{ type: 'reference', attrs: { kind, id, label } }` (see
 * ReferenceAttrs in shared/documents/model.ts). It is one atom — the caret steps over it and
 * Backspace removes it whole — so a name can never be half-edited into something the
 * anonymised export would not recognise. The PDF engine prints the person's current name or
 * pseudonym, not the label.
 */
import { mergeAttributes, Node } from '@tiptap/core';
import type { ReferenceAttrs } from '../../../shared/documents/model';

const kinds: ReadonlyArray<ReferenceAttrs['kind']> = ['person', 'entry', 'excerpt'];

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    reference: {
      /** Inserts a reference chip at the caret, followed by a space to type on after. */
      insertReference: (attrs: ReferenceAttrs) => ReturnType;
    };
  }
}

export const Reference = Node.create({
  name: 'reference',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,

  addAttributes() {
    return {
      kind: {
        default: 'person',
        parseHTML: (element) => element.getAttribute('data-kind'),
        renderHTML: (attributes) => ({ 'data-kind': attributes.kind as string }),
      },
      id: {
        default: '',
        parseHTML: (element) => element.getAttribute('data-id'),
        renderHTML: (attributes) => ({ 'data-id': attributes.id as string }),
      },
      label: {
        default: '',
        parseHTML: (element) => (element.textContent ?? '').trim(),
        // The label is the chip's text, not an attribute.
        renderHTML: () => ({}),
      },
    };
  },

  parseHTML() {
    return [
      {
        // Copied from this editor and pasted back: kept only if it is a well-formed reference.
        tag: 'span[data-reference]',
        getAttrs: (element) => (kinds.includes(element.getAttribute('data-kind') as ReferenceAttrs['kind']) && element.getAttribute('data-id') ? null : false),
      },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    return ['span', mergeAttributes({ 'data-reference': '', class: 'doc-reference' }, HTMLAttributes), String(node.attrs.label)];
  },

  renderText({ node }) {
    return String(node.attrs.label);
  },

  addCommands() {
    return {
      insertReference:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent([
            { type: this.name, attrs: { kind: attrs.kind, id: attrs.id, label: attrs.label } },
            { type: 'text', text: ' ' },
          ]),
    };
  },
});
