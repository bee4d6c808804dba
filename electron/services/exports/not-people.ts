/** Words the user marked "not a person" (a place, a team, a product): the names check skips them in this workspace. */
import type { NotPerson } from '../../../shared/exports/types';
import { nameKey } from '../../../shared/people/unknown-names';
import { audit, read, timestamp, write, type Kernel } from '../kernel';
import { deleteNotPerson, insertNotPerson, listNotPeople } from './records';

export function notPeople(kernel: Kernel): NotPerson[] {
  return read(kernel, listNotPeople);
}

export function markNotPerson(kernel: Kernel, name: string, candidateKey?: string): NotPerson[] {
  return write(kernel, (db) => {
    // The check's own key when it gave one: it covers only the words the register does not know.
    const key = candidateKey ? nameKey(candidateKey) : nameKey(name);
    insertNotPerson(db, { key, name: name.trim(), markedAt: timestamp(kernel) });
    // The key may itself be a name someone later registers: the audit records only that it happened.
    audit(kernel, 'export.not-person-marked', 'workspace', null);
    return listNotPeople(db);
  });
}

export function unmarkNotPerson(kernel: Kernel, key: string): NotPerson[] {
  return write(kernel, (db) => {
    if (deleteNotPerson(db, key)) audit(kernel, 'export.not-person-unmarked', 'workspace', null);
    return listNotPeople(db);
  });
}
