/** A review with three practitioners and a family, for the conversation tests. Every name is invented. */
import type { DocNode } from '../../../../shared/documents/model';
import { noteText } from '../../../../shared/interviews/note-text';
import { call } from '../reviews/helpers';
import type { TestRig } from '../workspace/session/helpers';

export async function reviewWithPractitioners(rig: TestRig) {
  const review = await call(rig, 'review:create', { type: 'lcspr', title: 'LCSPR: Child Q', subject: 'Child Q', rules: 'wt2023', dates: { aware: '2026-06-01' } });
  const person = (name: string, practitionerRole: string, agency: string) =>
    call(rig, 'people:add', { reviewId: review.id, name, role: 'practitioner', practitionerRole, agency });
  const social = await person('Imogen Trelawny', 'Social worker', 'Children’s Services');
  const health = await person('Bartholomew Quince', 'Health visitor', 'Community Health');
  const teacher = await person('Philippa Oakenshaw', 'Designated safeguarding lead', 'Riverside Primary School');
  const child = await call(rig, 'people:add', { reviewId: review.id, name: 'Tobias Fairweather', role: 'child', pseudonym: 'Child Q' });
  return { review, social, health, teacher, child };
}

/** Writes the notes as paragraphs through the documents channels, as the editor's autosave does. */
export async function writeNotes(rig: TestRig, documentId: string, paragraphs: string[]): Promise<string> {
  const current = await call(rig, 'document:load', { id: documentId });
  const content: DocNode = { type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) };
  await call(rig, 'document:save', { id: documentId, content: content as never, revision: current.revision });
  return noteText(content).text;
}

/** Codes `quote` (its first occurrence) the way the editor does: offsets and the exact text. */
export async function code(rig: TestRig, conversationId: string, text: string, quote: string, themeIds: string[], more: { participantIds?: string[]; possibleQuote?: boolean } = {}) {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`not in the notes: ${quote}`);
  return call(rig, 'excerpts:code', { conversationId, start, end: start + quote.length, exact: quote, themeIds, ...more });
}
