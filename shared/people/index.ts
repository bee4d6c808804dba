/** People and their pseudonyms: the anonymiser every anonymised view and export goes through. */
export { createAnonymiser, createNameFinder, findNames, sharedFamilyName, sharedName, type NamedPerson } from './anonymise';
export { pseudonymKind, type PseudonymKind } from './pseudonym-kind';
