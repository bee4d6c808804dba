/**
 * What a descriptor pseudonym can make redundant around a name. "Maternal grandmother" holds
 * the role phrases "maternal grandmother" (all of it) and "grandmother" (its role word); a text
 * that already says one of them right before or after the name ("grandmother Janet", "Janet
 * (grandmother)") needs the pseudonym once, not the role twice.
 */
import { escapeRegExp } from './name-pattern';
import { isRoleWord, pseudonymKind, roleForm, variantsOf, wordsIn } from './pseudonym-kind';

export interface Grammar {
  /** The pseudonym as registered: published reports write "Mother" as a name, capital and all. */
  pseudonym: string;
  /** The pseudonym starting with a capital, for the start of a sentence (the same string when it has one). */
  capitalised: string;
  /**
   * Each role phrase (in role form, words joined by one space) and whether it is the whole
   * pseudonym. After the whole pseudonym the name adds nothing and is dropped ("the mother,
   * Kerry, said" → "the mother said"); after part of it the phrase and the name become the
   * pseudonym ("grandmother Janet" → "Maternal grandmother"), so the label that tells two
   * grandmothers apart is not lost.
   */
  phrases: ReadonlyMap<string, boolean>;
  /** The last word of every phrase, in lower case and every spelling: a cheap first look before any pattern runs. */
  lastWords: ReadonlySet<string>;
  /** The last letters of those words, either case, as character codes: a cheaper look still. */
  lastLetters: ReadonlySet<number>;
  /** A phrase ending the text before a name: `(det)? (phrase: (whole)? …) (sep)$`, as named groups. */
  before: RegExp | null;
  /** Sticky, at the end of a name: a parenthesis `( (bracketed) (closer)` or an aside `, (aside)`. */
  after: RegExp | null;
}

const determiners = 'the|a|an|her|his|their|its|our|my|your';
const apostrophe = "['\\u2018\\u2019\\u02bc`]";
/** "Maisie's" in "Kerry (Maisie's mother)": whose role it is, said by the pseudonym anyway. */
const possessive = `[\\p{L}\\p{N}\\p{M}]+${apostrophe}s`;

/** The role phrases of a pseudonym: every run of its words holding a role word, within each part. */
function rolePhrases(pseudonym: string): Map<string, boolean> {
  const phrases = new Map<string, boolean>();
  if (pseudonymKind(pseudonym) === 'name') return phrases;
  // "Practitioner 3 (Health Visitor)": "practitioner 3" and "health visitor" are each a part;
  // a run across the parenthesis would never be written in a sentence.
  const parts = pseudonym.split(/[()]/).filter((part) => part.trim() !== '');
  for (const part of parts) {
    const words = wordsIn(part).map(roleForm);
    for (let from = 0; from < words.length; from++) {
      for (let to = from + 1; to <= words.length; to++) {
        const run = words.slice(from, to);
        if (!run.some(isRoleWord)) continue;
        const whole = parts.length === 1 && from === 0 && to === words.length;
        phrases.set(run.join(' '), whole || phrases.get(run.join(' ')) === true);
      }
    }
  }
  return phrases;
}

/** A word of a phrase as a pattern: "mother's" also as "mum's", with any apostrophe. */
function wordPattern(word: string): string {
  const owned = word.endsWith("'s");
  const stem = owned ? word.slice(0, -2) : word;
  const variants = variantsOf(stem).map(escapeRegExp).join('|');
  return `(?:${variants})${owned ? `${apostrophe}s` : ''}`;
}

export function grammarOf(pseudonym: string): Grammar {
  const phrases = rolePhrases(pseudonym);
  const lastWords = new Set<string>();
  for (const phrase of phrases.keys()) {
    const word = phrase.slice(phrase.lastIndexOf(' ') + 1);
    const owned = word.endsWith("'s");
    for (const variant of variantsOf(owned ? word.slice(0, -2) : word)) {
      if (owned) for (const mark of ["'", '\u2019']) lastWords.add(`${variant}${mark}s`);
      else lastWords.add(variant);
    }
  }
  const lastLetters = new Set<number>();
  for (const word of lastWords) for (const letter of [word.slice(-1), word.slice(-1).toUpperCase()]) lastLetters.add(letter.charCodeAt(0));
  const capitalised = pseudonym.charAt(0).toUpperCase() + pseudonym.slice(1);
  if (phrases.size === 0) return { pseudonym, capitalised, phrases, lastWords, lastLetters, before: null, after: null };
  const patternOf = (phrase: string) => phrase.split(' ').map(wordPattern).join('\\s+');
  const byLength = [...phrases.keys()].sort((a, b) => b.length - a.length);
  const anyPhrase = byLength.map(patternOf).join('|');
  const whole = byLength.filter((phrase) => phrases.get(phrase)).map(patternOf);
  const partial = byLength.filter((phrase) => !phrases.get(phrase)).map(patternOf);
  const phrase = [...(whole.length > 0 ? [`(?<whole>${whole.join('|')})`] : []), ...partial].join('|');
  // Whole words: the phrase starts after no letter, digit or apostrophe ("grandmother" is not "mother").
  const before = new RegExp(
    `(?<![\\p{L}\\p{N}\\p{M}'\\u2019])(?:(?<det>${determiners})\\s+)?(?<phrase>${phrase})(?<sep>\\s*,\\s*|\\s*\\(\\s*|\\s+)$`,
    'iu',
  );
  const lead = `(?:(?:${determiners}|${possessive})\\s+)?`;
  const after = new RegExp(
    `\\s*\\(\\s*${lead}(?<bracketed>${anyPhrase})\\s*(?<closer>\\)|[,;]\\s*)|\\s*,\\s*${lead}(?<aside>${anyPhrase})(?=\\s*(?:[,.;:!?)]|$))`,
    'iuy',
  );
  return { pseudonym, capitalised, phrases, lastWords, lastLetters, before, after };
}
