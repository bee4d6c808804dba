/** The agency a file probably comes from, by the words of its name. */

/** File-name words → agency; a run of words matches whole words of the name, in order. */
const agencyNames: ReadonlyArray<[string, string]> = [
  ['childrens-social-care', "Children's Social Care"],
  ['childrens-services', "Children's Social Care"],
  ['social-care', "Children's Social Care"],
  ['csc', "Children's Social Care"],
  ['adult-social-care', 'Adult Social Care'],
  ['adults-social-care', 'Adult Social Care'],
  ['asc', 'Adult Social Care'],
  ['health-visiting', 'Health Visiting'],
  ['health-visitor', 'Health Visiting'],
  ['hv', 'Health Visiting'],
  ['school-nursing', 'School Nursing'],
  ['midwifery', 'Midwifery'],
  ['maternity', 'Midwifery'],
  ['hospital-ed', 'Hospital Emergency Department'],
  ['emergency-department', 'Hospital Emergency Department'],
  ['emergency', 'Hospital Emergency Department'],
  ['ed', 'Hospital Emergency Department'],
  ['a-e', 'Hospital Emergency Department'],
  ['ae', 'Hospital Emergency Department'],
  ['hospital', 'Hospital'],
  ['ambulance', 'Ambulance Service'],
  ['camhs', 'CAMHS'],
  ['mental-health', 'Mental Health'],
  ['police', 'Police'],
  ['gp', 'GP'],
  ['general-practice', 'GP'],
  ['school', 'School'],
  ['nursery', 'Nursery'],
  ['early-help', 'Early Help'],
  ['early-years', 'Early Years'],
  ['probation', 'Probation'],
  ['youth-justice', 'Youth Justice'],
  ['yot', 'Youth Justice'],
  ['housing', 'Housing'],
  ['substance-misuse', 'Substance Misuse Service'],
  ['drug-and-alcohol', 'Substance Misuse Service'],
  ['domestic-abuse', 'Domestic Abuse Service'],
];

/**
 * The agency a file probably comes from, by whole words of its name ("Hartwell police
 * chronology.csv" → Police); the longest run wins, so "adult-social-care" is not Children's Social
 * Care and "school-nursing" is not School. Else the file's name title-cased ("odd-dates.csv" →
 * "Odd Dates"); null for no name.
 */
export function inferAgency(fileName: string): string | null {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  const stem = (dot > 0 ? base.slice(0, dot) : dot === 0 ? '' : base).trim();
  const words = stem
    .toLowerCase()
    .replace(/['\u2019]/g, '')
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

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  for (let start = 0; start + run.length <= words.length; start++) {
    if (run.every((word, offset) => words[start + offset] === word)) return true;
  }
  return false;
}
