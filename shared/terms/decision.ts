/**
 * The chair's decision as it is recorded (issue #15): who decided, on which day (often before it
 * is recorded: an email, a meeting), how, who recorded it, and the evidence (the email itself, a
 * letter) kept inside the workspace. Words here are shared by the app, the CLI and the PDF.
 */
import { dateParts, localDateProblem, type LocalDate } from '../deadlines/local-date';

export const decisionMethods = ['meeting', 'email', 'in-person', 'letter'] as const;
export type DecisionMethod = (typeof decisionMethods)[number];

/** As a choice: "At a meeting". */
export const decisionMethodLabels: Record<DecisionMethod, string> = {
  meeting: 'At a meeting',
  email: 'By email',
  'in-person': 'In person',
  letter: 'By letter',
};

/** Inside a sentence: "(by email)". */
const methodWords: Record<DecisionMethod, string> = {
  meeting: 'at a meeting',
  email: 'by email',
  'in-person': 'in person',
  letter: 'by letter',
};

/** The largest evidence file kept: an email with a scanned letter fits; a video does not belong here. */
export const largestEvidenceBytes = 20 * 1024 * 1024;

/** Base64 of the largest evidence file, with room for padding. */
export const largestEvidenceBase64 = Math.ceil(largestEvidenceBytes / 3) * 4 + 4;

/** "3.2 MB", "12 KB": sizes as a user reads them. */
export function sizeInWords(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

export function evidenceTooLargeMessage(fileName: string, bytes: number): string {
  return `${fileName} is ${sizeInWords(bytes)}: evidence can be at most 20 MB. Save a smaller copy (for example the email without its attachments, or a PDF of it) and attach that.`;
}

const monthNames = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * A day typed day first, as people in England write it: "4/12/2026", "04-12-2026", "4.12.26",
 * "4 12 2026", "4 December 2026", "4 Dec 2026" — or YYYY-MM-DD. Never month first: "12/4/2026" is
 * the 12th of April.
 */
export function parseDayFirst(text: string): { date: string } | { problem: string } {
  const typed = text.trim();
  if (!typed) return { problem: 'Enter the date the decision was made, day first, for example 4 12 2026.' };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  let parts: [number, number, number] | null = iso ? [Number(iso[3]), Number(iso[2]), Number(iso[1])] : null;
  if (!parts) {
    const numeric = /^(\d{1,2})[\s/.-]+(\d{1,2})[\s/.-]+(\d{2}|\d{4})$/.exec(typed);
    const named = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{2}|\d{4})$/i.exec(typed);
    if (numeric) parts = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    else if (named) {
      const month = monthNames.findIndex((name) => name.startsWith(named[2]!.toLowerCase()) && named[2]!.length >= 3);
      if (month >= 0) parts = [Number(named[1]), month + 1, Number(named[3])];
    }
  }
  if (!parts) return { problem: `"${typed}" is not a date the app can read: write it day first, for example 4 12 2026 or 4 December 2026.` };
  const [day, month, shortYear] = parts;
  const year = shortYear < 100 ? 2000 + shortYear : shortYear;
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const problem = localDateProblem(date);
  if (problem) return { problem: `"${typed}" is not a real date (read day first: day ${day}, month ${month}, year ${year}).` };
  return { date };
}

/** "4 December 2026". */
export function dayInWords(iso: string): string {
  const { year, month, day } = dateParts(iso.slice(0, 10) as LocalDate);
  return `${day} ${monthNames[month - 1]!.replace(/^./, (first) => first.toUpperCase())} ${year}`;
}

/** The problem with a decision date, or null: a real day, and not after `today` (both YYYY-MM-DD). */
export function decidedOnProblem(decidedOn: string, today: string): string | null {
  if (localDateProblem(decidedOn)) return `The date of the decision "${decidedOn}" is not a real date: write it as YYYY-MM-DD, for example 2026-12-04.`;
  if (decidedOn > today) return `The decision cannot have been made on ${dayInWords(decidedOn)}: that is in the future (today is ${dayInWords(today)}). Give the day the chair decided.`;
  return null;
}

/** What a recorded decision says, wherever it is shown. Decisions recorded before 0009 have no method or recorder. */
export interface DecisionWording {
  decision: 'approved' | 'returned';
  signatory: string;
  role: string;
  /** The day decided, YYYY-MM-DD. */
  at: string;
  how: DecisionMethod | null;
  recordedBy: string | null;
  recordedAt: string;
}

/**
 * "Approved by Pat Example, Independent Chair, SVPP, on 4 December 2026 (by email); recorded by
 * Sam Reviewer on 7 December 2026" — the sign-off page of the PDF says the same.
 */
export function decisionSentence(decision: DecisionWording): string {
  const verb = decision.decision === 'approved' ? 'Approved' : 'Returned';
  const how = decision.how ? ` (${methodWords[decision.how]})` : '';
  const recorded = decision.recordedBy ? `; recorded by ${decision.recordedBy} on ${dayInWords(decision.recordedAt)}` : '';
  return `${verb} by ${decision.signatory}, ${decision.role}, on ${dayInWords(decision.at)}${how}${recorded}`;
}
