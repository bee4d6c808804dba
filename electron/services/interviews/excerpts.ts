/**
 * Coding: an excerpt is text in a conversation's notes, applied to one or more themes. It is kept
 * beside the note (never in it), anchored by its text, the text either side and its position, and
 * found again every time the note is saved. An excerpt whose text is gone is orphaned — flagged and
 * kept with its memo. A possible quote needs every participant it comes from to have consented to
 * quotes; a withdrawal later flags it wherever it shows.
 */
import { AppError } from '../../../shared/errors';
import { anchorAt, occurrences, reanchor } from '../../../shared/interviews/anchor';
import type { DocNode } from '../../../shared/documents/model';
import type { Excerpt, InterviewLink, QuoteRefusal } from '../../../shared/interviews/model';
import { noteText } from '../../../shared/interviews/note-text';
import type { CodeInput, ExcerptEdit } from '../../../shared/interviews/schemas';
import type { Person } from '../../../shared/reviews/types';
import { loadDocument } from '../documents';
import { audit, getPerson, read, timestamp, write, type Db, type DocumentSaved, type Kernel } from '../kernel';
import { conversationForNotes, listParticipants, participantsByConversation, personLookup, type StoredParticipant } from './conversation-repository';
import { requireConversation } from './conversations';
import { linksOf } from './links';
import {
  conversationExcerpts,
  getExcerpt,
  getTheme,
  insertExcerpt,
  setExcerptParticipants,
  setExcerptThemes,
  updateAnchor,
  updateExcerptColumns,
  type StoredExcerpt,
} from './theme-repository';
import { describedAs } from './words';

/** Turns stored excerpts of a review into what the user sees: who said it, consent, links (read once, or given). */
export function excerptShower(kernel: Kernel, db: Db, reviewId: string, links: Map<string, InterviewLink[]> = linksOf(kernel, db, reviewId)): (stored: StoredExcerpt) => Excerpt {
  const participants = participantsByConversation(db, reviewId);
  const person = personLookup(db);
  return (stored) => shownExcerpt(stored, participants.get(stored.conversationId) ?? [], person, links.get(stored.id) ?? []);
}

function shownExcerpt(stored: StoredExcerpt, participants: readonly StoredParticipant[], person: (id: string) => Person | null, links: InterviewLink[]): Excerpt {
  const said = stored.participantIds.map((id) => person(id)).filter((found): found is Person => found !== null);
  const unique = (values: Array<string | null>) => [...new Set(values.filter((value): value is string => !!value))];
  const consent = stored.participantIds.map((id) => participants.find((participant) => participant.personId === id)?.consent ?? null);
  return {
    id: stored.id,
    reviewId: stored.reviewId,
    conversationId: stored.conversationId,
    anchor: stored.anchor,
    orphaned: stored.orphaned,
    participantIds: stored.participantIds,
    roles: unique(said.map((found) => found.practitionerRole ?? found.relationship)),
    agencies: unique(said.map((found) => found.agency)),
    themeIds: stored.themeIds,
    memo: stored.memo,
    possibleQuote: stored.possibleQuote,
    consentWithdrawn: consent.some((given) => given?.status === 'withdrawn'),
    quoteAllowed: consent.length > 0 && consent.every((given) => given?.status === 'given' && given.covers.includes('quotes')),
    links,
    createdAt: stored.createdAt,
  };
}

/** Why each participant an excerpt comes from does not allow it as a quote (none: it may be quoted). */
export function quoteRefusals(db: Db, stored: StoredExcerpt): QuoteRefusal[] {
  const participants = listParticipants(db, stored.conversationId);
  return stored.participantIds.flatMap((personId) => {
    const consent = participants.find((participant) => participant.personId === personId)?.consent ?? null;
    if (consent?.status === 'given' && consent.covers.includes('quotes')) return [];
    const found = getPerson(db, personId);
    const reason: QuoteRefusal['reason'] = !consent ? 'not-asked' : consent.status === 'given' ? 'not-covered' : consent.status;
    return [{ excerptId: stored.id, participant: found ? describedAs(found) : 'A participant', reason }];
  });
}

