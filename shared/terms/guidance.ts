/**
 * Template guidance: a template's explanatory text ("Why the review is being held: …") tells the
 * reviewer what to write; it is not a term the chair agrees to. A field's guidance is shown as its
 * hint (the field starts empty); a section's guidance paragraph is shown as guidance in the editor
 * until it is written over. A version that still holds guidance word for word cannot be approved.
 */
import type { DocJson, DocNode } from '../documents/model';
import { termsFieldLabels, type TermsField, type TermsFields } from './model';

export interface TermsGuidance {
  /** The guidance for a field, shown as its hint. */
  fields: Partial<Record<TermsField, string>>;
  /** Paragraphs of the sections that are guidance, word for word. */
  sections: string[];
}

export const noGuidance: TermsGuidance = { fields: {}, sections: [] };

const textOf = (node: DocNode): string => (node.text ?? '') + (node.content ?? []).map(textOf).join('');

const same = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/** Where a version still holds guidance unedited: field labels and section headings, in reading order. */
export function guidanceLeft(fields: TermsFields, sections: DocJson, guidance: TermsGuidance): string[] {
  const left: string[] = [];
  for (const [field, text] of Object.entries(guidance.fields) as Array<[TermsField, string]>) {
    const value = fields[field];
    if (typeof value === 'string' && text && same(value, text)) left.push(termsFieldLabels[field]);
  }
  let heading = 'Sections';
  for (const node of sections.content ?? []) {
    if (node.type === 'heading') heading = textOf(node).trim() || 'Sections';
    else if (guidance.sections.some((text) => same(textOf(node), text)) && !left.includes(heading)) left.push(heading);
  }
  return left;
}

/** "Background and Parallel processes". */
export function listInWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export function guidanceLeftMessage(left: readonly string[]): string {
  return `${listInWords(left)} still ${left.length === 1 ? 'holds' : 'hold'} the template’s guidance, not terms for this review. Replace the guidance with what applies to this review (or remove it), submit again, then record the approval.`;
}
