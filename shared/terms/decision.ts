/**
 * The chair's decision as it is recorded (issue #15): who decided, on which day (often before it
 * is recorded: an email, a meeting), how, who recorded it, and the evidence (the email itself, a
 * letter) kept inside the workspace. Words here are shared by the app, the CLI and the PDF.
 */
import { dayInWords } from '../dates/day-input';
import { localDateProblem } from '../deadlines/local-date';

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
