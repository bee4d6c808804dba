/**
 * A review's people as the anonymiser sees them, and the anonymiser built from them: every
 * anonymised view and export of every domain gets its pseudonyms here, so they all agree.
 */
import { createAnonymiser, type NamedPerson } from '../../../shared/people';
import type { Db } from '../sqlite';
import { listPeople } from './people-repository';
import { listReviews } from './review-repository';

export function namedPeople(db: Db, reviewId: string): NamedPerson[] {
  return listPeople(db, reviewId).map(({ name, pseudonym, aliases, relationship, role }) => ({ name, pseudonym, aliases, relationship, role }));
}

export interface Anonymiser {
  /** Changes whenever the register does: a cached anonymised view is stale when it differs. */
  key: string;
  people: NamedPerson[];
  anonymise: (text: string) => string;
}

/** The anonymiser for a review's people register. */
export function anonymiserFor(db: Db, reviewId: string): Anonymiser {
  const people = namedPeople(db, reviewId);
  // Built on first use: a cached anonymised view only needs the key to know it is still current.
  let anonymise: ((text: string) => string) | null = null;
  return { key: JSON.stringify(people), people, anonymise: (text) => (anonymise ??= createAnonymiser(people))(text) };
}

/**
 * The people a names check and a leak check look for: one review's register, or for the
 * partnership's exports across reviews (reviewId null) every review's register in the workspace.
 */
export function peopleToCheck(db: Db, reviewId: string | null): NamedPerson[] {
  if (reviewId) return namedPeople(db, reviewId);
  return listReviews(db).flatMap((review) => namedPeople(db, review.id));
}
