/**
 * Finds likely personal names that the review's people register does not know, so that an
 * anonymised export cannot pass an unregistered name ("Tyler", "Janet Hartwell") straight through.
 *
 * A name is a capitalised word that is neither in the English dictionary nor in known-words.ts;
 * adjacent capitalised words go together ("Janet Hartwell"); a title makes the next word a name
 * even when it is also a common word ("Mr Farrow"); a capitalised possessive mid-sentence is a
 * name ("saw Grace's bruise"); a long ALL-CAPS word that is not an acronym is a surname as police
 * systems write it ("OKAFOR, Amy"). A common word at the start of a sentence, line or cell is
 * capitalised by position, not as a name, and is dropped.
 *
 * The key of a candidate is the part the register does not know: its words without the title,
 * the possessive and any registered name word, lower case, accents folded. So "Janet Hartwell"
 * (Hartwell registered as Maisie's family name) and "Janet" share the key "janet": marking either
 * "not a person", or adding Janet Hartwell to the register, clears both. A single-word key marked
 * "not a person" also stops that word counting as a name inside pairs.
 *
 * Limits, on purpose: a given name that is also a common word (Grace, Dean, Mark) is found only
 * after a title, beside an unknown word, or as a mid-sentence possessive; a name written in lower
 * case is not found; a title before a registered name word ("Mrs Hartwell") is taken as
 * registered, since the anonymiser replaces that word anyway. Police ranks (PC, DS…) count as titles.
 *
 * One linear pass over the texts; each distinct word is classified once per scan.
 */
import type { NamedPerson } from './anonymise';
import { acronyms, monthsAlsoNames, neverNameWords, placeWords, prefixParts, titleWords } from './known-words';

export interface ScanText {
  text: string;
  /** Where it occurs, as a user would cite it, e.g. "Police, 11/03/2019, event". */
  where: string;
}

export interface NameCandidate {
  /** The fullest form seen, as written most often: "Tyler", "Janet Hartwell", "Mr Farrow". */
  name: string;
  /** Lower-case, diacritics folded, single spaces: the key "not a person" is remembered by. */
  key: string;
  /** How many times it occurs across all texts. */
  count: number;
  /** Up to 5 places, each with a short excerpt (about 60 characters around the first occurrence there). */
  occurrences: Array<{ where: string; excerpt: string }>;
}

export interface ScanOptions {
  /** The register: every name, alias and name word of these people is known, never a candidate; pseudonym words are not candidates either. */
  people: readonly NamedPerson[];
  /** Keys the user marked "not a person" in this workspace. */
  notPeople: ReadonlySet<string>;
  /** True for a common English word in lower case ("dean", "grace", "police"). */
  isCommonWord: (lowerWord: string) => boolean;
}

/** Lower case, accents folded, straight apostrophes, single spaces. */
export function nameKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\u2018\u2019`]/g, "'").replace(/\s+/g, ' ').trim();
}

/**
 * other: ends a run (acronym, reference, pseudonym word); title: Mr, Dr…; initial: one letter;
 * registered: a word of a registered name; common: a dictionary or place word; unknown: a name;
 * month: April, May, June or August, a date beside a number and otherwise a common word;
 * caps and listed: a common word in capitals, or a word of known-words.ts: names only after a title.
 */
type Kind = 'other' | 'title' | 'initial' | 'registered' | 'common' | 'unknown' | 'month' | 'caps' | 'listed';

interface Word {
  kind: Kind;
  /** The folded word without its possessive: what keys are made of. */
  key: string;
  possessive: boolean;
  /** Characters of the written word before its possessive. */
  length: number;
}

/** A candidate while scanning: every form it was written in, with how often. */
type Found = Omit<NameCandidate, 'name'> & { forms: Map<string, number> };

const monthContext = /\b(?:in|on|by|from|to|until|till|since|during|of|early|late|mid|before|after|last|next)\s+$/i;
const possessivePattern = /['\u2019`][sS]$/;
const contractionPattern = /'(?:t|ll|re|ve|d|m)$/;

