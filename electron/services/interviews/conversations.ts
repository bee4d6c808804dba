/**
 * Conversations with practitioners: plan one (its notes document is made from the guide in the
 * same write), change its details and status, who took part, and each participant's consent.
 * A withdrawal is dated and flags every excerpt from that participant wherever it shows.
 */
import { AppError } from '../../../shared/errors';
import { formatLocalDate, parseLocalDate } from '../../../shared/deadlines';
import type { ConversationDetail } from '../../../shared/interviews/channels';
import type { Consent, Conversation } from '../../../shared/interviews/model';
import { guideFor, type EpisodePrompt, type GuideStage } from '../../../shared/interviews/question-sets';
import type { ConsentInput, ConsentRecord, ConversationAdd, ConversationEdit } from '../../../shared/interviews/schemas';
import type { DocJson, DocNode } from '../../../shared/documents/model';
import type { Person } from '../../../shared/reviews/types';
import { episodes } from '../chronology';
import { createDocument } from '../documents';
import { audit, getPerson, read, requireReview, timestamp, write, type Db, type Kernel } from '../kernel';
import {
  deleteParticipant,
  excerptCounts,
  getConversation,
  insertConversation,
  insertParticipant,
  listConversations as listRows,
  listParticipants,
  participantsByConversation,
  personLookup,
  setConsent,
  updateConversation,
  type StoredConversation,
  type StoredParticipant,
} from './conversation-repository';
import { findQuestionSet } from './question-sets';
import { conversationLabel, describedAs } from './words';

export function listConversations(kernel: Kernel, reviewId: string): Conversation[] {
  return read(kernel, (db) => {
    requireReview(db, reviewId);
    const participants = participantsByConversation(db, reviewId);
    const counts = excerptCounts(db, reviewId);
    const people = personLookup(db);
    return listRows(db, reviewId).map((stored) => shown(stored, participants.get(stored.id) ?? [], counts.get(stored.id) ?? 0, people));
  });
}

export function getConversationDetail(kernel: Kernel, id: string): ConversationDetail {
  return read(kernel, (db) => detail(kernel, db, requireConversation(db, id)));
}

export function addConversation(kernel: Kernel, input: ConversationAdd): ConversationDetail {
  return write(kernel, (db) => {
    const review = requireReview(db, input.reviewId);
    const set = input.questionSetId ? findQuestionSet(db, input.questionSetId) : null;
    if (input.questionSetId && !set) throw new AppError('not-found', 'That question set is not in this workspace any more. Choose another.');
    const seen = new Set<string>();
    for (const participant of input.participants) {
      requireParticipantPerson(db, review.id, participant.personId);
      if (seen.has(participant.personId)) throw new AppError('validation', 'The same person is listed twice as a participant.');
      seen.add(participant.personId);
    }
    const today = kernel.deadlines.today();
    const guide = set ? guideFor(set, episodePrompts(kernel, review.id)) : [];
    const notes = createDocument(kernel, {
      reviewId: review.id,
      title: `Notes: ${conversationLabel(input.kind, input.date ?? null)}`,
      kind: 'interview-notes',
      content: notesFromGuide(guide),
    });
    const at = timestamp(kernel);
    const stored: StoredConversation = {
      id: kernel.newId(),
      reviewId: review.id,
      kind: input.kind,
      date: input.date ?? null,
      format: input.format ?? null,
      place: input.place ?? null,
      interviewers: input.interviewers,
      status: 'planned',
      questionSetId: set?.id ?? null,
      notesDocumentId: notes.id,
      createdAt: at,
      updatedAt: at,
    };
    insertConversation(db, stored);
    for (const participant of input.participants) {
      insertParticipant(db, stored.id, { personId: participant.personId, consent: participant.consent ? consentFrom(participant.consent, today) : null });
    }
    audit(kernel, 'conversation.planned', 'conversation', stored.id);
    return detail(kernel, db, stored);
  });
}

export function editConversation(kernel: Kernel, patch: ConversationEdit): ConversationDetail {
  const { id, ...fields } = patch;
  return write(kernel, (db) => {
    requireConversation(db, id);
    const changes = Object.fromEntries(Object.entries(fields).filter((entry) => entry[1] !== undefined));
    if (Object.keys(changes).length > 0) {
      updateConversation(db, id, changes, timestamp(kernel));
      audit(kernel, 'conversation.edited', 'conversation', id);
    }
    return detail(kernel, db, requireConversation(db, id));
  });
}

