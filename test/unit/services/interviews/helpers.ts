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

/**
 * A group conversation with three practitioners (the health visitor consented to notes, not
 * quotes), notes of three paragraphs (the child named in the last), and four excerpts coded to
 * three themes, one nested: Supervision › Reflective space, and Information sharing.
 */
export async function codedReview(rig: TestRig) {
  const people = await reviewWithPractitioners(rig);
  const { review, social, health, teacher } = people;
  const conversation = await call(rig, 'interviews:add', {
    reviewId: review.id,
    kind: 'group',
    date: '2026-12-10',
    participants: [
      { personId: social.id, consent: { status: 'given', covers: ['notes', 'quotes'] } },
      { personId: health.id, consent: { status: 'given', covers: ['notes'] } },
      { personId: teacher.id, consent: { status: 'given', covers: ['notes', 'quotes'] } },
    ],
  });
  const text = await writeNotes(rig, conversation.notesDocumentId, [
    'Supervision every fortnight gave me room to think about the child.',
    'We rang the school straight after the strategy meeting.',
    'The health visitor noticed the bruise and said so in the meeting about Tobias Fairweather.',
  ]);
  const supervision = await call(rig, 'themes:add', { reviewId: review.id, name: 'Supervision', colour: '#1F77B4' });
  const reflective = await call(rig, 'themes:add', { reviewId: review.id, name: 'Reflective space', parentId: supervision.id });
  const sharing = await call(rig, 'themes:add', { reviewId: review.id, name: 'Information sharing' });
  const a = await code(rig, conversation.id, text, 'Supervision every fortnight', [supervision.id], { participantIds: [social.id], possibleQuote: true });
  const b = await code(rig, conversation.id, text, 'room to think about the child', [reflective.id, sharing.id], { participantIds: [social.id] });
  const c = await code(rig, conversation.id, text, 'We rang the school', [sharing.id], { participantIds: [teacher.id] });
  const d = await code(rig, conversation.id, text, 'noticed the bruise and said so', [sharing.id], { participantIds: [health.id] });
  return { ...people, conversation, text, themes: { supervision, reflective, sharing }, excerpts: { a, b, c, d } };
}
