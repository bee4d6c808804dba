/**
 * The check before an anonymised export: likely personal names in the text that the people
 * register does not know. The user resolves each (adds them to the register, or marks them "not
 * a person") or exports anyway with a reason; until then an anonymised export is refused.
 */
import { AppError } from '../../../shared/errors';
import type { UnknownName } from '../../../shared/exports/types';
import { findUnknownNames } from '../../../shared/people/unknown-names';
import { peopleToCheck, type Db } from '../kernel';
import { isCommonWord } from '../people';
import type { ExportProduct } from './product';
import { listNotPeople } from './records';

export function unknownNames(db: Db, product: Pick<ExportProduct, 'reviewId' | 'sourceTexts'>): UnknownName[] {
  const people = peopleToCheck(db, product.reviewId);
  const notPeople = new Set(listNotPeople(db).map((entry) => entry.key));
  return findUnknownNames(product.sourceTexts(), { people, notPeople, isCommonWord });
}

/** How the names are listed in a message: the first few, and how many more. */
export function listNames(candidates: readonly UnknownName[], shown = 8): string {
  const names = candidates.slice(0, shown).map((candidate) => candidate.name);
  const more = candidates.length - names.length;
  return names.join(', ') + (more > 0 ? ` and ${more} more` : '');
}

export function unresolvedError(candidates: readonly UnknownName[]): AppError {
  const count = candidates.length;
  return new AppError(
    'validation',
    `The anonymised copy was not saved: ${count === 1 ? 'a name' : `${count} names`} in it ${count === 1 ? 'is' : 'are'} not in the people register (${listNames(candidates)}). ` +
      'Add each person to the register so their pseudonym is used, mark what is not a person, or export anyway and give the reason.',
  );
}

