/**
 * What the review already knows that the terms name: the agencies in its record, its chronology
 * (their files and entries) and its people register, and the professionals in that register, offered
 * to pick in the agencies and panel fields so they are not typed again.
 */
import type { Person } from '../../../shared/reviews/types';
import { call } from '../../lib/api';

export interface KnownPerson {
  id: string;
  name: string;
  role: string;
  agency: string;
}

export interface KnownToReview {
  agencies: string[];
  people: KnownPerson[];
}

/** Each agency once, however it was capitalised or spaced, in the order first met. */
export function distinctAgencies(names: readonly (string | null | undefined)[]): string[] {
  const seen = new Map<string, string>();
  for (const name of names) {
    const trimmed = name?.replace(/\s+/g, ' ').trim();
    if (trimmed && !seen.has(trimmed.toLowerCase())) seen.set(trimmed.toLowerCase(), trimmed);
  }
  return [...seen.values()];
}

/** Family members never sit on the panel: only the register's professionals are offered. */
export function panelCandidates(people: readonly Person[]): KnownPerson[] {
  return people
    .filter((person) => person.role === 'practitioner' || (person.role === 'other' && (person.practitionerRole || person.agency)))
    .map((person) => ({ id: person.id, name: person.name, role: person.practitionerRole ?? '', agency: person.agency ?? '' }));
}

export async function readKnown(reviewId: string): Promise<KnownToReview> {
  // One entry is enough: the list carries every agency with entries, read from the composite's index.
  const [review, chronology, submissions, people] = await Promise.all([
    call('review:get', { id: reviewId }),
    call('chronology:list', { reviewId, anonymised: false, window: { offset: 0, limit: 1 } }),
    call('chronology:submissions', { reviewId }),
    call('people:list', { reviewId }),
  ]);
  const fromFiles = submissions.filter((submission) => !submission.removed).map((submission) => submission.agency);
  return { agencies: distinctAgencies([...review.agencies, ...fromFiles, ...chronology.agencies, ...people.map((person) => person.agency)]), people: panelCandidates(people) };
}

/** Whether `name` is already in `list`, as distinctAgencies would see it. */
export function hasAgency(list: readonly string[], name: string): boolean {
  const key = name.replace(/\s+/g, ' ').trim().toLowerCase();
  return list.some((item) => item.replace(/\s+/g, ' ').trim().toLowerCase() === key);
}
