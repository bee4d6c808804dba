/**
 * Which chronology field a column's header names. First the exact names agencies use ("Date/Time",
 * "Summary of Contact"), compared case- and punctuation-insensitively; then, for names not in the
 * list, the field word the name is about ("Date of incident" is a date, "Incident details" an
 * event, "Role of professional" an author role). An exact name always beats a looser one.
 */
import type { ChronologyField } from '../../../../shared/chronology/types';

/** Header names for each field, best first. */
export const fieldSynonyms: Record<ChronologyField, readonly string[]> = {
  date: ['Date', 'Event Date', 'Date/Time', 'Date and time', 'Date of contact', 'Contact date', 'Date of event', 'Incident date', 'Arrival', 'Start date', 'When', 'From'],
  time: ['Time', 'Time of contact', 'Event time'],
  endDate: ['End date', 'To', 'Date to', 'Until'],
  agency: ['Agency', 'Organisation', 'Organization', 'Agency name'],
  source: ['Source', 'Source System', 'Source of information', 'Record', 'System', 'Record source'],
  authorRole: ['Officer Role', 'Staff', 'Worker', 'Practitioner', 'Clinician', 'Author', 'Role', 'Author role', 'Staff role', 'Professional', 'Recorded by'],
  eventType: ['Event Type', 'Contact Type', 'Consultation Type', 'Type', 'Category'],
  event: ['Details', 'Event', 'Description', 'Summary of Contact', 'Notes', 'Presenting complaint', 'Narrative', 'Event details', 'Summary', 'Comments', 'What happened'],
  action: ['Action', 'Action Taken', 'Actions'],
  outcome: ['Outcome', 'Outcome / Plan', 'Discharge outcome', 'Result', 'Plan'],
  significance: ['Significance', 'Significance (H/M/L)', 'Priority', 'Risk', 'Risk level'],
};

/** Lower case, every run of punctuation or space one space: "Outcome / Plan" → "outcome plan". */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export interface HeaderMatch {
  field: ChronologyField;
  /** Lower is better: an exact name's place in its list (0–99), a looser match 100 or more. */
  rank: number;
  exact: boolean;
}

const exactNames = new Map<string, HeaderMatch>();
for (const [field, names] of Object.entries(fieldSynonyms) as Array<[ChronologyField, readonly string[]]>) {
  names.forEach((name, rank) => {
    const key = normaliseHeader(name);
    if (!exactNames.has(key)) exactNames.set(key, { field, rank, exact: true });
  });
}

/** The words that say what a looser header is about. */
const fieldWords: Readonly<Record<string, ChronologyField>> = {
  date: 'date',
  time: 'time',
  agency: 'agency',
  organisation: 'agency',
  organization: 'agency',
  source: 'source',
  system: 'source',
  role: 'authorRole',
  worker: 'authorRole',
  practitioner: 'authorRole',
  clinician: 'authorRole',
  author: 'authorRole',
  staff: 'authorRole',
  officer: 'authorRole',
  professional: 'authorRole',
  type: 'eventType',
  category: 'eventType',
  nature: 'eventType',
  details: 'event',
  detail: 'event',
  description: 'event',
  narrative: 'event',
  summary: 'event',
  notes: 'event',
  note: 'event',
  event: 'event',
  events: 'event',
  incident: 'event',
  action: 'action',
  actions: 'action',
  outcome: 'outcome',
  outcomes: 'outcome',
  result: 'outcome',
  results: 'outcome',
  plan: 'outcome',
  decision: 'outcome',
  significance: 'significance',
  priority: 'significance',
  risk: 'significance',
  rag: 'significance',
  severity: 'significance',
};
/** A date column about a birth is not the event's date ("Date of birth", "Child DOB"). */
const notEventDate = new Set(['birth', 'dob', 'born']);
/** "Date ended", "Date (to)": the end of a range. */
const endWords = new Set(['end', 'ended', 'to', 'until', 'finish', 'finished']);
/** When the record was typed, not when the event happened: a date column only if there is no better one. */
const entryWords = new Set(['recorded', 'entered', 'created', 'input', 'modified', 'updated', 'added']);
/** "Incident number", "Event ID": a reference, not the field. */
const identifierWords = new Set(['number', 'no', 'id', 'ref', 'reference', 'code']);

/** The field a header names, with how well; null when it names none. */
export function matchHeader(header: string): HeaderMatch | null {
  const exact = exactNames.get(normaliseHeader(header));
  if (exact) return exact;
  const words = normaliseHeader(header).split(' ');
  if (words.some((word) => notEventDate.has(word))) return null;
  // "Name and role of professional": the first part that names a field ("role of professional"),
  // and in it the words before "of" ("role"), and of those the last field word (English puts the
  // noun a header is about last: "Incident details" is details).
  for (const part of header.toLowerCase().split(/\s*(?:[/&+,;]|\band\b)\s*/)) {
    const partWords = normaliseHeader(part).split(' ').filter(Boolean);
    const of = partWords.indexOf('of');
    const phrases = of > 0 ? [partWords.slice(0, of), partWords.slice(of + 1)] : [partWords];
    for (const phrase of phrases) {
      if (identifierWords.has(phrase[phrase.length - 1] ?? '')) return null;
      const word = phrase.findLast((candidate) => candidate in fieldWords);
      if (word === undefined) continue;
      const field = fieldWords[word]!;
      if (field === 'date' && partWords.some((candidate) => endWords.has(candidate))) return { field: 'endDate', rank: 100, exact: false };
      const late = field === 'date' && partWords.some((candidate) => entryWords.has(candidate));
      return { field, rank: late ? 150 : 100, exact: false };
    }
  }
  return null;
}

/** The field a header name is a synonym of, if any. */
export function fieldForHeader(header: string): ChronologyField | null {
  return matchHeader(header)?.field ?? null;
}
