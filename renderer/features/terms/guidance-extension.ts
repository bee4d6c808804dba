/**
 * Template guidance in the sections editor: a paragraph that still reads exactly as the template's
 * guidance is shown as guidance (its own style, and "Guidance:" before it for every reader), until
 * the reviewer writes over it. Decorations only: the stored text is not touched.
 */
import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

const key = new PluginKey('tor-guidance');

const normal = (text: string) => text.replace(/\s+/g, ' ').trim();

function decorations(doc: PmNode, guidance: ReadonlySet<string>): DecorationSet {
  const found: Decoration[] = [];
  doc.forEach((node, offset) => {
    if (node.type.name === 'paragraph' && guidance.has(normal(node.textContent))) {
      found.push(Decoration.node(offset, offset + node.nodeSize, { class: 'tor-guidance', 'data-guidance': 'Guidance:' }));
    }
  });
  return DecorationSet.create(doc, found);
}

export function guidanceExtension(texts: readonly string[]) {
  const guidance = new Set(texts.map(normal));
  return Extension.create({
    name: 'torGuidance',
    addProseMirrorPlugins: () => [
      new Plugin({
        key,
        state: {
          init: (_config, state) => decorations(state.doc, guidance),
          apply: (transaction, previous) => (transaction.docChanged ? decorations(transaction.doc, guidance) : previous),
        },
        props: {
          decorations: (state) => key.getState(state) as DecorationSet,
        },
      }),
    ],
  });
}