/** Every word of the given names and aliases (and each part of a hyphenated one), folded. */
function wordsOf(phrases: Iterable<string>): Set<string> {
  const found = new Set<string>();
  for (const phrase of phrases) {
    for (const word of nameKey(phrase).split(' ')) {
      const bare = word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').replace(possessivePattern, '');
      if (bare.length < 2) continue;
      found.add(bare);
      for (const part of bare.split('-')) if (part.length > 1) found.add(part);
    }
  }
  return found;
}

function classifier(options: ScanOptions): (raw: string) => Word {
  const registered = wordsOf(options.people.flatMap((person) => [person.name, ...person.aliases]));
  const pseudonyms = wordsOf(options.people.map((person) => person.pseudonym));
  const isRegistered = (key: string) => registered.has(key) || (key.length > 3 && key.endsWith('s') && registered.has(key.slice(0, -1)));
  const isCommon = (key: string) =>
    options.isCommonWord(key) ||
    placeWords.has(key) ||
    options.notPeople.has(key) ||
    // Contractions ("Didn't", "We'll") are not in the dictionary; names do not end like them.
    (contractionPattern.test(key) && (key.endsWith("n't") || options.isCommonWord(key.replace(contractionPattern, ''))));

  /** A lower-case part of a hyphenated or plain word, as a name word. */
  const partKind = (key: string): Kind => {
    if (isRegistered(key)) return 'registered';
    if (pseudonyms.has(key) || acronyms.has(key)) return 'other';
    if (neverNameWords.has(key)) return 'listed';
    if (isCommon(key) || prefixParts.has(key)) return 'common';
    return 'unknown';
  };

  /** A whole word; a hyphenated one is a name if any part is ("Smith-Okafor"), not if all are words ("Non-mobile"). */
  const nameKind = (key: string): Kind => {
    const whole = partKind(key);
    if (whole !== 'unknown' || !key.includes('-')) return whole;
    const kinds = key.split('-').map((part) => (part.length < 2 ? 'common' : partKind(part)));
    if (kinds.includes('unknown')) return 'unknown';
    if (kinds.includes('registered')) return 'registered';
    return kinds.includes('common') ? 'common' : kinds.includes('listed') ? 'listed' : 'other';
  };

  const classify = (raw: string): Word => {
    const possessive = raw.length > 2 && possessivePattern.test(raw);
    const stem = possessive ? raw.slice(0, -2) : raw;
    const key = nameKey(stem);
    const word = (kind: Kind): Word => ({ kind, key, possessive, length: stem.length });
    if (/\p{N}/u.test(stem)) return word('other'); // a reference: "STRAT-0311", "A1"
    const letters = key.replace(/[^\p{L}]/gu, '').length;
    if (letters < 2) return word('initial');
    if (titleWords.has(key)) return word('title');
    // An acronym's plural ("DNAs", "CPs") is never a name.
    if (/^[\p{Lu}&]{2,}s$/u.test(stem)) return word('other');
    if (stem === stem.toUpperCase()) {
      // Capitals: an acronym, unless a long word no list knows, as police systems write surnames.
      const kind = nameKind(key);
      if (kind === 'common' || kind === 'listed') return word('caps');
      return word(kind === 'registered' || (kind === 'unknown' && letters >= 4) ? kind : 'other');
    }
    if (monthsAlsoNames.has(key)) return word('month');
    return word(nameKind(key));
  };

  const cache = new Map<string, Word>();
  return (raw) => {
    let word = cache.get(raw);
    if (!word) {
      word = classify(raw);
      // Bounded, so a pathological text cannot grow the cache without limit.
      if (cache.size < 200_000) cache.set(raw, word);
    }
    return word;
  };
}

/**
 * Only capitalised words matter, so the scan jumps from capital to capital (the regular
 * expression engine skips lower-case text far faster than a loop can) and reads just those words
 * and the gaps before them by character class; lower-case words cost no allocation at all. A word
 * is letters, accents and digits, with inner apostrophes and hyphens ("O'Neill", "Tyler's").
 */
const capitalPattern = /[\p{Lu}\p{Lt}]/gu;
/** Whether a UTF-16 unit is part of a word (1), an inner joiner ' ’ - ‐ (2) or neither (0); cached per unit. */
const classes = new Uint8Array(65536).fill(255);
const [wordUnit, joiner] = [1, 2] as const;

