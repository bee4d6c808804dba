/**
 * Coded excerpts shown in the notes as ProseMirror decorations, never as marks: codings live
 * beside the note, so the document's content (its version hash, its diff) never changes when
 * something is coded. The decorations come from the core's anchors; while the user types they
 * follow the text through each transaction, and after each save they are read again from the core
 * (which re-anchors the excerpts in the note as saved).
 */
import { Extension, type Editor } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { DocNode } from '../../../shared/documents/model';
import { docRange, noteText, reanchor, type Excerpt, type TextAnchor } from '../../../shared/interviews';

export interface Highlight {
  from: number;
  to: number;
  excerptId: string;
}

const key = new PluginKey<DecorationSet>('excerpt-highlights');

function decorations(doc: Parameters<typeof DecorationSet.create>[0], highlights: readonly Highlight[]): DecorationSet {
  return DecorationSet.create(
    doc,
    highlights.map((highlight) => Decoration.inline(highlight.from, highlight.to, { class: 'iv-excerpt', 'data-excerpt': highlight.excerptId }, { excerptId: highlight.excerptId })),
  );
}

export const ExcerptHighlights = Extension.create({
  name: 'excerptHighlights',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: () => DecorationSet.empty,
          apply: (tr, set) => {
            const next = tr.getMeta(key) as Highlight[] | undefined;
            return next ? decorations(tr.doc, next) : set.map(tr.mapping, tr.doc);
          },
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ];
  },
});

/** Replaces the highlights; not an edit, so it neither saves nor joins the undo history. */
export function showHighlights(editor: Editor, highlights: readonly Highlight[]): void {
  if (editor.isDestroyed) return;
  editor.view.dispatch(editor.state.tr.setMeta(key, highlights).setMeta('addToHistory', false));
}

/** The highlights now in the editor (for tests and for the list's "show in the notes"). */
export function currentHighlights(editor: Editor): Highlight[] {
  const set = key.getState(editor.state);
  return (set?.find() ?? []).map((decoration) => ({ from: decoration.from, to: decoration.to, excerptId: String((decoration.spec as { excerptId?: string }).excerptId ?? '') }));
}

/**
 * Where each excerpt sits in the text as the editor has it now. The core anchored it in the
 * note as last saved; if the user typed since, the anchor is found again in the current text
 * the way the core finds it (same text, best context, nearest place). Orphans have no place.
 */
export function highlightsFor(doc: DocNode, excerpts: readonly Excerpt[]): Highlight[] {
  const note = noteText(doc);
  const found: Highlight[] = [];
  for (const excerpt of excerpts) {
    if (excerpt.orphaned) continue;
    const { anchor } = excerpt;
    const here = note.text.slice(anchor.start, anchor.end) === anchor.exact ? anchor : foundAgain(note.text, anchor);
    const range = here ? docRange(note, here.start, here.end) : null;
    if (range) found.push({ ...range, excerptId: excerpt.id });
  }
  return found;
}

function foundAgain(text: string, anchor: TextAnchor): TextAnchor | null {
  const again = reanchor(text, anchor);
  return again.found ? again.anchor : null;
}
