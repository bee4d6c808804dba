/**
 * Replaces real names with pseudonyms, for the anonymised view and anything that may be shared.
 *
 * Each person is matched by their full name, their aliases and spelling variants, and also by
 * each word of their name on its own — agencies write "Maisie (4 months)" and "Farrow arrested".
 * A name word that belongs to several people cannot be given to one of them: a shared family name
 * ("Hartwell") becomes "[family name]", any other shared word "[name]". Matching ignores case and
 * accents, reads across line breaks and hyphens (name-pattern.ts), takes whole words only
 * ("Deanery" is not "Dean", "Kerryanne" is not "Kerry") and the longest match first ("Kerry
 * Hartwell" before "Kerry"); a possessive keeps its 's and a plural its s ("the Hartwells" →
 * "the [family name]s"), since a leak is worse than an odd word.
 *
 * A person's pseudonym is written so the sentence still reads (write-pseudonym.ts): "the mother,
 * Kerry, told" becomes "the mother told", not "the mother, Mother, told".
 *
 * One regular expression is built per register of people (with a second spelling for text with
 * combining marks, name-pattern.ts), and the rules look back only a few words, so anonymising
 * 50,000 entries is one linear pass each.
 */
import { grammarOf, type Grammar } from './grammar';
import { fold, keyOf, namePattern, searchFor } from './name-pattern';
import { Output } from './output';
import { writePseudonym } from './write-pseudonym';

export interface NamedPerson {
  name: string;
  pseudonym: string;
  aliases: readonly string[];
}

export const sharedFamilyName = '[family name]';
export const sharedName = '[name]';

/** What a name is replaced by: a person's pseudonym (with its grammar), or a neutral token. */
interface Target {
  text: string;
  /** Null for a shared name's token, which is written as it is. */
  grammar: Grammar | null;
}

/** Titles and suffixes written as part of a name ("Mr Dean Farrow") that say nothing about who it is. */
const titles = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'jr', 'sr', 'jnr', 'snr']);

/**
 * The words of a folded name, each with whether it is (part of) the family name: "j smith-okafor"
 * gives "smith-okafor", "smith" and "okafor" (all family name); one-letter words and titles are left out.
 */
function wordsOf(phrase: string): Array<[word: string, familyName: boolean]> {
  // Marks stay: a Devanagari vowel sign ending a word is part of the name.
  const spaced = phrase.split(' ').map((word) => word.replace(/^[^\p{L}\p{M}]+|[^\p{L}\p{M}]+$/gu, ''));
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

/** Every name key (see keyOf) with what replaces it. */
function buildTable(people: readonly NamedPerson[]): Map<string, Target> {
  const found = new Map<string, { owners: Set<NamedPerson>; familyName: boolean }>();
  const add = (phrase: string, owner: NamedPerson, familyName: boolean) => {
    const key = keyOf(phrase);
    const known = found.get(key);
    if (known) {
      known.owners.add(owner);
      known.familyName ||= familyName;
    } else found.set(key, { owners: new Set([owner]), familyName });
  };
  for (const person of people) {
    for (const phrase of [person.name, ...person.aliases]) {
      const folded = fold(phrase);
      // A one-letter name ("J") would replace every "J" in the text: ignored.
      if (folded.replace(/[^\p{L}]/gu, '').length < 2) continue;
      add(folded, person, false);
      for (const [word, familyName] of wordsOf(folded)) add(word, person, familyName && phrase === person.name);
    }
  }
  const grammars = new Map<string, Grammar>();
  const grammar = (pseudonym: string) => grammars.get(pseudonym) ?? grammars.set(pseudonym, grammarOf(pseudonym)).get(pseudonym)!;
  const table = new Map<string, Target>();
  for (const [key, { owners, familyName }] of found) {
    const pseudonyms = new Set([...owners].map((owner) => owner.pseudonym));
    const only = pseudonyms.size === 1 ? [...pseudonyms][0]! : null;
    table.set(key, only !== null ? { text: only, grammar: grammar(only) } : { text: familyName ? sharedFamilyName : sharedName, grammar: null });
  }
  return table;
}

/** The function that anonymises a text for this register of people. */
export function createAnonymiser(people: readonly NamedPerson[]): (text: string) => string {
  const table = buildTable(people);
  const pattern = namePattern(table.keys());
  if (!pattern) return (text) => text;
  // The same few spellings match again and again ("Maisie", "Kerry Hartwell"): remember what each
  // exact spelling becomes (bounded), so most matches cost one map lookup.
  const known = new Map<string, Target>();
  const targetOf = (found: string): Target => {
    let target = known.get(found);
    if (target === undefined) {
      target = table.get(keyOf(found)) ?? { text: sharedName, grammar: null };
      if (known.size < 10_000) known.set(found, target);
    }
    return target;
  };
  return (text) => {
    const { names, subject } = searchFor(pattern, text);
    let match = names.exec(subject);
    if (!match) return text;
    const out = new Output();
    let read = 0;
    do {
      const start = match.index;
      const end = start + match[0].length;
      out.push(text.slice(read, start));
      const found = subject === text ? match[0] : text.slice(start, end);
      const target = targetOf(found);
      if (target.grammar) read = writePseudonym(out, text, end, target.grammar, keyOf(found));
      else {
        out.push(target.text, true);
        read = end;
      }
      names.lastIndex = read;
    } while ((match = names.exec(subject)));
    out.push(text.slice(read));
    return out.toString();
  };
}

/**
 * A checker for leaks: the real names, aliases or name words of these people found in a text, in
 * any form the anonymiser would have replaced (any case or accents, across line breaks, before a
 * possessive, either side of a hyphen).
 */
export function createNameFinder(people: readonly NamedPerson[]): (text: string) => string[] {
  const pattern = namePattern(buildTable(people).keys());
  if (!pattern) return () => [];
  return (text) => {
    const { names, subject } = searchFor(pattern, text);
    // Reported as written in the text, accents and all, so the user can find it.
    return [...new Set(Array.from(subject.matchAll(names), (match) => text.slice(match.index, match.index + match[0].length)))];
  };
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
