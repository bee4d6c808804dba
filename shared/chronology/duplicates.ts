/**
 * Likely duplicates: the same event recorded by two agencies (a strategy discussion in both the
 * police and the social-care record). Candidates are entries of different agencies on the same
 * day — or whose short ranges (a week, a month) overlap — never all pairs: entries are bucketed
 * by day first. Text similarity is the Sørensen–Dice coefficient over the entries' content words;
 * the same recorded time (within a quarter of an hour) adds weight, since two agencies rarely
 * record different events at one minute.
 */
import type { ChronoDate } from './types';

export interface DuplicateCandidate {
  id: string;
  agency: string;
  date: ChronoDate;
  /** The words that describe the event: event, action, outcome, event type. */
  text: string;
}

export interface LikelyDuplicate {
  a: string;
  b: string;
  score: number;
}

/**
 * Pairs at or above this are shown. On the Hartwell fixtures the three pairs of EXPECTED.md score
 * 0.53–0.86 and the closest other pair (a school call to social care, 3 April 2019) 0.43.
 */
export const duplicateThreshold = 0.45;
const sameTimeWeight = 0.3;
const sameTimeMinutes = 15;
/** Longer ranges (a school term, a year) are too vague to call anything a duplicate. */
const longestRangeDays = 31;

const stopWords = new Set(
  'a an and are as at be been but by for from had has have he her his in is it its not of on or re said says she so that the their them they this to was were which with'.split(' '),
);

export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const raw of text.toLowerCase().split(/[^\p{L}\p{N}-]+/u)) {
    const word = raw.replace(/^-+|-+$/g, '').replace(/'s$/, '');
    if (word.length < 2 || stopWords.has(word)) continue;
    words.add(word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word);
  }
  return words;
}

export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const word of small) if (large.has(word)) shared++;
  return (2 * shared) / (a.size + b.size);
}

function minutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

const dayMs = 86_400_000;

function days(date: ChronoDate): string[] {
  if (date.start === date.end) return [date.start];
  const start = Date.parse(date.start + 'T00:00:00Z');
  const end = Date.parse(date.end + 'T00:00:00Z');
  if ((end - start) / dayMs >= longestRangeDays) return [];
  const out: string[] = [];
  for (let at = start; at <= end; at += dayMs) out.push(new Date(at).toISOString().slice(0, 10));
  return out;
}

export function findLikelyDuplicates(entries: readonly DuplicateCandidate[], threshold = duplicateThreshold): LikelyDuplicate[] {
  const steps = likelyDuplicatesInSteps(entries, threshold);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same comparison one day at a time: after each day it yields how many of the days are done,
 * so the core can report progress and let a Cancel in between days.
 */
export function* likelyDuplicatesInSteps(
  entries: readonly DuplicateCandidate[],
  threshold = duplicateThreshold,
): Generator<{ done: number; total: number }, LikelyDuplicate[]> {
  const buckets = new Map<string, number[]>();
  entries.forEach((entry, position) => {
    for (const day of days(entry.date)) {
      const bucket = buckets.get(day);
      if (bucket) bucket.push(position);
      else buckets.set(day, [position]);
    }
  });
  const words: Array<Set<string> | undefined> = [];
  const wordsOf = (position: number) => (words[position] ??= contentWords(entries[position]!.text));
  const found = new Map<string, LikelyDuplicate>();
  let done = 0;
  for (const bucket of buckets.values()) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const first = entries[bucket[i]!]!;
        const second = entries[bucket[j]!]!;
        if (first.agency === second.agency) continue;
        const key = first.id < second.id ? `${first.id} ${second.id}` : `${second.id} ${first.id}`;
        if (found.has(key)) continue;
        const sameTime = first.date.time !== null && second.date.time !== null && Math.abs(minutes(first.date.time) - minutes(second.date.time)) <= sameTimeMinutes;
        const score = Math.min(1, dice(wordsOf(bucket[i]!), wordsOf(bucket[j]!)) + (sameTime ? sameTimeWeight : 0));
        if (score >= threshold) found.set(key, { a: first.id, b: second.id, score: Math.round(score * 100) / 100 });
      }
    }
    yield { done: ++done, total: buckets.size };
  }
  return [...found.values()].sort((x, y) => y.score - x.score);
}
