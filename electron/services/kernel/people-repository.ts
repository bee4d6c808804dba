/** The people register: real names, roles and pseudonyms, one review at a time. */
import type { PersonRole } from '../../../shared/reviews/catalogue';
import type { PersonPatch } from '../../../shared/reviews/schemas';
import type { Person } from '../../../shared/reviews/types';
import type { Db } from '../sqlite';
import { fromJson, patchColumns, toJson, updateColumns, type SqlValue } from './sql';

interface PersonRow {
  id: string;
  review_id: string;
  real_name: string;
  role: string;
  relationship: string | null;
  practitioner_role: string | null;
  agency: string | null;
  date_of_birth: string | null;
  pseudonym: string;
  aliases: string;
  created_at: string;
  updated_at: string;
}

function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    reviewId: row.review_id,
    name: row.real_name,
    role: row.role as PersonRole,
    relationship: row.relationship,
    practitionerRole: row.practitioner_role,
    agency: row.agency,
    dateOfBirth: row.date_of_birth,
    pseudonym: row.pseudonym,
    aliases: fromJson<string>(row.aliases),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function insertPerson(db: Db, person: Person): void {
  const row: PersonRow = {
    id: person.id,
    review_id: person.reviewId,
    real_name: person.name,
    role: person.role,
    relationship: person.relationship,
    practitioner_role: person.practitionerRole,
    agency: person.agency,
    date_of_birth: person.dateOfBirth,
    pseudonym: person.pseudonym,
    aliases: toJson(person.aliases),
    created_at: person.createdAt,
    updated_at: person.updatedAt,
  };
  const columns = Object.keys(row);
  db.prepare(`INSERT INTO review_people (${columns.join(', ')}) VALUES (${columns.map((column) => '@' + column).join(', ')})`).run(row);
}

export function getPerson(db: Db, id: string): Person | null {
  const row = db.prepare<[string], PersonRow>('SELECT * FROM review_people WHERE id = ?').get(id);
  return row ? toPerson(row) : null;
}

/** In the order they were added. */
export function listPeople(db: Db, reviewId: string): Person[] {
  return db.prepare<[string], PersonRow>('SELECT * FROM review_people WHERE review_id = ? ORDER BY rowid').all(reviewId).map(toPerson);
}

export function personPatchColumns(patch: Omit<PersonPatch, 'id'>): Record<string, SqlValue> {
  return patchColumns(patch, {
    name: (name) => ['real_name', name],
    role: (role) => ['role', role],
    relationship: (relationship) => ['relationship', relationship],
    practitionerRole: (role) => ['practitioner_role', role],
    agency: (agency) => ['agency', agency],
    dateOfBirth: (date) => ['date_of_birth', date],
    pseudonym: (pseudonym) => ['pseudonym', pseudonym],
    aliases: (aliases) => ['aliases', toJson(aliases)],
  });
}

export function updatePersonColumns(db: Db, id: string, values: Record<string, SqlValue>, updatedAt: string): boolean {
  return updateColumns(db, 'review_people', id, values, updatedAt);
}

export function deletePerson(db: Db, id: string): boolean {
  return db.prepare('DELETE FROM review_people WHERE id = ?').run(id).changes === 1;
}
