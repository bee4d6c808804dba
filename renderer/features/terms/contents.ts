/**
 * What the contents rail lists: the fields, the headings of the rich-text sections (the
 * template's and any the user adds), then sign-off and the versions. Each entry knows the element
 * it jumps to; a section heading is found in the editor by its place among the headings.
 */
import type { Editor } from '@tiptap/core';
import type { DocJson } from '../../../shared/documents/model';

export type ContentsTarget = { kind: 'element'; id: string } | { kind: 'heading'; index: number };

export interface ContentsItem {
  key: string;
  label: string;
  target: ContentsTarget;
}

const element = (id: string, label: string): ContentsItem => ({ key: id, label, target: { kind: 'element', id } });

/** The anchor wrapped round each field in FieldsForm. */
export const fieldAnchor = (name: string) => `tor-at-${name}`;

export const fieldItems: readonly ContentsItem[] = [
  element(fieldAnchor('subject'), 'Subject'),
  element(fieldAnchor('period'), 'Period under review'),
  element(fieldAnchor('scope'), 'Scope'),
  element(fieldAnchor('agencies'), 'Agencies'),
  element(fieldAnchor('linesOfEnquiry'), 'Key lines of enquiry'),
  element(fieldAnchor('methodology'), 'Methodology'),
  element(fieldAnchor('familyInvolvement'), 'Family involvement'),
  element(fieldAnchor('reviewer'), 'Reviewer'),
  element(fieldAnchor('panel'), 'Panel'),
  element(fieldAnchor('milestones'), 'Milestones and timescales'),
  element(fieldAnchor('publication'), 'Publication'),
  element(fieldAnchor('parallelProcesses'), 'Parallel processes'),
];

export const closingItems: readonly ContentsItem[] = [element('tor-signoff-heading', 'Sign-off'), element('tor-versions-heading', 'Versions')];

/** The id DocText gives the n-th top-level heading of a signed version's text. */
export const signedHeadingId = (index: number) => `tor-signed-${index + 1}`;

/** A signed version's contents: each heading of its text as it reads in the PDF, then sign-off and the versions. */
export function signedItems(doc: DocJson): ContentsItem[] {
  const headings = (doc.content ?? []).filter((node) => node.type === 'heading');
  const label = (node: (typeof headings)[number]) => (node.content ?? []).map((child) => child.text ?? '').join('').trim();
  return headings.map((node, index) => element(signedHeadingId(index), label(node))).filter((item) => item.label);
}

/** The sections' top-level headings (level 1 and 2), in order, each with the position at the end of its text: one contents entry each. */
export function sectionHeadings(editor: Editor): { text: string; pos: number }[] {
  const found: { text: string; pos: number }[] = [];
  editor.state.doc.forEach((node, offset) => {
    if (node.type.name === 'heading' && Number(node.attrs.level) <= 2 && node.textContent.trim()) found.push({ text: node.textContent.trim(), pos: offset + node.nodeSize - 1 });
  });
  return found;
}

export function sectionItems(headings: readonly { text: string }[]): ContentsItem[] {
  return headings.map((heading, index) => ({ key: `section-${index}`, label: heading.text, target: { kind: 'heading', index } }));
}

/** The heading elements in the editor, in the same order as sectionHeadings. */
function headingElements(editor: Editor): HTMLElement[] {
  if (editor.isDestroyed) return [];
  return [...editor.view.dom.querySelectorAll<HTMLElement>(':scope > h1, :scope > h2')].filter((heading) => heading.textContent?.trim());
}

export function targetElement(target: ContentsTarget, editor: Editor | null): HTMLElement | null {
  if (target.kind === 'element') return document.getElementById(target.id);
  return editor ? (headingElements(editor)[target.index] ?? null) : null;
}

/**
 * Moves focus to the entry: a field's first control (the user came to write in it), a section's
 * heading in the editor (the caret at its end), or sign-off's and the versions' headings.
 */
export function jumpTo(target: ContentsTarget, editor: Editor | null): void {
  const shown = targetElement(target, editor);
  if (!shown) return;
  shown.scrollIntoView({ block: 'start' });
  if (target.kind === 'heading' && editor) {
    const heading = sectionHeadings(editor)[target.index];
    if (heading) editor.chain().setTextSelection(heading.pos).focus(undefined, { scrollIntoView: false }).run();
    return;
  }
  const headingTags = 'h1, h2, h3, h4, h5, h6';
  // A field: its first control. A heading, or a wrapper round one in a signed version's text: the heading.
  const control = shown.matches(headingTags) ? shown : (shown.querySelector<HTMLElement>('input, textarea, select, button') ?? shown.querySelector<HTMLElement>(headingTags));
  if (control && control.tabIndex < 0 && !control.hasAttribute('tabindex')) control.setAttribute('tabindex', '-1');
  (control ?? shown).focus({ preventScroll: true });
}
