/**
 * Writing a pseudonym in place of a name so the sentence still reads as one:
 *
 * - a title before the name goes with it ("Mr Farrow" → "Mother's partner");
 * - where the writer's own words right before the name already say the descriptor ("the
 *   mother, Kerry, told", "mother Kerry Hartwell", "Mother (Kerry)") the name is dropped with
 *   its commas or brackets, and where they say part of it ("Partner Dean Farrow") they become
 *   the pseudonym;
 * - a parenthesis or aside right after the name that only repeats the role goes ("Kerry
 *   (the mother)" → "Mother", "Kerry, the mother, said" → "Mother said");
 * - at the start of a sentence, line or cell the pseudonym starts with a capital; elsewhere it
 *   is written as registered.
 *
 * The rules look back at the anonymised text already written (so "Kerry's partner Dean", by
 * then "Mother's partner Dean", is seen to repeat "Mother's partner") but only at its last few
 * words, so a text is still one pass however many names it holds.
 */
import type { Grammar } from './grammar';
import type { Output } from './output';

// These run at every name: plain functions in this module, comparing character codes.
const wordChar = /[\p{L}\p{N}\p{M}]/u;

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || (code > 0x1000 && /\s/.test(String.fromCharCode(code)));
}

/** Letters, digits and apostrophes: "Mother's" is one word. */
function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 39;
  return code === 0x2019 || wordChar.test(String.fromCharCode(code));
}

const titles = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'miss', 'master']);
/** "Miss" and "Master" are titles only with their capital: "did not miss Kerry" keeps its verb. */
const capitalOnly = new Set(['miss', 'master']);

/** How many places back from the end the spaces ending the text reach. */
function spacesBack(out: Output, from: number): number {
  let back = from;
  while (isSpace(out.codeBack(back))) back++;
  return back;
}

/** The length of a title ("Mr ", "Dr. ") ending the text, or 0. */
function titleLength(out: Output): number {
  const end = spacesBack(out, 0);
  if (end === 0) return 0;
  const word = end + (out.codeBack(end) === 46 ? 1 : 0); // "Dr."
  // Every title ends in f, r, s or x: most words before a name are ruled out by one comparison.
  const last = out.codeBack(word) | 0x20;
  if (last !== 0x66 && last !== 0x72 && last !== 0x73 && last !== 0x78) return 0;
  let start = word;
  while (start - word <= 6 && isWordCode(out.codeBack(start))) start++;
  if (start - word < 2 || start - word > 6) return 0;
  const title = out.sliceBack(start, word);
  const lower = title.toLowerCase();
  if (!titles.has(lower) || (capitalOnly.has(lower) && title[0] === lower[0])) return 0;
  return start;
}

/** The last word before a comma, bracket or spaces ending the text, in lower case ('' when it cannot be a phrase's). */
function lastWord(out: Output, grammar: Grammar): string {
  let end = spacesBack(out, 0);
  const mark = out.codeBack(end);
  if (mark === 44 || mark === 40) end = spacesBack(out, end + 1); // "," or "("
  if (!grammar.lastLetters.has(out.codeBack(end))) return '';
  let start = end;
  while (isWordCode(out.codeBack(start))) start++;
  return out.sliceBack(start, end).toLowerCase();
}

const opening = new Set([...'"“‘\'(['].map((char) => char.charCodeAt(0)));
const closing = new Set([...'”"’\')]'].map((char) => char.charCodeAt(0)));

/** True where a sentence, line or cell begins at the end of the text. */
function startsSentence(out: Output): boolean {
  let back = 0;
  for (let code = out.codeBack(back); isSpace(code) || opening.has(code); code = out.codeBack(++back)) {
    if (code === 10 || code === 13 || code === 9) return true;
  }
  let code = out.codeBack(back);
  if (Number.isNaN(code)) return true;
  if (closing.has(code)) code = out.codeBack(++back);
  return code === 46 || code === 33 || code === 63; // . ! ?
}

/** The pseudonym as registered, with a capital where a sentence begins. */
function capitalised(grammar: Grammar, out: Output): string {
  return grammar.capitalised === grammar.pseudonym || !startsSentence(out) ? grammar.pseudonym : grammar.capitalised;
}

const closingParenthesis = /\s*\)/y;
const parenthesisSeparator = /\s*[,;]\s*/y;
/** The comma closing an aside, when the sentence goes on in lower case ("the mother, Kerry, told"). */
const closingComma = /,(?=\s*\p{Ll})/uy;

