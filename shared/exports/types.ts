/**
 * What the one export path records and reports. Every export — chronology, document, terms of
 * reference, and those to come — is recorded the same way: the SHA-256 of the file, what it
 * holds, named or anonymised, who and when.
 */
export const exportKinds = ['chronology', 'document', 'terms', 'agency-request', 'interviews', 'action-register', 'annual-report'] as const;
export type ExportKind = (typeof exportKinds)[number];

/** qdc and qdpx: the REFI-QDA codebook and project, read by QualCoder, NVivo, ATLAS.ti and MAXQDA. */
export const exportFormats = ['csv', 'xlsx', 'pdf', 'qdc', 'qdpx'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const exportKindLabels: Record<ExportKind, string> = {
  chronology: 'Multi-agency chronology',
  document: 'Document',
  terms: 'Terms of reference',
  'agency-request': 'Agency request',
  interviews: 'Practitioner conversations',
  'action-register': 'Action register',
  'annual-report': 'Annual report tables',
};

/** A likely personal name in the text that the people register does not know (shared/people/unknown-names.ts). */
export type { NameCandidate as UnknownName } from '../people/unknown-names';

/** What an export holds: the same facts on the way out (the product) and in the register. */
export interface ExportFacts {
  kind: ExportKind;
  format: ExportFormat;
  /** Null for the partnership's exports across every review (the action register, the annual report tables). */
  reviewId: string | null;
  /** The document's id for a document export; null for the review-wide exports. */
  subjectId: string | null;
  /** The version exported, when the subject has versions. */
  version: number | null;
  anonymised: boolean;
  /** The exported view was filtered: it holds part of the subject, and says so. */
  filtered: boolean;
}

/** An export as the register of exports keeps it. */
export interface ExportRecord extends ExportFacts {
  id: string;
  fileName: string;
  sha256: string;
  exportedBy: string;
  exportedAt: string;
  /** The reason given for exporting with names the register does not know; null when there were none. */
  unresolvedReason: string | null;
}

/** What an export channel returns when the file is written. */
export interface ExportResult {
  path: string;
  record: ExportRecord;
  /** One sentence for the user: what was written and, for a filtered view, that it is part of the whole. */
  summary: string;
}

/** Names the user said are not people (a place, a team, a product): remembered per workspace. */
export interface NotPerson {
  key: string;
  name: string;
  markedAt: string;
}
