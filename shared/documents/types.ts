/** What the document channels return. Content holds real names: never log it. */
import type { DocJson } from './model';

/** What a document is for; the terms of reference (#7), interview notes and the report use it later. */
export const documentKinds = ['general', 'terms-of-reference', 'interview-notes', 'report'] as const;
export type DocumentKind = (typeof documentKinds)[number];

export interface DocumentSummary {
  id: string;
  reviewId: string;
  title: string;
  kind: DocumentKind;
  /** Printed top and bottom of every PDF page. */
  marking: string;
  wordCount: number;
  versionCount: number;
  createdAt: string;
  updatedAt: string;
  /** Archived: out of the review's list, kept, and can be brought back or (only then) deleted. */
  archived: { at: string; by: string } | null;
}

export interface DocumentDetail extends DocumentSummary {
  schemaVersion: number;
  content: DocJson;
  /** Goes up by one on every save; a save naming an older revision is refused (another window saved since). */
  revision: number;
}

export interface SavedDocument {
  id: string;
  revision: number;
  wordCount: number;
  updatedAt: string;
}

/** A snapshot: immutable once taken. */
export interface DocumentVersion {
  id: string;
  documentId: string;
  /** 1, 2, 3… in the order taken. */
  number: number;
  label: string;
  /** SHA-256 (hex) of the canonical serialisation of the content: see canonicalJson. */
  sha256: string;
  wordCount: number;
  createdAt: string;
}

/** One line of a readable comparison: a block of text (heading, paragraph, list item, cell) and its words. */
export interface DiffLine {
  kind: 'same' | 'added' | 'removed' | 'changed';
  /** For 'changed': the words, each kept, added or removed. Otherwise one part with the whole text. */
  parts: Array<{ kind: 'same' | 'added' | 'removed'; text: string }>;
}

export interface DocumentComparison {
  from: { label: string; number: number | null };
  to: { label: string; number: number | null };
  lines: DiffLine[];
  added: number;
  removed: number;
  changed: number;
}
