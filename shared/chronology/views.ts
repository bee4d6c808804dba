/** What the chronology's channels hand to the renderer and the CLI. */
import type { SubmissionRemoval } from './changes';
import type { ChronoDate, ColumnMapping, EntryFlag, RejectedRow, TextField } from './types';

/** A file the user chose to import, named by a token only the core can turn back into a path. */
export interface PickedFile {
  token: string;
  name: string;
  size: number;
}

export type SourceFormat = 'csv' | 'tsv' | 'semicolon' | 'xlsx' | 'docx';

/** A chosen file as read: where its header is and how its columns would be mapped. */
export interface SourceInspection {
  token: string;
  fileName: string;
  format: SourceFormat;
  /** e.g. 'utf-8-bom', 'windows-1252'; null for a workbook or a Word document. */
  encoding: string | null;
  /** A workbook's sheets; for a Word document, the chronology tables read, all of them ("Table 2, rows 13–20: Date, Event"). */
  sheets: string[];
  sheet: string | null;
  /** Index into the rows read (not a row number) of the header row. */
  headerIndex: number;
  headers: string[];
  mapping: ColumnMapping;
  /** The mapping came from one saved for this agency's format. */
  mappingSaved: boolean;
  /** Inferred from the file name, or from a saved format; null when nothing fits. */
  agency: string | null;
  /** The first rows of the sheet as text, for choosing another header row. */
  topRows: Array<{ index: number; rowNumber: number; cells: string[] }>;
  /** Rows after the header. */
  dataRows: number;
  /** A Word document's table rows with every cell empty, left out (not rejected); absent for other files. */
  blankRows?: number;
}

export interface PreviewRow {
  rowNumber: number;
  /** Present when the row will become an entry. */
  date?: ChronoDate;
  event?: string;
  flags: EntryFlag[];
  /** Present when the row will be rejected. */
  reason?: string;
}

export interface ImportPreview {
  entries: number;
  rejected: number;
  flagged: number;
  /** Every rejected or flagged row, then the first of the rest, in row order (at most 500). */
  rows: PreviewRow[];
}

export interface ImportResult {
  submissionId: string;
  agency: string;
  imported: number;
  rejected: RejectedRow[];
  /** A Word document's table rows with every cell empty, left out (not rejected); absent for other files. */
  blankRows?: number;
  /** The file this one replaced, now removed from the review (undoable until the next import). */
  replaced?: { id: string; fileName: string };
  /** The agency's chronology request this file answered (marked received and linked). */
  answered?: { requestId: string };
}

export interface SubmissionInfo {
  id: string;
  reviewId: string;
  agency: string;
  fileName: string;
  format: SourceFormat;
  sheet: string | null;
  size: number;
  sha256: string;
  importedAt: string;
  entries: number;
  rejected: number;
  /** Taken out of the review: its entries and rejected rows are out of the composite. */
  removed: SubmissionRemoval | null;
}

/**
 * Where an entry came from: a row of an agency's file, or the reviewer's own hand. An entry
 * written by hand has no submission, file or row (`file` is empty) and names who wrote it.
 */
export interface Provenance {
  submissionId: string | null;
  file: string;
  rowNumber: number | null;
  /** When the file was imported, or when the entry was written by hand. */
  importedAt: string;
  /** Who wrote the entry by hand; null for an entry read from a file. */
  enteredBy: string | null;
}

export interface ChronologyEntry extends Partial<Record<Exclude<TextField, 'agency'>, string>> {
  id: string;
  reviewId: string;
  agency: string;
  date: ChronoDate;
  /** Order among entries of the same day and time: the submission's import order, then its rows. */
  sequence: number;
  extra: Record<string, string>;
  flags: EntryFlag[];
  analysis: string | null;
  provenance: Provenance;
  episodeIds: string[];
  /** Entries marked as the same event as this one. */
  linkedIds: string[];
}

export interface ChronologyList {
  entries: ChronologyEntry[];
  /** All entries of the review, before the filter. */
  total: number;
  /** How many entries the filter selects: `entries.length` unless a window of them was asked for. */
  matched: number;
  /** Every agency with entries, for the filter. */
  agencies: string[];
}

export interface RejectedEntry extends RejectedRow {
  id: string;
  submissionId: string;
  agency: string;
  fileName: string;
}

export interface DuplicatePair {
  a: ChronologyEntry;
  b: ChronologyEntry;
  /** Text similarity, 0–1. */
  score: number;
  decision: 'same' | 'dismissed' | null;
}

export interface Episode {
  id: string;
  reviewId: string;
  title: string;
  start: string | null;
  end: string | null;
  summary: string | null;
  entryCount: number;
}