function at(pattern: RegExp, text: string, index: number): number {
  pattern.lastIndex = index;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

/** True when the text at `index`, after any spaces, opens a parenthesis or an aside. */
function asideAt(text: string, index: number): boolean {
  let next = index;
  while (next < text.length && isSpace(text.charCodeAt(next))) next++;
  const code = text.charCodeAt(next);
  return code === 40 || code === 44; // "(" or ","
}

/**
 * Writes the pseudonym for a name ending at `end` in `text` (everything before the name is
 * already in `out`), and returns where in `text` reading resumes: past any aside the rules removed.
 */
export function writePseudonym(out: Output, text: string, end: number, grammar: Grammar, replacing = ''): number {
  out.replacing = replacing;
  const again = namedAgain(out, text, end, grammar);
  if (again >= 0) return again;
  const title = titleLength(out);
  if (title > 0) {
    const tail = out.tail();
    const ours = out.oursIn(tail);
    if (!ours || ours[1] <= tail.length - title) out.drop(title);
  }
  // A plural ("the Kerrys") is left to the plain replacement: no rule is written for it.
  const next = text.charCodeAt(end);
  const plural = isWordCode(next) && next !== 39 && next !== 0x2019;
  if (grammar.before && !plural && grammar.lastWords.has(lastWord(out, grammar))) {
    const resume = writeBefore(out, text, end, grammar);
    if (resume >= 0) return resume;
  }
  out.push(capitalised(grammar, out), true);
  return plural || !grammar.after || !asideAt(text, end) ? end : removeAfter(out, text, end, grammar.after);
}

const sentenceGoesOn = /\s*(?:[.;:!?]|$)/y;

/**
 * The same person named twice in apposition, by two different names of theirs ("her Nan,
 * Janet, at weekends", "Nan (Janet) said"): the second is dropped with its commas or brackets
 * rather than written as the pseudonym again. Only a closed aside counts: in "told Janet, Janet
 * said" the second starts a new clause, and the same name written twice ("Zoe, zoe") is a list.
 * -1 when the rule does not apply.
 */
function namedAgain(out: Output, text: string, end: number, grammar: Grammar): number {
  const last = out.pseudonymThenSeparator();
  if (!last || (last.pseudonym !== grammar.pseudonym && last.pseudonym !== grammar.capitalised)) return -1;
  if (last.replaced === out.replacing) return -1;
  if (last.separator.includes('(')) {
    const closed = at(closingParenthesis, text, end);
    if (closed < 0) return -1;
    out.drop(last.separator.length);
    return closed;
  }
  const comma = at(closingComma, text, end);
  if (comma < 0 && at(sentenceGoesOn, text, end) < 0) return -1;
  out.drop(last.separator.length);
  return comma >= 0 ? comma : end;
}

/** The "before" rules; -1 when none applies. */
function writeBefore(out: Output, text: string, end: number, grammar: Grammar): number {
  const tail = out.tail();
  const found = grammar.before!.exec(tail);
  if (!found) return -1;
  const { phrase, whole, sep } = found.groups as { phrase: string; whole?: string; sep: string };
  const phraseEnd = tail.length - sep.length;
  const ours = out.oursIn(tail);
  // A phrase that is all our own pseudonym ("Adult 3, Smith-Okafor" in a list) says nothing new.
  if (ours && phraseEnd - phrase.length >= ours[0] && phraseEnd <= ours[1]) return -1;
  let resume = end;
  let kept = '';
  if (sep.includes('(')) {
    // "Mother (Kerry)" loses the bracket; "Mother (Kerry, 24)" keeps it for what else it says.
    const closed = at(closingParenthesis, text, end);
    const listed = closed < 0 ? at(parenthesisSeparator, text, end) : -1;
    if (closed < 0 && listed < 0) return -1;
    resume = closed >= 0 ? closed : listed;
    if (closed < 0) kept = sep;
  } else if (sep.includes(',')) {
    const comma = at(closingComma, text, end);
    if (comma >= 0) resume = comma;
  }
  out.drop(whole !== undefined ? sep.length : found[0].length);
  if (whole === undefined) out.push(capitalised(grammar, out), true);
  out.push(kept);
  return resume;
}

/** The "after" rules: the pseudonym is written; an aside that only repeats the role is left out. */
function removeAfter(out: Output, text: string, end: number, after: RegExp): number {
  after.lastIndex = end;
  const found = after.exec(text);
  if (!found) return end;
  const { bracketed, closer } = found.groups as { bracketed?: string; closer?: string };
  if (bracketed !== undefined && closer !== ')') {
    // "Kerry (mother, 24)" → "Mother (24)": the bracket stays for what else it says.
    out.push(text.slice(end, text.indexOf('(', end) + 1));
    return after.lastIndex;
  }
  if (bracketed !== undefined) return after.lastIndex;
  const comma = at(closingComma, text, after.lastIndex);
  return comma >= 0 ? comma : after.lastIndex;
}
