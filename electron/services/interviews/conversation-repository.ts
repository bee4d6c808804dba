/** The conversations and their participants as stored (migration 0012). */
import type { Consent, ConsentCover, ConsentStatus, Conversation, ConversationFormat, ConversationKind, ConversationStatus } from '../../../shared/interviews/model';
import type { Person } from '../../../shared/reviews/types';
import { fromJson, getPerson, patchColumns, toJson, updateColumns, type Db } from '../kernel';
import { conversationLabel } from './words';

/** A conversation as stored: without its participants and excerpt count, which are read beside it. */
export type StoredConversation = Omit<Conversation, 'participants' | 'excerptCount'>;

export interface StoredParticipant {
  personId: string;
  consent: Consent | null;
}

interface Row {
  id: string;
  review_id: string;
  kind: ConversationKind;
  held_on: string | null;
  format: ConversationFormat | null;
  place: string | null;
  interviewers: string;
  status: ConversationStatus;
  question_set_id: string | null;
  notes_document_id: string;
  created_at: string;
  updated_at: string;
}

function toConversation(row: Row): StoredConversation {
  return {
    id: row.id,
    reviewId: row.review_id,
    kind: row.kind,
    date: row.held_on,
    format: row.format,
    place: row.place,
    interviewers: fromJson<string>(row.interviewers),
    status: row.status,
    questionSetId: row.question_set_id,
    notesDocumentId: row.notes_document_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function insertConversation(db: Db, c: StoredConversation): void {
  db.prepare(
    `INSERT INTO conversations (id, review_id, kind, held_on, format, place, interviewers, status, question_set_id, notes_document_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(c.id, c.reviewId, c.kind, c.date, c.format, c.place, toJson(c.interviewers), c.status, c.questionSetId, c.notesDocumentId, c.createdAt, c.updatedAt);
}

export function getConversation(db: Db, id: string): StoredConversation | null {
  const row = db.prepare<[string], Row>('SELECT * FROM conversations WHERE id = ?').get(id);
  return row ? toConversation(row) : null;
}

export function conversationForNotes(db: Db, documentId: string): StoredConversation | null {
  const row = db.prepare<[string], Row>('SELECT * FROM conversations WHERE notes_document_id = ?').get(documentId);
  return row ? toConversation(row) : null;
}

/** Earliest first; those not yet dated last, in the order planned. */
export function listConversations(db: Db, reviewId: string): StoredConversation[] {
  return db
    .prepare<[string], Row>("SELECT * FROM conversations WHERE review_id = ? ORDER BY ifnull(held_on, '9999'), created_at, rowid")
    .all(reviewId)
    .map(toConversation);
}

export function updateConversation(db: Db, id: string, fields: Partial<Pick<StoredConversation, 'kind' | 'date' | 'format' | 'place' | 'interviewers' | 'status'>>, at: string): void {
  const values = patchColumns(fields, {
    kind: (kind) => ['kind', kind],
    date: (date) => ['held_on', date],
    format: (format) => ['format', format],
    place: (place) => ['place', place],
    interviewers: (interviewers) => ['interviewers', toJson(interviewers)],
    status: (status) => ['status', status],
  });
  updateColumns(db, 'conversations', id, values, at);
}

interface ParticipantRow {
  conversation_id: string;
  person_id: string;
  consent_status: ConsentStatus | null;
  consent_on: string | null;
  consent_covers: string;
}

function toParticipant(row: ParticipantRow): StoredParticipant {
  return { personId: row.person_id, consent: row.consent_status ? { status: row.consent_status, on: row.consent_on, covers: fromJson<ConsentCover>(row.consent_covers) } : null };
}

export function listParticipants(db: Db, conversationId: string): StoredParticipant[] {
  return db.prepare<[string], ParticipantRow>('SELECT * FROM conversation_participants WHERE conversation_id = ? ORDER BY position').all(conversationId).map(toParticipant);
}

/** Every conversation's participants in a review, by conversation. */
export function participantsByConversation(db: Db, reviewId: string): Map<string, StoredParticipant[]> {
  const rows = db
    .prepare<[string], ParticipantRow>(
      'SELECT p.* FROM conversation_participants p JOIN conversations c ON c.id = p.conversation_id WHERE c.review_id = ? ORDER BY p.conversation_id, p.position',
    )
    .all(reviewId);
  const map = new Map<string, StoredParticipant[]>();
  for (const row of rows) {
    const list = map.get(row.conversation_id) ?? [];
    list.push(toParticipant(row));
    map.set(row.conversation_id, list);
  }
  return map;
}

export function insertParticipant(db: Db, conversationId: string, participant: StoredParticipant): void {
  const position = db.prepare<[string], { next: number }>('SELECT ifnull(max(position), 0) + 1 AS next FROM conversation_participants WHERE conversation_id = ?').get(conversationId)!.next;
  db.prepare('INSERT INTO conversation_participants (conversation_id, person_id, position, consent_status, consent_on, consent_covers) VALUES (?, ?, ?, ?, ?, ?)').run(
    conversationId,
    participant.personId,
    position,
    participant.consent?.status ?? null,
    participant.consent?.on ?? null,
    toJson(participant.consent?.covers ?? []),
  );
}

export function setConsent(db: Db, conversationId: string, personId: string, consent: Consent): void {
  db.prepare('UPDATE conversation_participants SET consent_status = ?, consent_on = ?, consent_covers = ? WHERE conversation_id = ? AND person_id = ?').run(
    consent.status,
    consent.on,
    toJson(consent.covers),
    conversationId,
    personId,
  );
}

export function deleteParticipant(db: Db, conversationId: string, personId: string): void {
  db.prepare('DELETE FROM conversation_participants WHERE conversation_id = ? AND person_id = ?').run(conversationId, personId);
}

export function excerptCounts(db: Db, reviewId: string): Map<string, number> {
  const rows = db.prepare<[string], { conversation_id: string; n: number }>('SELECT conversation_id, count(*) AS n FROM excerpts WHERE review_id = ? GROUP BY conversation_id').all(reviewId);
  return new Map(rows.map((row) => [row.conversation_id, row.n]));
}

/** Each conversation of a review by id, as a user names it: "Group conversation, Thursday 10 December 2026". */
export function conversationLabels(db: Db, reviewId: string): Map<string, string> {
  return new Map(listConversations(db, reviewId).map((row) => [row.id, conversationLabel(row.kind, row.date)]));
}

/** People of the register looked up once each, however many excerpts or participants name them. */
export function personLookup(db: Db): (id: string) => Person | null {
  const cache = new Map<string, Person | null>();
  return (id) => {
    if (!cache.has(id)) cache.set(id, getPerson(db, id));
    return cache.get(id)!;
  };
}
