/**
 * Replaces real names with pseudonyms, for the anonymised view and anything that may be shared.
 *
 * Each person is matched by their full name, their aliases and spelling variants, and also by
 * each word of their name on its own — agencies write "Maisie (4 months)" and "Farrow arrested".
 * A name word that belongs to several people (a family name) cannot be given to one of them, so
 * it becomes "[family name]". Matching ignores case, takes whole words only ("Deanery" is not
 * "Dean") and the longest match first; a possessive keeps its 's.
 */
export interface NamedPerson {
  name: string;
  pseudonym: string;
  aliases: readonly string[];
}

const shared = '[family name]';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function normal(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Every phrase to replace, lower-cased, with what replaces it. */
function replacements(people: readonly NamedPerson[]): Map<string, string> {
  const whole = new Map<string, string>();
  const words = new Map<string, Set<string>>();
  for (const person of people) {
    for (const phrase of [person.name, ...person.aliases]) {
      const key = normal(phrase);
      if (key.length < 2) continue;
      whole.set(key, whole.has(key) && whole.get(key) !== person.pseudonym ? shared : person.pseudonym);
      for (const word of key.split(' ')) {
        if (word.length < 2) continue;
        const owners = words.get(word) ?? new Set<string>();
        owners.add(person.pseudonym);
        words.set(word, owners);
      }
    }
  }
  const all = new Map<string, string>();
  for (const [word, owners] of words) all.set(word, owners.size === 1 ? [...owners][0]! : shared);
  for (const [phrase, pseudonym] of whole) all.set(phrase, pseudonym);
  return all;
}

function matcher(phrases: Iterable<string>): RegExp | null {
  const list = [...phrases].sort((a, b) => b.length - a.length).map((phrase) => phrase.split(' ').map(escape).join('\\s+'));
  if (list.length === 0) return null;
  // Whole words: no letter, digit or joining hyphen/apostrophe-letter on either side.
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

export function createAnonymiser(people: readonly NamedPerson[]): (text: string) => string {
  const table = replacements(people);
  const pattern = matcher(table.keys());
  if (!pattern) return (text) => text;
  return (text) => text.replace(pattern, (found) => table.get(normal(found)) ?? shared);
}

/** The real names, aliases or name words of these people that appear in `text` (for leak checks). */
export function findNames(people: readonly NamedPerson[], text: string): string[] {
  const pattern = matcher(replacements(people).keys());
  return pattern ? [...new Set(text.match(pattern) ?? [])] : [];
}
