/**
 * Findings, recommendations and the partnership's action plan (issue #18). A finding comes from a
 * review or from another activity (a multi-agency audit, a Section 11 self-assessment, a peer
 * review, a learning event); recommendations answer findings; actions carry out recommendations
 * and are followed by progress updates until they are complete (or, with a reason, not
 * implemented) and their impact is known. The register is every action in the workspace.
 */

export const activityTypes = ['audit', 'section-11', 'peer-review', 'learning-event'] as const;
export type ActivityType = (typeof activityTypes)[number];

export const activityTypeWords: Record<ActivityType, string> = {
  audit: 'Multi-agency audit',
  'section-11': 'Section 11 / safeguarding self-assessment',
  'peer-review': 'Peer review',
  'learning-event': 'Learning event',
};

/** An activity other than a review that findings (and so actions) come from. */
export interface Activity {
  id: string;
  type: ActivityType;
  title: string;
  /** YYYY-MM-DD: the day it was held or reported. */
  heldOn: string;
  /** Who led it (a role or a team). */
  lead: string | null;
  findings: number;
  createdAt: string;
  updatedAt: string;
}

/** Where a finding, a recommendation or an action comes from. */
export type PlanSource = { kind: 'review'; reviewId: string } | { kind: 'activity'; activityId: string };

/** The categories a partnership starts with; it can add, rename and remove its own. */
export const defaultCategories = ['Information sharing', 'Assessment', 'Supervision', 'Escalation', 'Voice of the child', 'Professional curiosity'] as const;

export interface FindingCategory {
  id: string;
  name: string;
  position: number;
  /** How many findings have it. */
  findings: number;
}

/** What a finding's evidence can point at (the ids a CLI writes as `entry:ID`, `excerpt:ID`…). */
export const evidenceKinds = ['entry', 'episode', 'excerpt', 'theme'] as const;
export type EvidenceKind = (typeof evidenceKinds)[number];

export const evidenceKindWords: Record<EvidenceKind, string> = {
  entry: 'Chronology entry',
  episode: 'Key practice episode',
  excerpt: 'Conversation excerpt',
  theme: 'Theme',
};

/** One piece of a finding's evidence, cited as a user would cite it. */
export interface Evidence {
  id: string;
  kind: EvidenceKind;
  /** The entry, episode, excerpt or theme; null once it was removed (the link stays, saying so). */
  targetId: string | null;
  /** "4 Mar 2026, Police: Officers attend …", "Key practice episode: …", "Source removed". */
  citation: string;
  /** For the side panel: the entry's full text, the episode's summary, the excerpt's words, the theme's description. */
  detail: string | null;
  /** The source was deleted (or the entry was deleted from the chronology). */
  removed: boolean;
}

export interface Finding {
  id: string;
  source: PlanSource;
  /** The review's or the activity's name, as the register shows it. */
  sourceLabel: string;
  /** Finding 1, 2, … within its review or activity. */
  number: number;
  statement: string;
  /** The underlying pattern in the system it shows (findings about the system, not individuals). */
  pattern: string | null;
  categoryId: string | null;
  category: string | null;
  evidence: Evidence[];
  recommendationIds: string[];
  createdAt: string;
  updatedAt: string;
}

/** A finding a recommendation answers; `findingId` null: that finding was removed, the recommendation stays. */
export interface AnsweredFinding {
  findingId: string | null;
  number: number | null;
  statement: string | null;
}

export interface Recommendation {
  id: string;
  source: PlanSource;
  sourceLabel: string;
  /** Recommendation 1, 2, … within its review or activity. */
  number: number;
  text: string;
  /** Agencies it is addressed to; empty: the partnership as a whole. */
  addressedTo: string[];
  /** YYYY-MM-DD: the day it was made (an action cannot be due before it). */
  madeOn: string;
  findings: AnsweredFinding[];
  actions: number;
  createdAt: string;
  updatedAt: string;
}

