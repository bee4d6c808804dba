/** What the reviews register hands to the renderer and the CLI. Dates are YYYY-MM-DD days; times ISO 8601. */
import type {
  CopyDocument,
  DecisionOutcome,
  EscalationStage,
  ParallelProcessKind,
  PersonRole,
  ReviewType,
  RuleSetId,
} from './catalogue';
import type { KeyDates } from './dates';
import type { ReviewStatus, Transition } from './lifecycle';

export interface Reviewer {
  name: string;
  role?: string;
}

export interface PanelMember {
  name: string;
  role?: string;
  agency?: string;
}

export interface ParallelProcess {
  kind: ParallelProcessKind;
  note?: string;
}

export interface Review {
  id: string;
  type: ReviewType;
  title: string;
  /** The pseudonym the review is known by, e.g. "Child M". */
  subject: string | null;
  status: ReviewStatus;
  rules: RuleSetId;
  dates: KeyDates;
  /** The child was looked after: Working Together 2023 adds a notice to the Secretary of State and Ofsted. */
  lookedAfter: boolean;
  agencies: string[];
  reviewers: Reviewer[];
  panelMembers: PanelMember[];
  parallelProcesses: ParallelProcess[];
  createdAt: string;
  updatedAt: string;
}

export type ReviewSummary = Pick<Review, 'id' | 'type' | 'title' | 'subject' | 'status' | 'rules' | 'dates' | 'lookedAfter' | 'createdAt' | 'updatedAt'> & {
  /** As in ReviewDetail, so the register can show what is due next without opening each review. */
  deadlines: ReviewDeadline[];
};

export interface RapidReviewDecision {
  reviewId: string;
  outcome: DecisionOutcome;
  rationale: string;
  /** The independent chair who agreed it. */
  agreedBy: { name: string; role: string };
  agreedOn: string;
  /** Outcome (c) only. */
  methodology: string | null;
  indicativeTermsOfReference: string | null;
  recordedAt: string;
}

export interface CopySent {
  id: string;
  reviewId: string;
  document: CopyDocument;
  /** The partnership member (or agency) it went to. */
  sentTo: string;
  sentOn: string;
  note: string | null;
  loggedAt: string;
}

export interface StatusChange {
  from: ReviewStatus;
  to: ReviewStatus;
  at: string;
  /** Given when the review went back a step. */
  reason: string | null;
}

/**
 * A statutory deadline as the deadline engine computes it: a stable id, the due day, and the
 * rule and source it came from.
 */
export interface ReviewDeadline {
  id: string;
  /** What has to happen, e.g. "Notify the national Panel and Ofsted". */
  label: string;
  due: string;
  rule: string;
  source: string;
  /** The event the deadline is about has been recorded (e.g. the notification date for `notification`). */
  met: boolean;
  /** The key date that records it done, as a user names it ("the date the notification was sent"); null when none does. */
  recordedAs: string | null;
  /** Working days from today to the due day: 0 on the day, negative when overdue. */
  workingDaysLeft: number;
}

export interface ReviewDetail extends Review {
  decision: RapidReviewDecision | null;
  copies: CopySent[];
  statusHistory: StatusChange[];
  /** The moves the lifecycle allows from the current status (blocked ones say why). */
  transitions: Transition[];
  /** Every deadline the key dates allow under the review's rule set, in the rule set's order. */
  deadlines: ReviewDeadline[];
  /** Why deadlines could not be worked out (e.g. a date beyond the bank-holiday table), or null. */
  deadlineProblem: string | null;
}

export interface Person {
  id: string;
  reviewId: string;
  /** The real name: never logged, never audited, never in an error message. */
  name: string;
  role: PersonRole;
  /** e.g. "Mother", "Maternal grandmother", "Foster carer". */
  relationship: string | null;
  /** Practitioners only: their role and agency, e.g. "Health Visitor", "Community health". */
  practitionerRole: string | null;
  agency: string | null;
  dateOfBirth: string | null;
  pseudonym: string;
  /** Other spellings and names the person is known by; later used to catch leaks in published text. */
  aliases: string[];
  createdAt: string;
  updatedAt: string;
}

export interface Escalation {
  id: string;
  reviewId: string | null;
  stage: EscalationStage;
  raisedBy: string;
  agencies: string[];
  issue: string;
  raisedOn: string;
  /** When the current stage began (the day it was raised, or escalated to this stage). */
  stageStartedOn: string;
  stageDue: string | null;
  /** The rule the due date came from ("local: 2 working days from …"), or "entered" when the user gave it. */
  stageDueRule: string | null;
  outcome: string | null;
  resolvedOn: string | null;
  createdAt: string;
  updatedAt: string;
}
