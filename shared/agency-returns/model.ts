/**
 * Agency requests and returns (issue #16): what the Practice Review Group asks each agency for,
 * when it is due, and what came back. Stored statuses are what someone recorded; "late" is worked
 * out from the due date and today, never stored.
 */

/** What an agency is asked for. Stored as ids; the words are below. */
export const requestAsks = ['chronology', 'summary', 'report', 'information'] as const;
export type RequestAsk = (typeof requestAsks)[number];

export const requestAskLabels: Record<RequestAsk, string> = {
  summary: 'Agency summary',
  chronology: 'Chronology',
  report: 'Individual management review (agency report)',
  information: 'Information only',
};

/** The same, in a sentence: "We ask for your agency summary and a chronology". */
export const requestAskPhrases: Record<RequestAsk, string> = {
  summary: 'an agency summary of your involvement with the family',
  chronology: 'a chronology of your agency’s contact with the child and family',
  report: 'an individual management review (agency report)',
  information: 'any information your agency holds that is relevant to the review',
};

/** Statuses someone records. A request that is open past its due date is shown as late. */
export const requestStatuses = ['requested', 'chased', 'received', 'nil-return', 'withdrawn'] as const;
export type RequestStatus = (typeof requestStatuses)[number];

/** What the user and the CLI see: a recorded status, or "late" for an unanswered request past its due date. */
export type ShownStatus = RequestStatus | 'late';

export const statusLabels: Record<ShownStatus, string> = {
  requested: 'Requested',
  chased: 'Chased',
  received: 'Received',
  'nil-return': 'Nil return',
  withdrawn: 'Withdrawn',
  late: 'Late',
};

/** A request still waiting for the agency. */
export function isOpen(status: RequestStatus): boolean {
  return status === 'requested' || status === 'chased';
}

export interface RequestChase {
  on: string;
  note: string | null;
}

export interface AgencyRequest {
  id: string;
  reviewId: string;
  agency: string;
  asks: RequestAsk[];
  /** YYYY-MM-DD; null while the request is being prepared. */
  sent: string | null;
  /** Role and team ("Safeguarding lead, Children's Community Health"); a personal email only if typed. */
  contact: string | null;
  /** YYYY-MM-DD, or null when no rule gives one and none was typed. */
  due: string | null;
  /** Where the due date comes from, in words: the rule and its source, or "Entered by hand". */
  dueRule: string | null;
  dueEntered: boolean;
  status: RequestStatus;
  /** `status`, or "late" when still open after the due date. */
  shownStatus: ShownStatus;
  /** Working days past the due date while open (0 when not late or closed). */
  daysLate: number;
  chases: RequestChase[];
  /** The day it was received, a nil return confirmed, or the request withdrawn. */
  closedOn: string | null;
  /** A nil return: who confirmed the agency had no involvement (role, not only a name). */
  confirmedBy: string | null;
  note: string | null;
  /** Chronology submissions imported for this agency and linked to the request. */
  submissionIds: string[];
  createdAt: string;
  updatedAt: string;
}

/** Everything the request pack (template and covering letter) says; already free of real names. */
export interface RequestPackInput {
  /** The review as agencies know it: its pseudonym-only reference, e.g. "Rapid review: Child M". */
  reviewReference: string;
  /** The review type in words, e.g. "Serious incident notification and rapid review". */
  reviewType: string;
  /** The pseudonym the review is known by ("Child M"), or null. */
  subject: string | null;
  agency: string;
  /** Addressee by role and team. */
  contact: string | null;
  asks: RequestAsk[];
  /** YYYY-MM-DD */
  sent: string;
  /** YYYY-MM-DD */
  due: string;
  /** The period the chronology should cover (YYYY-MM-DD), when the terms of reference set it. */
  periodFrom: string | null;
  periodTo: string | null;
  /** Protective marking, e.g. "OFFICIAL-SENSITIVE". */
  marking: string;
  /** Who sends it: the partnership or business unit, as its letters are signed. */
  from: string;
}

export { reviewName } from '../reviews/text';

/** A request with the review it belongs to, for the view across reviews. */
export interface RequestInReview extends AgencyRequest {
  review: { id: string; title: string; subject: string | null; type: string };
}

export interface ReturnsOverview {
  /** Today as the core counts it (YYYY-MM-DD), so "due this week" and "received today" agree with "late". */
  today: string;
  /** The last day of this working week (Friday), YYYY-MM-DD. */
  weekEnd: string;
  requests: RequestInReview[];
}