export const actionStatuses = ['not-started', 'on-track', 'at-risk', 'off-track', 'complete', 'not-implemented'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

export const actionStatusWords: Record<ActionStatus, string> = {
  'not-started': 'Not started',
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  complete: 'Complete',
  'not-implemented': 'Not implemented',
};

/** Statuses that close an action: it can no longer be overdue. */
export const closedStatuses: readonly ActionStatus[] = ['complete', 'not-implemented'];

export const rags = ['red', 'amber', 'green'] as const;
export type Rag = (typeof rags)[number];
export const ragWords: Record<Rag, string> = { red: 'Red', amber: 'Amber', green: 'Green' };

/** How long after completion the partnership reviews an action's impact. */
export const impactReviewMonths = 12;

export interface Action {
  id: string;
  recommendationId: string;
  source: PlanSource;
  sourceLabel: string;
  text: string;
  agency: string;
  leadRole: string;
  /** YYYY-MM-DD */
  due: string;
  measure: string | null;
  status: ActionStatus;
  rag: Rag | null;
  /** The day of the latest progress update; null before the first. */
  statusOn: string | null;
  /** The reason it was not implemented (required for that status). */
  reason: string | null;
  completedOn: string | null;
  impact: string | null;
  impactOn: string | null;
  /** Days past its due date on the day asked about (0 when not overdue or closed). */
  daysOverdue: number;
  /** Complete for 12 months or more with no evidence of impact recorded. */
  impactReviewDue: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface ProgressUpdate {
  id: string;
  actionId: string;
  /** YYYY-MM-DD: the day the progress was reported. */
  on: string;
  status: ActionStatus;
  rag: Rag | null;
  note: string | null;
  reason: string | null;
  recordedAt: string;
}

export const actionFilePurposes = ['completion', 'impact'] as const;
export type ActionFilePurpose = (typeof actionFilePurposes)[number];

/** Evidence of completion or of impact, kept inside the encrypted workspace. */
export interface ActionFile {
  id: string;
  actionId: string;
  purpose: ActionFilePurpose;
  fileName: string;
  size: number;
  addedAt: string;
}

/** One line of an action's history, newest last. */
export interface ActionEvent {
  at: string;
  /** YYYY-MM-DD the event is dated (a progress update's day; otherwise the day it was recorded). */
  on: string;
  kind: 'created' | 'edited' | 'progress' | 'file' | 'impact';
  /** "Status: At risk (Amber). Training dates moved to March." */
  words: string;
}

export interface ActionDetail extends Action {
  recommendation: string;
  findings: AnsweredFinding[];
  progress: ProgressUpdate[];
  files: ActionFile[];
  history: ActionEvent[];
}

/** One row of the partnership's register: an action with where it comes from. */
export interface RegisterRow {
  id: string;
  source: PlanSource;
  sourceLabel: string;
  recommendationId: string;
  recommendationNumber: number;
  recommendation: string;
  /** The findings its recommendation answers ("Finding 2: …"), joined for one cell. */
  finding: string;
  categories: string[];
  text: string;
  agency: string;
  leadRole: string;
  due: string;
  measure: string | null;
  status: ActionStatus;
  rag: Rag | null;
  statusOn: string | null;
  completedOn: string | null;
  daysOverdue: number;
  impactReviewDue: boolean;
}

export interface RegisterCounts {
  total: number;
  overdue: number;
  byStatus: Record<ActionStatus, number>;
  /** Agency by agency, alphabetically: how many actions, overdue, at risk or off track. */
  byAgency: Array<{ agency: string; total: number; overdue: number; atRisk: number; complete: number }>;
}

export interface Register {
  /** YYYY-MM-DD the overdue days are counted to. */
  asOf: string;
  rows: RegisterRow[];
  counts: RegisterCounts;
  /** The agencies, reviews, activities and categories to filter by (from every action, not just the rows shown). */
  choices: { agencies: string[]; sources: Array<{ source: PlanSource; label: string }>; categories: string[] };
}

/** For the annual report: each review's (or activity's) findings and what was done about each. */
export interface AnnualReport {
  year: number;
  sources: Array<{
    source: PlanSource;
    label: string;
    findings: Array<{
      number: number;
      statement: string;
      category: string | null;
      /** "3 actions complete; 1 not implemented: …" — what was done, with reasons where not. */
      outcome: string;
      actions: Array<{ text: string; agency: string; status: ActionStatus; completedOn: string | null; reason: string | null }>;
    }>;
  }>;
}

/** A 7-minute briefing made from a review's findings, and who received it. */
export interface Briefing {
  documentId: string;
  reviewId: string;
  title: string;
  createdAt: string;
  deliveries: BriefingDelivery[];
  /** Agencies that received it and have not confirmed its use. */
  notConfirmed: string[];
}

export interface BriefingDelivery {
  id: string;
  agency: string;
  /** YYYY-MM-DD */
  receivedOn: string;
  /** How the agency used it (team meetings, supervision…); null: use not confirmed. */
  used: string | null;
  createdAt: string;
}