function charClass(code: number): number {
  let found = classes[code]!;
  if (found === 255) {
    // Surrogates are parts of letters outside the BMP.
    const isWord = /[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(code)) || (code >= 0xd800 && code <= 0xdfff);
    found = code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2010 ? joiner : isWord ? wordUnit : 0;
    classes[code] = found;
  }
  return found;
}

const inWord = (found: number) => found === wordUnit;

type Gap = 'space' | 'start' | 'break';

/**
 * What lies between two words: spaces only (they may form one name), a sentence, line, quote or
 * bracket start (a capital there says nothing), or other punctuation (a comma: two things).
 */
function gapBetween(text: string, from: number, to: number, afterTitle: boolean): Gap {
  if (to === from + 1 && text.charCodeAt(from) === 32) return 'space';
  let start = false;
  let other = false;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\u00a0' || (c === '.' && afterTitle)) continue; // "Mr. Okafor", "J. Okafor"
    if ('\r\n.!?:;…•|"“”‘([{'.includes(c)) start = true;
    else if ('-–—'.includes(c) && (text[i - 1] === ' ' || text[i + 1] === ' ')) start = true;
    else other = true;
  }
  return start ? 'start' : other ? 'break' : 'space';
}

function excerpt(text: string, from: number, to: number): string {
  const room = Math.max(0, 60 - (to - from));
  let start = Math.max(0, from - Math.ceil(room / 2));
  let end = Math.min(text.length, to + Math.floor(room / 2));
  // Not starting or ending mid-word.
  while (start > 0 && start < from && /\S/.test(text[start - 1]!)) start++;
  while (end < text.length && end > to && /\S/.test(text[end]!)) end--;
  const snippet = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${snippet}${end < text.length ? '…' : ''}`;
}

export function findUnknownNames(texts: Iterable<ScanText>, options: ScanOptions): NameCandidate[] {
  const classify = classifier(options);
  const found = new Map<string, Found>();
  let text = '';
  let where = '';
  // The current run of capitalised words, in parallel arrays reused for every run.
  const runWords: Word[] = [];
  const runStarts: number[] = [];
  let runLength = 0;
  /** The run began a sentence, line or cell. */
  let runAtStart = false;
  const endOf = (k: number) => runStarts[k]! + runWords[k]!.length;

  /** Records the words first..last of the run; the key leaves out what the register knows. */
  const record = (first: number, last: number, from = runStarts[first]!) => {
    let key = '';
    for (let k = first; k <= last; k++) {
      const word = runWords[k]!;
      if (word.kind !== 'registered' && word.kind !== 'initial') key = key === '' ? word.key : `${key} ${word.key}`;
    }
    if (key === '' || options.notPeople.has(key)) return;
    let entry = found.get(key);
    if (!entry) found.set(key, (entry = { key, count: 0, forms: new Map(), occurrences: [] }));
    entry.count++;
    const to = endOf(last);
    const form = first === last && from === runStarts[first] ? text.slice(from, to) : text.slice(from, to).replace(/\s+/g, ' ');
    entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
    if (entry.occurrences.length < 5 && !entry.occurrences.some((place) => place.where === where)) {
      entry.occurrences.push({ where, excerpt: excerpt(text, from, to) });
    }
  };

  const flush = () => {
    if (runLength === 0) return;
    const last = runLength - 1;
    runLength = 0;
    if (runWords[0]!.kind === 'title') {
      // "Mr Farrow", "Dr J. Okafor": the words after a title are a name, even common ones.
      let named = 1;
      while (named <= last && runWords[named]!.kind === 'initial') named++;
      if (named <= last) record(named, last, runStarts[0]);
      return;
    }
    // A common word that starts a sentence is capitalised by position ("Yesterday Tyler…").
    const first = runAtStart && runWords[0]!.kind === 'common' ? 1 : 0;
    let unknown = 0;
    for (let k = first; k <= last; k++) if (runWords[k]!.kind === 'unknown') unknown++;
    if (first > last) return;
    if (unknown > 0 && last - first < 3) record(first, last);
    else if (unknown > 0) {
      // A long capitalised heading: only its unknown words are names.
      for (let k = first; k <= last; k++) if (runWords[k]!.kind === 'unknown') record(k, k);
    } else if (runWords[last]!.possessive && runWords[last]!.kind === 'common' && (first === 1 || !runAtStart)) {
      // "saw Grace's bruise", "Dean Farrow's car": a capitalised possessive mid-sentence is someone.
      record(first, last);
    }
  };

  for (const scanned of texts) {
    ({ text, where } = scanned);
    const length = text.length;
    let lastEnd = 0; // where the last capitalised word ended
    let previous: Kind = 'other'; // what that word was
    capitalPattern.lastIndex = 0;
    // test() rather than exec(): no match object for each capital.
    while (capitalPattern.test(text)) {
      let start = capitalPattern.lastIndex - 1;
      if (start > 0 && text.charCodeAt(start) >= 0xdc00 && text.charCodeAt(start) <= 0xdfff) start--; // a capital outside the BMP
      if (start > 0 && (inWord(charClass(text.charCodeAt(start - 1))) || (charClass(text.charCodeAt(start - 1)) === joiner && start > 1 && inWord(charClass(text.charCodeAt(start - 2)))))) {
        continue; // a capital inside a word: "McAllister", "iPad", "Smith-Okafor"
      }
      let i = start + 1;
      while (i < length) {
        const next = charClass(text.charCodeAt(i));
        if (inWord(next)) i++;
        else if (next === joiner && i + 1 < length && inWord(charClass(text.charCodeAt(i + 1)))) i += 2;
        else break;
      }
      capitalPattern.lastIndex = i;
      let previousEnd = start;
      while (previousEnd > 0 && !inWord(charClass(text.charCodeAt(previousEnd - 1)))) previousEnd--;
      if (previousEnd > lastEnd || (previousEnd > 0 && lastEnd === 0)) {
        // A lower-case word or a number came between: it ends any run.
        flush();
        previous = 'other';
      }
      let word = classify(text.slice(start, i));
      if (word.kind === 'caps' || word.kind === 'listed') {
        // After a title any word is a name ("Mrs Nurse", "MR MARSH"); elsewhere a listed word or
        // a common word in capitals (a shouted note, "DASH - MEDIUM") is not.
        word = { ...word, kind: previous === 'title' || previous === 'initial' ? 'common' : 'other' };
      } else if (word.kind === 'month') {
        // "3 April", "June 2019", "in May" are dates; April or June alone may be someone.
        const around = text.slice(Math.max(0, start - 12), start);
        const dated = /^[\s,]*\d/.test(text.slice(i, i + 3)) || monthContext.test(around) || /\d(?:st|nd|rd|th)?[\s,]*$/i.test(around);
        word = { ...word, kind: dated ? 'other' : 'common' };
      }
      const kind = word.kind;
      const afterTitle = previous === 'title' || previous === 'initial';
      const gap: Gap = previousEnd === 0 ? 'start' : gapBetween(text, previousEnd, start, afterTitle);
      const nameWord = kind === 'registered' || kind === 'common' || kind === 'unknown';
      const joins = gap === 'space' && runLength > 0 && (nameWord || (kind === 'initial' && afterTitle && runWords[0]!.kind === 'title'));
      if (!joins) flush();
      if (joins || nameWord || kind === 'title') {
        if (runLength === 0) runAtStart = gap === 'start';
        runWords[runLength] = word;
        runStarts[runLength++] = start;
        // "Clare's Law", "Sarah's Law" are disclosure schemes, not people in the case.
        if (word.possessive && /^\s+Law\b/.test(text.slice(i, i + 6))) runLength = 0;
        if (word.possessive) flush();
      }
      previous = kind;
      lastEnd = i;
    }
    flush();
  }

  return [...found.values()]
    .map((entry): NameCandidate => ({ name: fullestForm(entry.forms), key: entry.key, count: entry.count, occurrences: entry.occurrences }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en-GB'));
}

/** The form with the most words; among those, the one written most often; then alphabetical. */
function fullestForm(forms: Map<string, number>): string {
  const words = (form: string) => form.split(' ').length;
  return [...forms].sort(([a, m], [b, n]) => words(b) - words(a) || n - m || (a < b ? -1 : 1))[0]![0];
}
