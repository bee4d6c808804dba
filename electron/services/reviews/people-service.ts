/**
 * The people register of a review: real names with their pseudonyms. A pseudonym is unique in its
 * review and shares no word with any real name or alias there. Names never reach the audit log,
 * a log line or an error message — messages quote pseudonyms only.
 */
import { AppError } from '../../../shared/errors';
import { pseudonymKey, revealsName, suggestPseudonym } from '../../../shared/reviews/pseudonyms';
import type { PersonAdd, PersonPatch } from '../../../shared/reviews/schemas';
import { tidy } from '../../../shared/reviews/text';
import type { Person } from '../../../shared/reviews/types';
import type { PersonRole } from '../../../shared/reviews/catalogue';
import type { Db } from '../sqlite';
import { deletePerson, getPerson, insertPerson, type Kernel, listPeople as listPeopleRows, notFound, personPatchColumns, read, requireReview, timestamp, updatePersonColumns, write } from '../kernel';

export function listPeople(context: Kernel, reviewId: string): Person[] {
  return read(context, (db) => {
    requireReview(db, reviewId);
    return listPeopleRows(db, reviewId);
  });
}

export interface SuggestRequest {
  reviewId: string;
  role: PersonRole;
  relationship?: string | undefined;
  practitionerRole?: string | undefined;
  /** Editing this person: their own pseudonym is not counted as taken. */
  personId?: string | undefined;
}

export function suggestFor(context: Kernel, request: SuggestRequest): { pseudonym: string } {
  return read(context, (db) => ({ pseudonym: suggestIn(db, request) }));
}

export function addPerson(context: Kernel, input: PersonAdd): Person {
  return write(context, (db) => {
    requireReview(db, input.reviewId);
    const at = timestamp(context);
    const person: Person = {
      id: context.newId(),
      reviewId: input.reviewId,
      name: input.name,
      role: input.role,
      relationship: input.relationship ?? null,
      practitionerRole: input.practitionerRole ?? null,
      agency: input.agency ?? null,
      dateOfBirth: input.dateOfBirth ?? null,
      pseudonym: tidy(input.pseudonym ?? suggestIn(db, input)),
      aliases: input.aliases ?? [],
      createdAt: at,
      updatedAt: at,
    };
    checkPerson(person, listPeopleRows(db, input.reviewId));
    insertPerson(db, person);
    context.session.audit('person.added', 'person', person.id);
    return person;
  });
}

/** Writes only the fields the patch names. Leaving the practitioner role clears their professional role. */
export function updatePerson(context: Kernel, patch: PersonPatch): Person {
  const { id, ...changes } = patch;
  return write(context, (db) => {
    const current = requirePerson(db, id);
    if (changes.role && changes.role !== 'practitioner' && current.role === 'practitioner' && changes.practitionerRole === undefined) {
      changes.practitionerRole = null;
    }
    if (changes.pseudonym !== undefined) changes.pseudonym = tidy(changes.pseudonym);
    const merged: Person = { ...current, ...definedOnly(changes) };
    checkPerson(merged, listPeopleRows(db, current.reviewId).filter((other) => other.id !== id));
    const columns = personPatchColumns(changes);
    if (Object.keys(columns).length === 0) return current;
    updatePersonColumns(db, id, columns, timestamp(context));
    context.session.audit('person.updated', 'person', id);
    return requirePerson(db, id);
  });
}

export function removePerson(context: Kernel, id: string): { id: string } {
  return write(context, (db) => {
    // A participant's consent and what they said are evidence of the conversation: they stay.
    const conversations = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM conversation_participants WHERE person_id = ?').get(id)!.n;
    if (conversations > 0) {
      throw new AppError('validation', `This person took part in ${conversations === 1 ? 'a conversation' : `${conversations} conversations`} with practitioners. Remove them from ${conversations === 1 ? 'it' : 'those'} first (in Interviews).`);
    }
    if (!deletePerson(db, id)) throw notFound('person');
    context.session.audit('person.removed', 'person', id);
    return { id };
  });
}

function suggestIn(db: Db, request: SuggestRequest): string {
  const review = requireReview(db, request.reviewId);
  const others = listPeopleRows(db, request.reviewId).filter((person) => person.id !== request.personId);
  return suggestPseudonym(
    { role: request.role, relationship: request.relationship ?? null, practitionerRole: request.practitionerRole ?? null, subject: review.subject },
    others.map((person) => person.pseudonym),
    everyName(others),
  );
}

function checkPerson(person: Person, others: readonly Person[]): void {
  if (person.role === 'practitioner' && !person.practitionerRole) {
    throw new AppError('validation', "Give the practitioner's role, e.g. Health Visitor: it goes into their pseudonym.");
  }
  if (person.role !== 'practitioner' && person.practitionerRole) {
    throw new AppError('validation', 'Only a practitioner has a professional role. Choose the role Practitioner, or leave the professional role out.');
  }
  if (others.some((other) => pseudonymKey(other.pseudonym) === pseudonymKey(person.pseudonym))) {
    throw new AppError('validation', `Someone else in this review already has the pseudonym "${person.pseudonym}". Choose a different one.`);
  }
  const pseudonym = pseudonymKey(person.pseudonym);
  if (others.some((other) => everyName([other]).some((name) => pseudonymKey(name) === pseudonym))) {
    // Not quoted back: it is someone's real name.
    throw new AppError('validation', "That pseudonym is another person's real name or alias in this review, so the anonymised copy would name them. Choose another.");
  }
  if (revealsName(person.pseudonym, everyName([...others, person]))) {
    // Not quoted back: the pseudonym itself holds (part of) a real name.
    throw new AppError('validation', 'That pseudonym shares a word with a real name or alias in this review, so it could identify someone. Choose another.');
  }
  const clash = others.find((other) => revealsName(other.pseudonym, everyName([person])));
  if (clash) {
    throw new AppError(
      'validation',
      `This name or one of its aliases shares a word with the pseudonym "${clash.pseudonym}" used in this review. Change that pseudonym first, so it cannot identify anyone.`,
    );
  }
}

/** Real names and aliases: everything a pseudonym must not contain. */
function everyName(people: readonly Person[]): string[] {
  return people.flatMap((person) => [person.name, ...person.aliases]);
}

function requirePerson(db: Db, id: string): Person {
  const person = getPerson(db, id);
  if (!person) throw notFound('person');
  return person;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter((entry) => entry[1] !== undefined)) as Partial<T>;
}