export function changeParticipants(kernel: Kernel, input: { id: string; add: string[]; remove: string[] }): ConversationDetail {
  return write(kernel, (db) => {
    const conversation = requireConversation(db, input.id);
    const current = new Set(listParticipants(db, conversation.id).map((participant) => participant.personId));
    for (const personId of input.remove) {
      if (!current.has(personId)) continue;
      const said = db.prepare<[string, string], { n: number }>(
        'SELECT count(*) AS n FROM excerpt_participants p JOIN excerpts e ON e.id = p.excerpt_id WHERE e.conversation_id = ? AND p.person_id = ?',
      ).get(conversation.id, personId)!.n;
      if (said > 0) {
        const person = getPerson(db, personId)!;
        throw new AppError('validation', `${describedAs(person)} said ${said === 1 ? 'an excerpt' : `${said} excerpts`} coded in these notes. Change who said ${said === 1 ? 'it' : 'them'} first.`);
      }
      deleteParticipant(db, conversation.id, personId);
      current.delete(personId);
    }
    for (const personId of input.add) {
      requireParticipantPerson(db, conversation.reviewId, personId);
      if (current.has(personId)) continue;
      insertParticipant(db, conversation.id, { personId, consent: null });
      current.add(personId);
    }
    if (current.size === 0) throw new AppError('validation', 'A conversation needs at least one participant.');
    audit(kernel, 'conversation.participants-changed', 'conversation', conversation.id);
    return detail(kernel, db, conversation);
  });
}

export function recordConsent(kernel: Kernel, input: ConsentRecord): ConversationDetail {
  return write(kernel, (db) => {
    const conversation = requireConversation(db, input.id);
    if (!listParticipants(db, conversation.id).some((participant) => participant.personId === input.personId)) {
      throw new AppError('validation', 'That person is not a participant in this conversation. Add them as a participant first.');
    }
    const consent = consentFrom(input, kernel.deadlines.today());
    setConsent(db, conversation.id, input.personId, consent);
    audit(kernel, consent.status === 'withdrawn' ? 'conversation.consent-withdrawn' : 'conversation.consent-recorded', 'conversation', conversation.id);
    return detail(kernel, db, requireConversation(db, conversation.id));
  });
}

/** Consent as stored: only a consent given covers anything, and given must say what it covers. */
function consentFrom(input: ConsentInput, today: string): Consent {
  if (input.status === 'given' && input.covers.length === 0) {
    throw new AppError('validation', 'Say what the consent covers: the notes being kept, quotes in the report, or a recording.');
  }
  return { status: input.status, on: input.on === undefined ? today : input.on, covers: input.status === 'given' ? input.covers : [] };
}

export function requireConversation(db: Db, id: string): StoredConversation {
  const conversation = getConversation(db, id);
  if (!conversation) throw new AppError('not-found', 'That conversation is not in this workspace any more. Look at the list of conversations again.');
  return conversation;
}

function requireParticipantPerson(db: Db, reviewId: string, personId: string): Person {
  const person = getPerson(db, personId);
  if (!person || person.reviewId !== reviewId) {
    throw new AppError('validation', 'A participant must be someone in this review’s people register. Add them to the register first.');
  }
  return person;
}

function shown(stored: StoredConversation, participants: StoredParticipant[], excerptCount: number, person: (id: string) => Person | null): Conversation {
  return {
    ...stored,
    excerptCount,
    participants: participants.map((participant) => {
      const found = person(participant.personId);
      return {
        personId: participant.personId,
        role: found?.practitionerRole ?? null,
        agency: found?.agency ?? null,
        describedAs: found ? describedAs(found) : 'Participant',
        consent: participant.consent,
      };
    }),
  };
}

function detail(kernel: Kernel, db: Db, stored: StoredConversation): ConversationDetail {
  const count = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM excerpts WHERE conversation_id = ?').get(stored.id)!.n;
  const conversation = shown(stored, listParticipants(db, stored.id), count, personLookup(db));
  const set = stored.questionSetId ? findQuestionSet(db, stored.questionSetId) : null;
  return { ...conversation, guide: set ? { title: set.title, source: set.source, stages: guideFor(set, episodePrompts(kernel, stored.reviewId)) } : null };
}

function episodePrompts(kernel: Kernel, reviewId: string): EpisodePrompt[] {
  return episodes(kernel, reviewId).map((episode) => ({ id: episode.id, title: episode.title, from: episode.start, to: episode.end }));
}

/** "(3 Mar 2019 to 14 Apr 2019)" — the span a prompt shows; nothing when neither day is known. */
export function episodeSpan(episode: EpisodePrompt): string {
  const day = (value: string) => formatLocalDate(parseLocalDate(value));
  if (episode.from && episode.to && episode.from !== episode.to) return ` (${day(episode.from)} to ${day(episode.to)})`;
  const one = episode.from ?? episode.to;
  return one ? ` (${day(one)})` : '';
}

/** The notes start as the guide's stages, a sub-heading per key practice episode where a stage takes them. */
function notesFromGuide(guide: GuideStage[]): DocJson {
  const heading = (level: number, text: string): DocNode => ({ type: 'heading', attrs: { level }, content: [{ type: 'text', text }] });
  const content: DocNode[] = [];
  for (const stage of guide) {
    content.push(heading(2, stage.title), { type: 'paragraph' });
    for (const episode of stage.episodes) content.push(heading(3, `Key practice episode: ${episode.title}${episodeSpan(episode)}`), { type: 'paragraph' });
  }
  if (content.length === 0) content.push({ type: 'paragraph' });
  return { type: 'doc', content };
}