/** "The Health visitor, Community Health did not consent to quotes": the refusal as a user reads it. */
export function refusalWords(refusal: QuoteRefusal): string {
  const who = `the ${refusal.participant.charAt(0).toLowerCase()}${refusal.participant.slice(1)}`;
  switch (refusal.reason) {
    case 'withdrawn':
      return `${who} withdrew consent`;
    case 'declined':
      return `${who} declined consent`;
    case 'not-asked':
      return `${who} has not been asked for consent yet`;
    case 'not-covered':
      return `${who} did not consent to quotes`;
  }
}

function assertQuoteAllowed(db: Db, stored: StoredExcerpt): void {
  const refusals = quoteRefusals(db, stored);
  if (refusals.length === 0) return;
  const reasons = refusals.map(refusalWords).join('; ');
  throw new AppError('validation', `This excerpt cannot be marked as a possible quote: ${reasons}. Record their consent to quotes first, or leave it unmarked.`);
}

export function listExcerpts(kernel: Kernel, conversationId: string): Excerpt[] {
  return read(kernel, (db) => {
    const conversation = requireConversation(db, conversationId);
    const show = excerptShower(kernel, db, conversation.reviewId);
    return conversationExcerpts(db, conversation.id).map(show);
  });
}

/** The note's plain text as last saved. */
export function notesText(kernel: Kernel, notesDocumentId: string): string {
  return noteText(loadDocument(kernel, notesDocumentId).content).text;
}

export function codeExcerpt(kernel: Kernel, input: CodeInput): Excerpt {
  return write(kernel, (db) => {
    const conversation = requireConversation(db, input.conversationId);
    const text = notesText(kernel, conversation.notesDocumentId);
    if (input.end > text.length || text.slice(input.start, input.end) !== input.exact) {
      throw new AppError('validation', 'That text is not in the notes as saved. Wait for the notes to save, then select the text again.');
    }
    if (input.exact.trim().length === 0) throw new AppError('validation', 'Select some words to code, not only spaces or line breaks.');
    const participants = listParticipants(db, conversation.id).map((participant) => participant.personId);
    const saidBy = input.participantIds ?? participants;
    if (saidBy.some((id) => !participants.includes(id))) throw new AppError('validation', 'Who said it must be a participant in this conversation.');
    for (const themeId of input.themeIds) requireThemeIn(db, themeId, conversation.reviewId);
    const stored: StoredExcerpt = {
      id: kernel.newId(),
      reviewId: conversation.reviewId,
      conversationId: conversation.id,
      anchor: anchorAt(text, input.start, input.end),
      orphaned: false,
      possibleQuote: input.possibleQuote,
      memo: input.memo ?? null,
      createdAt: timestamp(kernel),
      participantIds: saidBy,
      themeIds: input.themeIds,
    };
    if (stored.possibleQuote) assertQuoteAllowed(db, stored);
    insertExcerpt(db, stored);
    audit(kernel, 'excerpt.coded', 'excerpt', stored.id);
    return excerptShower(kernel, db, conversation.reviewId)(stored);
  });
}

