/**
 * Suggesting which chronology field each source column feeds, from its header name; a stable
 * signature of a header row (to find a saved mapping for the same agency format); and the agency
 * a file probably comes from, by its name.
 */
import type { ChronologyField, ColumnMapping } from '../../../../shared/chronology/types';

/** Header names for each field, best first. Compared case- and punctuation-insensitively. */
export const fieldSynonyms: Record<ChronologyField, readonly string[]> = {
  date: ['Date', 'Event Date', 'Date/Time', 'Date and time', 'Date of contact', 'Contact date', 'Date of event', 'Incident date', 'Arrival', 'Start date'],
  time: ['Time', 'Time of contact', 'Event time'],
  endDate: ['End date', 'To', 'Date to', 'Until'],
  agency: ['Agency', 'Organisation', 'Organization', 'Agency name'],
  source: ['Source', 'Source System', 'Source of information', 'System', 'Record source'],
  authorRole: ['Officer Role', 'Staff', 'Worker', 'Practitioner', 'Clinician', 'Author', 'Role', 'Author role', 'Staff role', 'Professional'],
  eventType: ['Event Type', 'Contact Type', 'Consultation Type', 'Type', 'Category'],
  event: ['Details', 'Event', 'Description', 'Summary of Contact', 'Notes', 'Presenting complaint', 'Narrative', 'Event details', 'Summary', 'Comments'],
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

const synonymIndex = new Map<string, { field: ChronologyField; rank: number }>();
for (const [field, names] of Object.entries(fieldSynonyms) as Array<[ChronologyField, readonly string[]]>) {
  names.forEach((name, rank) => {
    const key = normaliseHeader(name);
    if (!synonymIndex.has(key)) synonymIndex.set(key, { field, rank });
  });
}

/** The field a header name is a synonym of, if any. */
export function fieldForHeader(header: string): ChronologyField | null {
  return synonymIndex.get(normaliseHeader(header))?.field ?? null;
}

/** One column per field: the column whose header is the field's best synonym (the first such column on a tie). */
export function suggestMapping(headers: string[]): ColumnMapping {
  const mapping: ColumnMapping = headers.map(() => null);
  const best = new Map<ChronologyField, { column: number; rank: number }>();
  headers.forEach((header, column) => {
    const match = synonymIndex.get(normaliseHeader(header));
    if (!match) return;
    const current = best.get(match.field);
    if (!current || match.rank < current.rank) best.set(match.field, { column, rank: match.rank });
  });
  for (const [field, { column }] of best) mapping[column] = field;
  return mapping;
}

/** A stable key for a header row: its normalised names, in order. */
export function formatSignature(headers: string[]): string {
  return headers.map(normaliseHeader).join('|');
}

const agencyNames: ReadonlyArray<[string, string]> = [
  ['childrens-social-care', "Children's Social Care"],
  ['children-s-social-care', "Children's Social Care"],
  ['adult-social-care', 'Adult Social Care'],
  ['social-care', "Children's Social Care"],
  ['csc', "Children's Social Care"],
  ['health-visiting', 'Health Visiting'],
  ['hospital-ed', 'Hospital Emergency Department'],
  ['emergency', 'Hospital Emergency Department'],
  ['ed', 'Hospital Emergency Department'],
  ['mental-health', 'Mental Health'],
  ['police', 'Police'],
  ['gp', 'GP'],
  ['school', 'School'],
  ['probation', 'Probation'],
];

/**
 * The agency a file probably comes from, by whole words of its name ("Hartwell police
 * chronology.csv" → Police; the longest match wins, so "adult-social-care" is not Children's
 * Social Care); else the file's name title-cased ("odd-dates.csv" → "Odd Dates"); null for no name.
 */
export function inferAgency(fileName: string): string | null {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  const stem = (dot >= 0 ? base.slice(0, dot) : base).trim();
  const words = stem
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let found: { name: string; length: number } | null = null;
  for (const [key, name] of agencyNames) {
    const keyWords = key.split('-');
    if (found && keyWords.length <= found.length) continue;
    if (containsRun(words, keyWords)) found = { name, length: keyWords.length };
  }
  if (found) return found.name;
  const title = stem
    .split(/[\s_-]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
  return title === '' ? null : title;
}

function containsRun(words: string[], run: string[]): boolean {
  for (let start = 0; start + run.length <= words.length; start++) {
    if (run.every((word, offset) => words[start + offset] === word)) return true;
  }
  return false;
}
