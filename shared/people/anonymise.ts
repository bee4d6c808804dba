/**
 * Replaces real names with pseudonyms, for the anonymised view and anything that may be shared.
 *
 * Each person is matched by their full name, their aliases and spelling variants, and also by
 * each word of their name on its own — agencies write "Maisie (4 months)" and "Farrow arrested".
 * A name word that belongs to several people cannot be given to one of them: a shared family name
 * ("Hartwell") becomes "[family name]", any other shared word "[name]". Matching ignores case,
 * takes whole words only ("Deanery" is not "Dean", "Kerryanne" is not "Kerry") and the longest
 * match first ("Kerry Hartwell" before "Kerry"); a possessive keeps its 's and a plural its s
 * ("the Hartwells" → "the [family name]s"), since a leak is worse than an odd word.
 *
 * One regular expression is built per register of people, so anonymising 50,000 entries is one
 * linear pass each.
 */
export interface NamedPerson {
  name: string;
  pseudonym: string;
  aliases: readonly string[];
}

export const sharedFamilyName = '[family name]';
export const sharedName = '[name]';

interface Replacement {
  /** Whose name it is (by pseudonym). */
  owners: Set<string>;
  /** The word ends someone's name: a family name. */
  familyName: boolean;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Lower case, one space between words, straight apostrophes: the key a match is looked up by. */
function normal(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019`]/g, "'").replace(/\s+/g, ' ').trim();
}

/** Titles and suffixes written as part of a name ("Mr Dean Farrow") that say nothing about who it is. */
const titles = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'jr', 'sr', 'jnr', 'snr']);

/**
 * The words of a name, each with whether it is (part of) the family name: "j smith-okafor" gives
 * "smith-okafor", "smith" and "okafor" (all family name); one-letter words and titles are left out.
 */
function wordsOf(phrase: string): Array<[word: string, familyName: boolean]> {
  const spaced = phrase.split(' ').map((word) => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));
  const last = spaced.length - 1;
  const words: Array<[string, boolean]> = [];
  spaced.forEach((word, index) => {
    const parts = word.split('-');
    for (const part of parts.length > 1 ? [word, ...parts] : parts) {
      if (part.replace(/[^\p{L}]/gu, '').length > 1 && !titles.has(part)) words.push([part, index === last]);
    }
  });
  return words;
}

/** Every phrase to replace (lower-cased) with whose it is. */
function buildTable(people: readonly NamedPerson[]): Map<string, string> {
  const found = new Map<string, Replacement>();
  const add = (key: string, owner: string, familyName: boolean) => {
    const known = found.get(key);
    if (known) {
      known.owners.add(owner);
      known.familyName ||= familyName;
    } else found.set(key, { owners: new Set([owner]), familyName });
  };
  for (const person of people) {
    for (const phrase of [person.name, ...person.aliases]) {
      const key = normal(phrase);
      // A one-letter name ("J") would replace every "J" in the text: ignored.
      if (key.replace(/[^\p{L}]/gu, '').length < 2) continue;
      add(key, person.pseudonym, false);
      for (const [word, familyName] of wordsOf(key)) add(word, person.pseudonym, familyName && phrase === person.name);
    }
  }
  const table = new Map<string, string>();
  for (const [key, { owners, familyName }] of found) {
    table.set(key, owners.size === 1 ? [...owners][0]! : familyName ? sharedFamilyName : sharedName);
  }
  return table;
}

function buildPattern(keys: Iterable<string>): RegExp | null {
  const alternatives = [...keys]
    .sort((a, b) => b.length - a.length)
    .map((key) =>
      escape(key)
        .replace(/ /g, '\\s+')
        .replace(/'/g, "['\u2018\u2019`]"),
    );
  if (alternatives.length === 0) return null;
  // Whole words: no letter or digit just before; just after, nothing but an optional plural "s".
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?=s?(?![\\p{L}\\p{N}]))`, 'giu');
}

/** The function that anonymises a text for this register of people. */
export function createAnonymiser(people: readonly NamedPerson[]): (text: string) => string {
  const table = buildTable(people);
  const pattern = buildPattern(table.keys());
  if (!pattern) return (text) => text;
  // The same few spellings match again and again ("Maisie", "Kerry Hartwell"): remember what each
  // exact spelling becomes (bounded), so most matches cost one map lookup.
  const known = new Map<string, string>();
  const replace = (found: string): string => {
    let pseudonym = known.get(found);
    if (pseudonym === undefined) {
      pseudonym = table.get(normal(found)) ?? sharedName;
      if (known.size < 10_000) known.set(found, pseudonym);
    }
    return pseudonym;
  };
  return (text) => text.replace(pattern, replace);
}

/** A checker for leaks: the real names, aliases or name words of these people found in a text. */
export function createNameFinder(people: readonly NamedPerson[]): (text: string) => string[] {
  const pattern = buildPattern(buildTable(people).keys());
  if (!pattern) return () => [];
  return (text) => [...new Set(text.match(pattern) ?? [])];
}

const finders = new WeakMap<readonly NamedPerson[], (text: string) => string[]>();

/**
 * The real names, aliases or name words of these people that appear in `text` (for leak checks).
 * The pattern is built once per register array, so checking many texts with one array is cheap;
 * a changed register should be a new array.
 */
export function findNames(people: readonly NamedPerson[], text: string): string[] {
  let finder = finders.get(people);
  if (!finder) finders.set(people, (finder = createNameFinder(people)));
  return finder(text);
}