/** Codes the `occurrence`th (1-based) place `quote` appears in the notes: the CLI's way in. */
export function codeQuote(kernel: Kernel, input: { conversationId: string; quote: string; occurrence?: number; themeIds: string[]; possibleQuote: boolean; participantIds?: string[] }): Excerpt {
  const conversation = read(kernel, (db) => requireConversation(db, input.conversationId));
  const text = notesText(kernel, conversation.notesDocumentId);
  const found = occurrences(text, input.quote);
  if (found.length === 0) throw new AppError('validation', 'That text is not in the notes. Copy it exactly as it is written there.');
  if (found.length > 1 && input.occurrence === undefined) {
    throw new AppError('validation', `That text appears ${found.length} times in the notes. Say which one with --occurrence (1 to ${found.length}).`);
  }
  const index = (input.occurrence ?? 1) - 1;
  const start = found[index];
  if (start === undefined) throw new AppError('validation', `That text appears ${found.length} time${found.length === 1 ? '' : 's'} in the notes; there is no occurrence ${index + 1}.`);
  return codeExcerpt(kernel, {
    conversationId: conversation.id,
    start,
    end: start + input.quote.length,
    exact: input.quote,
    themeIds: input.themeIds,
    possibleQuote: input.possibleQuote,
    ...(input.participantIds ? { participantIds: input.participantIds } : {}),
  });
}

export function editExcerpt(kernel: Kernel, patch: ExcerptEdit): Excerpt {
  return write(kernel, (db) => {
    const current = requireExcerpt(db, patch.id);
    const at = timestamp(kernel);
    if (patch.participantIds) {
      const participants = listParticipants(db, current.conversationId).map((participant) => participant.personId);
      if (patch.participantIds.some((id) => !participants.includes(id))) throw new AppError('validation', 'Who said it must be a participant in this conversation.');
      setExcerptParticipants(db, current.id, patch.participantIds);
    }
    if (patch.themeIds) {
      for (const themeId of patch.themeIds) requireThemeIn(db, themeId, current.reviewId);
      setExcerptThemes(db, current.id, patch.themeIds);
    }
    updateExcerptColumns(db, current.id, { ...(patch.possibleQuote !== undefined ? { possibleQuote: patch.possibleQuote } : {}), ...(patch.memo !== undefined ? { memo: patch.memo } : {}) }, at);
    const next = requireExcerpt(db, current.id);
    if (next.possibleQuote && (patch.possibleQuote === true || patch.participantIds)) assertQuoteAllowed(db, next);
    audit(kernel, 'excerpt.edited', 'excerpt', current.id);
    return excerptShower(kernel, db, current.reviewId)(next);
  });
}

export function removeExcerpt(kernel: Kernel, id: string): null {
  return write(kernel, (db) => {
    requireExcerpt(db, id);
    db.prepare('DELETE FROM excerpts WHERE id = ?').run(id);
    audit(kernel, 'excerpt.removed', 'excerpt', id);
    return null;
  });
}

/**
 * The hook on every save of a document: when it is a conversation's notes, each excerpt is found
 * again in the new text (moved, or orphaned when its text is gone; an orphan whose text comes back
 * is found again). Runs inside the save's write.
 */
export function reanchorOnSave(db: Db, event: DocumentSaved): void {
  const conversation = conversationForNotes(db, event.documentId);
  if (!conversation) return;
  reanchorExcerpts(db, conversation.id, event.content);
}

export function reanchorExcerpts(db: Db, conversationId: string, content: DocNode): { moved: number; orphaned: number } {
  const { text } = noteText(content);
  let moved = 0;
  let orphaned = 0;
  for (const excerpt of conversationExcerpts(db, conversationId)) {
    const found = reanchor(text, excerpt.anchor);
    if (found.found && (found.moved || excerpt.orphaned)) {
      updateAnchor(db, excerpt.id, found.anchor);
      moved++;
    } else if (!found.found && !excerpt.orphaned) {
      updateAnchor(db, excerpt.id, null);
      orphaned++;
    }
  }
  return { moved, orphaned };
}

export function requireExcerpt(db: Db, id: string): StoredExcerpt {
  const excerpt = getExcerpt(db, id);
  if (!excerpt) throw new AppError('not-found', 'That excerpt is not in this workspace any more. Look at the list again.');
  return excerpt;
}

function requireThemeIn(db: Db, themeId: string, reviewId: string): void {
  const theme = getTheme(db, themeId);
  if (!theme || theme.reviewId !== reviewId) throw new AppError('not-found', 'One of the themes chosen is not in this review any more. Look at the themes again.');
}
