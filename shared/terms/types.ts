/** What the terms-of-reference channels return. */
import type { DocJson } from '../documents/model';
import type { DiffLine } from '../documents/types';
import type { DecisionMethod } from './decision';
import type { TermsGuidance } from './guidance';
import type { TermsFields } from './model';

export const termsStatuses = ['draft', 'submitted', 'signed-off', 'returned'] as const;
export type TermsStatus = (typeof termsStatuses)[number];

export const termsStatusLabels: Record<TermsStatus, string> = {
  draft: 'Draft',
  submitted: 'Submitted for sign-off',
  'signed-off': 'Signed off',
  returned: 'Returned with comments',
};

/** A file kept with a decision (the chair's email, a letter), stored encrypted in the workspace. */
export interface DecisionEvidence {
  fileName: string;
  size: number;
  /** SHA-256 of the file's bytes. */
  sha256: string;
}

export interface TermsDecision {
  id: string;
  decision: 'approved' | 'returned';
  /** Who decided. */
  signatory: string;
  /** e.g. "Independent Chair, SVPP". */
  role: string;
  /** The day the decision was made (YYYY-MM-DD): often before it was recorded. */
  at: string;
  /** How it was made; null for a decision recorded before the app asked. */
  how: DecisionMethod | null;
  /** Who recorded it in the app (their name in Settings); null for a decision recorded before the app kept it. */
  recordedBy: string | null;
  /** When it was recorded (ISO timestamp). */
  recordedAt: string;
  comments: string;
  /** The SHA-256 the decision was made on. */
  sha256: string;
  evidence: DecisionEvidence | null;
}

export interface TermsVersion {
  reviewId: string;
  number: number;
  status: TermsStatus;
  fields: TermsFields;
  sections: DocJson;
  /** SHA-256 of the canonical serialisation of this version as it is now. */
  sha256: string;
  /** The SHA-256 when it was submitted; a sign-off is refused if `sha256` has moved on since. */
  submittedSha256: string | null;
  submittedAt: string | null;
  /** Decisions on this version, oldest first (returns, then at most one approval). */
  decisions: TermsDecision[];
  createdAt: string;
  updatedAt: string;
}

export interface TermsOverview {
  /** The newest version: the one being worked on. Null before terms of reference are started. */
  current: TermsVersion | null;
  /** Every version, newest first, without their content. */
  history: Array<Pick<TermsVersion, 'number' | 'status' | 'sha256' | 'updatedAt'> & { signedBy: string | null; signedAt: string | null }>;
  /** What changed since the last signed version, when the current one is a later draft. */
  changesSinceSigned: { signedVersion: number; lines: DiffLine[] } | null;
  /** The templates' guidance: hints for fields, paragraphs to show as guidance in the sections. */
  guidance: TermsGuidance;
  /** Where the current version still holds guidance word for word (field labels, section headings); it cannot be approved so. */
  guidanceLeft: string[];
}

export interface TemplateInfo {
  id: string;
  name: string;
  description: string;
  /** Shipped with the app (resources/) or saved in this workspace by the partnership. */
  source: 'app' | 'workspace';
}

export interface PdfVerification {
  match: boolean;
  review: string | null;
  version: number | null;
  signedBy: string | null;
  signedAt: string | null;
  /** What to tell the user, e.g. "Matches signed version 1 of LCSPR: Child M, signed by … on …". */
  message: string;
}
