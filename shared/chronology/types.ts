/**
 * The multi-agency chronology (issue #5): what an agency's row becomes once read.
 *
 * Dates keep the precision the source gave them ("approx March 2019" is a month, not the 1st of
 * March): every date is a range of days, `start` to `end`, with a precision saying how it was
 * written. A day is a range of one; nothing here ever invents a day the source did not give.
 */

export const precisions = ['datetime', 'day', 'week', 'month', 'term', 'year'] as const;
export type Precision = (typeof precisions)[number];

export interface ChronoDate {
  /** First day the event can have happened on, YYYY-MM-DD. */
  start: string;
  /** Last day it can have happened on; equal to `start` for a day. */
  end: string;
  /** HH:MM (24-hour) when the source gave a time. */
  time: string | null;
  precision: Precision;
  /** The source hedged it: "approx", "?", "c.", "about", "circa". */
  approximate: boolean;
  /** As the source wrote it (a real spreadsheet date cell is written out as YYYY-MM-DD). */
  text: string;
}

/** Things a reviewer should look at twice; none of them stops a row being imported. */
export const entryFlags = ['approximate', 'range', 'future', 'before-birth'] as const;
export type EntryFlag = (typeof entryFlags)[number];

/**
 * One cell as the readers hand it over: text, a number (a spreadsheet number cell, which in a
 * date column is an Excel serial date), a real spreadsheet date cell (`{ date }`: YYYY-MM-DD or
 * YYYY-MM-DDTHH:MM:SS, the wall-clock value the cell shows, no time zone), or empty.
 */
export type RawCell = string | number | { date: string } | null;

export interface RawRow {
  /** The row number a spreadsheet application shows for it (1-based, title and header rows counted). */
  rowNumber: number;
  cells: RawCell[];
}

/** The chronology columns of DOMAIN.md that a source column can be mapped onto. */
export const chronologyFields = [
  'date',
  'time',
  'endDate',
  'agency',
  'source',
  'authorRole',
  'eventType',
  'event',
  'action',
  'outcome',
  'significance',
] as const;
export type ChronologyField = (typeof chronologyFields)[number];

export const fieldLabels: Record<ChronologyField, string> = {
  date: 'Date',
  time: 'Time',
  endDate: 'End date',
  agency: 'Agency',
  source: 'Source of information',
  authorRole: 'Author role',
  eventType: 'Event type',
  event: 'Event',
  action: 'Action taken',
  outcome: 'Outcome',
  significance: 'Significance',
};

/** The free-text fields an entry carries (everything but the date parts). */
export const textFields = ['agency', 'source', 'authorRole', 'eventType', 'event', 'action', 'outcome', 'significance'] as const;
export type TextField = (typeof textFields)[number];

/**
 * Which field each source column feeds, by column index; null keeps the column's values with the
 * entry under its header (shown as "other columns"), so an unmapped column is never lost.
 */
export type ColumnMapping = Array<ChronologyField | null>;

/** A source row that became an entry, before it is stored. */
export interface PreparedEntry {
  rowNumber: number;
  date: ChronoDate;
  fields: Partial<Record<TextField, string>>;
  /** Unmapped columns, header → text. */
  extra: Record<string, string>;
  flags: EntryFlag[];
}

/** A source row that did not become an entry, with why — shown to the user, who can fix it. */
export interface RejectedRow {
  rowNumber: number;
  reason: string;
  /** The row as read, header → text, so it can be corrected and imported. */
  values: Record<string, string>;
}
