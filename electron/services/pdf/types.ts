/**
 * What callers hand the PDF engine. The engine knows nothing about workspaces or people: names,
 * pseudonyms and the anonymiser arrive as functions, so the same engine draws named and
 * anonymised copies.
 */
import type { Writable } from 'node:stream';
import type { DocJson, ReferenceAttrs } from '../../../shared/documents/model';

/** Which way round every page of the document is: A4 either way, with the same margins. */
export type PdfOrientation = 'portrait' | 'landscape';

/** A big table after the content, e.g. the multi-agency chronology as an appendix. */
export interface PdfTable {
  /** Heading above the table; also an outline and contents entry. */
  title: string;
  /** `width` is a relative weight: the columns share the page width in these proportions. */
  columns: Array<{ header: string; width: number }>;
  /** Plain-text cells, already anonymised by the caller when the copy is anonymised; "\n" breaks a line. */
  rows: string[][];
  /**
   * The note that ends a cell too long to draw whole (see shorten.ts), given the cell's length in
   * characters: say where the full text is. Without it the note only gives the length.
   */
  shortenedNote?: (characters: number) => string;
  /**
   * True unless set false: the appendix starts on a new page. False lets it follow what comes
   * before on the same page, for a table that is the document (the chronology after its
   * one-paragraph summary), where a page break would leave a page with a line or two on it.
   */
  newPage?: boolean;
}

/** The sign-off page at the end. */
export interface PdfSignOff {
  signatory: string;
  role: string;
  /** ISO date (YYYY-MM-DD). */
  date: string;
  decision: string;
  comments?: string;
  /** Full SHA-256 hex. Printed in a short and a full form and stored in the PDF's metadata; without it the page has a blank signature block. */
  verificationCode?: string;
}

export interface PdfRequest {
  title: string;
  /** Shown on the cover as "Review: …". */
  reviewTitle: string;
  /** Shown on the cover instead of "Review: …", for a document about the whole workspace (the audit log). */
  coverLine?: string;
  /**
   * False: no cover page, the content starts on the first page (a letter, where a title page
   * would only come between the reader and what is asked). True when left out.
   */
  cover?: boolean;
  /** Protective marking, at the top and bottom of every page including the cover. */
  marking: string;
  /** E.g. "Version 2 — PRG draft" or "Working copy". */
  versionLabel: string;
  /** ISO date (YYYY-MM-DD), shown on the cover as "27 November 2026". */
  date: string;
  /** A diagonal light-grey DRAFT watermark on every page. */
  draft: boolean;
  /** 'portrait' when left out; 'landscape' gives a wide table (the chronology) more room across. */
  orientation?: PdfOrientation;
  content: DocJson;
  /** Appendices after the content, each starting on a new page unless it says otherwise. */
  tables?: PdfTable[];
  signOff?: PdfSignOff;
  author?: string;
  subject?: string;
  keywords?: string[];
  /** The workspace's audit head when the file was made ("seq:hash", audit/anchor.ts), kept in the metadata for `audit verify --against`. */
  auditAnchor?: string;
  /** BCP 47 language of the text; 'en-GB' when left out. */
  language?: string;
  /** Text for a reference chip: a name, or a pseudonym when anonymised. */
  referenceText: (attrs: ReferenceAttrs) => string;
  /**
   * Applied to every run of the document's text (paragraphs, headings, table cells, footnotes,
   * the sign-off's decision and comments); not to the title, marking or other chrome, nor to
   * appendix rows, which arrive anonymised.
   */
  transformText?: (text: string) => string;
  /** Layout units (blocks and table rows, counted once while measuring and once while drawing). */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** Where the pages stream as they are finished (an export's temporary file), ended at the end; the PDF comes back as bytes when absent. */
  output?: Writable | undefined;
  /** Absolute path of the folder holding NotoSans-{Regular,Bold,Italic,BoldItalic}.ttf. */
  fontsDir: string;
}
