/**
 * Pseudonyms as published reports use them: "Child A", "Sibling 1", "Mother",
 * "Practitioner 3 (Health Visitor)". A suggestion never repeats a pseudonym already used in the
 * review (compared without regard to case or spacing), and never carries a word of anyone's real
 * name or alias — a single real name in a published report is a serious incident in itself.
 */
import type { PersonRole } from './catalogue';
import { capitalise, tidy } from './text';

export interface PseudonymRequest {
  role: PersonRole;
  /** e.g. "mother", "maternal grandmother", "foster carer". */
  relationship?: string | null;
  /** Practitioners: e.g. "Health Visitor". */
  practitionerRole?: string | null;
  /** The review's subject label ("Child M"): the first child is suggested it. */
  subject?: string | null;
}

/** How two pseudonyms are compared: "child  a" and "Child A" are the same. */
export function pseudonymKey(pseudonym: string): string {
  return tidy(pseudonym).toLowerCase();
}

/**
 * The suggestion for a new person, given the pseudonyms already used in the review and the real
 * names and aliases there (so that no part of one leaks into a suggestion).
 */
export function suggestPseudonym(request: PseudonymRequest, taken: readonly string[], names: readonly string[] = []): string {
  const used = new Set(taken.map(pseudonymKey));
  const isFree = (candidate: string) => !used.has(pseudonymKey(candidate)) && !revealsName(candidate, names);
  const relationship = request.relationship ? capitalise(tidy(request.relationship)) : null;
  const byRelationship = (fallback: string) =>
    relationship && !revealsName(relationship, names) ? firstFree(relationship, isFree) : numbered(fallback, used);

  switch (request.role) {
    case 'child':
      if (request.subject && isFree(tidy(request.subject))) return tidy(request.subject);
      return lettered('Child', used);
    case 'sibling':
      return numbered('Sibling', used);
    case 'parent':
      return byRelationship('Parent');
    case 'parents-partner':
      return byRelationship('Parent’s partner');
    case 'step-parent':
      return byRelationship('Step-parent');
    case 'carer':
      return byRelationship('Carer');
    case 'household-adult':
      return byRelationship('Adult in the household');
    case 'other':
      return byRelationship('Person');
    case 'other-family':
      return byRelationship('Family member');
    case 'practitioner': {
      const numbers = usedPractitionerNumbers(used);
      const number = lowestFree((n) => !numbers.has(n));
      const role = request.practitionerRole ? tidy(request.practitionerRole) : null;
      const withRole = `Practitioner ${number} (${role})`;
      return role && isFree(withRole) ? withRole : `Practitioner ${number}`;
    }
  }
}

/**
 * True when the pseudonym shares a word (three letters or more) with any of the names — the
 * check behind refusing "Child Maisie" while Maisie Hartwell is in the review.
 */
export function revealsName(pseudonym: string, names: readonly string[]): boolean {
  const words = new Set(wordsOf(pseudonym));
  return names.some((name) => wordsOf(name).some((word) => words.has(word)));
}

function wordsOf(text: string): string[] {
  // Apostrophes and hyphens split words: "Dean's" holds "dean", "Marchbanks-Fairweather" both halves.
  return (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((word) => word.length >= 3);
}

function firstFree(base: string, isFree: (candidate: string) => boolean): string {
  if (isFree(base)) return base;
  for (let n = 2; ; n++) if (isFree(`${base} ${n}`)) return `${base} ${n}`;
}

function numbered(prefix: string, used: ReadonlySet<string>): string {
  return `${prefix} ${lowestFree((n) => !used.has(pseudonymKey(`${prefix} ${n}`)))}`;
}

function lettered(prefix: string, used: ReadonlySet<string>): string {
  return `${prefix} ${letters(lowestFree((n) => !used.has(pseudonymKey(`${prefix} ${letters(n)}`))))}`;
}

function lowestFree(isFree: (n: number) => boolean): number {
  let n = 1;
  while (!isFree(n)) n++;
  return n;
}

/** 1 → A, 26 → Z, 27 → AA: enough letters for any family. */
function letters(n: number): string {
  let result = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) result = String.fromCharCode(65 + ((rest - 1) % 26)) + result;
  return result;
}

/** "Practitioner 3 (Health Visitor)" and "Practitioner 3" both use number 3. */
function usedPractitionerNumbers(used: ReadonlySet<string>): Set<number> {
  const numbers = new Set<number>();
  for (const key of used) {
    const match = /^practitioner (\d+)(?: |\(|$)/.exec(key);
    if (match) numbers.add(Number(match[1]));
  }
  return numbers;
}
