/**
 * How a register's names are found in text, whatever form they are written in: any case,
 * with or without accents ("Zoë", "Zoe", "ZOË", or "Zoe" followed by a combining diaeresis),
 * split by a line break or several spaces, with a space where the register has a hyphen
 * ("Smith Okafor" for "Smith-Okafor") and any apostrophe ("O’Neill" for "O'Neill").
 *
 * One regular expression covers every name of a register, so a text is read once however many
 * people there are. It is written with plain letters, which the engine scans fastest; a text with
 * accented letters is read through a copy with each such letter replaced by its plain one, letter
 * for letter, so every position in the copy is the same position in the text. Only a text with
 * combining marks ("Zoe" + U+0308), where a letter takes two characters, needs the slower spelling
 * of the pattern in which each letter is a class of its accented forms followed by any marks.
 */

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Letters that carry no combining mark in Unicode but are read as a plain letter in names. */
const plainLetters: ReadonlyMap<string, string> = new Map([
  ['ø', 'o'],
  ['ł', 'l'],
  ['đ', 'd'],
  ['ħ', 'h'],
  ['ı', 'i'],
]);

/**
 * The combining marks that put accents on Latin letters ("e" + U+0308 is "ë"). Marks of other
 * scripts (Devanagari vowel signs, say) are part of the letters and stay in a name.
 */
const diacritics = '\\u0300-\\u036f\\u1ab0-\\u1aff\\u1dc0-\\u1dff\\u20d0-\\u20ff\\ufe20-\\ufe2f';
// Ranges of lone combining marks are exactly what these classes are for (and without the u flag
// they scan a two-byte text about four times faster), so the lint rule against them is off here.
// eslint-disable-next-line no-misleading-character-class
const diacritic = new RegExp(`[${diacritics}]`, 'g');

/**
 * A phrase as names are compared: lower case, accents removed, straight apostrophes, one space
 * between words. Hyphens stay (they split a name into its parts). Composed again after the
 * accents go, so a name in another script (a Korean syllable, say) is compared as it is written.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(diacritic, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[øłđħı]/g, (letter) => plainLetters.get(letter) ?? letter)
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The key a name or a match is looked up by: folded, and a hyphen read as a space. */
export function keyOf(text: string): string {
  return fold(text).replace(/ ?- ?| /g, ' ');
}

/** Each precomposed Latin letter that folds to a plain one ("é" → "e", "Ø" → "o"). */
const plainOf: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const ranges: Array<[number, number]> = [
    [0xc0, 0x24f], // Latin-1 Supplement, Latin Extended-A and -B
    [0x1e00, 0x1eff], // Latin Extended Additional (Vietnamese, Welsh ŵ ŷ)
  ];
  for (const [from, to] of ranges) {
    for (let code = from; code <= to; code++) {
      const letter = String.fromCharCode(code);
      const lower = letter.toLowerCase();
      const plain = plainLetters.get(lower) ?? lower.normalize('NFD').replace(diacritic, '');
      // One character for one ("İ" lower-cases to two): the copy must keep every position.
      if (/^[a-z]$/.test(plain) && lower.length === 1) map.set(letter, plain);
    }
  }
  return map;
})();

/** For each plain letter, the class of its accented forms ("e" → "[eèéêë…]"), for the slower spelling. */
const letterClasses: ReadonlyMap<string, string> = (() => {
  const forms = new Map<string, Set<string>>();
  for (const [letter, plain] of plainOf) {
    const set = forms.get(plain) ?? forms.set(plain, new Set([plain])).get(plain)!;
    set.add(letter.toLowerCase());
  }
  return new Map([...forms].map(([plain, set]) => [plain, `[${[...set].join('')}]`]));
})();

// Any run of spaces or line breaks, or a hyphen (with or without spaces around it): "Kerry
// Hartwell" split over two lines is still the name, and so is "Smith Okafor" for "Smith-Okafor".
const separator = '(?:\\s*[-\\u2010\\u2011]\\s*|\\s+)';
const apostrophe = "['\\u2018\\u2019\\u02bc`]";

function plainPattern(key: string): string {
  return escapeRegExp(key).replace(/ /g, separator).replace(/'/g, apostrophe);
}

/** Each letter in any accented form, followed by any combining marks. */
function markedPattern(key: string): string {
  let pattern = '';
  for (const char of key) {
    if (char === ' ') pattern += separator;
    else if (char === "'") pattern += apostrophe;
    else if (/\p{L}/u.test(char)) pattern += `${letterClasses.get(char) ?? escapeRegExp(char)}\\p{M}*`;
    else pattern += escapeRegExp(char);
  }
  return pattern;
}

/** A register's names as one pattern, in its two spellings. */
export interface NamePattern {
  plain: RegExp;
  marked: RegExp;
}

/**
 * One pattern for all the keys, longest first ("Kerry Hartwell" before "Kerry"). Whole words
 * only: no letter, digit or combining mark just before; just after, nothing but an optional
 * plural "s" (kept in the text: "the Hartwells" → "the [family name]s").
 */
export function namePattern(keys: Iterable<string>): NamePattern | null {
  const sorted = [...keys].sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return null;
  const whole = (alternatives: string[]) =>
    new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${alternatives.join('|')})(?=s?(?![\\p{L}\\p{N}\\p{M}]))`, 'giu');
  return { plain: whole(sorted.map(plainPattern)), marked: whole(sorted.map(markedPattern)) };
}

// One quick look per text (about a twentieth of a microsecond for a line of plain text, curly
// quotes and all) decides whether it needs more than the plain pattern.
// eslint-disable-next-line no-misleading-character-class
const accentedOrMarked = new RegExp(`[\\u00c0-\\u024f\\u1e00-\\u1eff${diacritics}]`);
// eslint-disable-next-line no-misleading-character-class
const marked = new RegExp(`[${diacritics}]`);
const accented = /[\u00c0-\u024f\u1e00-\u1eff]/g;

/**
 * What to search a text with: the pattern (its lastIndex reset) and the string to run it on —
 * the text itself; its copy with plain letters, position for position, when it has accented
 * letters; or, when it has combining marks, the text itself with the slower spelling.
 */
export function searchFor(pattern: NamePattern, text: string): { names: RegExp; subject: string } {
  let names = pattern.plain;
  let subject = text;
  if (accentedOrMarked.test(text)) {
    if (marked.test(text)) names = pattern.marked;
    else subject = text.replace(accented, (letter) => plainOf.get(letter) ?? letter);
  }
  names.lastIndex = 0;
  return { names, subject };
}
