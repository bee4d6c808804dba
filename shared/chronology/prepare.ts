/**
 * Turns the rows read from an agency's file into chronology entries — or rejected rows with the
 * reason, so nothing the agency sent is lost: every row after the header becomes exactly one of
 * the two. Text stays literal (markup and formula-like text are just text).
 */
import { cellText, headerNames } from './cells';
import { parseChronoDate, plausibilityFlags } from './dates';

export { cellText, headerNames };
import type { ChronologyField, ColumnMapping, PreparedEntry, RawRow, RejectedRow, TextField } from './types';
import { textFields } from './types';

export interface PrepareOptions {
  date1904: boolean;
  /** YYYY-MM-DD, for two-digit years and the "in the future" flag. */
  today: string;
  /** The subject's date of birth: events before it are flagged. */
  earliest?: string | null | undefined;
  /** The source of information when no column gives one. */
  fileName: string;
}

const significanceWords: Record<string, string> = { h: 'High', high: 'High', m: 'Medium', medium: 'Medium', med: 'Medium', l: 'Low', low: 'Low' };

function normaliseSignificance(text: string): string {
  return significanceWords[text.toLowerCase()] ?? text;
}

function columnOf(mapping: ColumnMapping, field: ChronologyField): number {
  return mapping.indexOf(field);
}

export function prepareRows(rows: readonly RawRow[], headerIndex: number, mapping: ColumnMapping, options: PrepareOptions): { entries: PreparedEntry[]; rejected: RejectedRow[] } {
  const header = rows[headerIndex];
  if (!header) return { entries: [], rejected: [] };
  const headers = headerNames(header);
  const headerKey = headers.map((name) => name.toLowerCase()).join('\u0000');
  const dateColumn = columnOf(mapping, 'date');
  const timeColumn = columnOf(mapping, 'time');
  const endColumn = columnOf(mapping, 'endDate');
  const entries: PreparedEntry[] = [];
  const rejected: RejectedRow[] = [];

  for (const row of rows.slice(headerIndex + 1)) {
    const texts = headers.map((_, index) => cellText(row.cells[index] ?? null).trim());
    // Cells beyond the header (a ragged row) are kept too, under "Column N".
    for (let index = headers.length; index < row.cells.length; index++) texts.push(cellText(row.cells[index] ?? null).trim());
    const values: Record<string, string> = {};
    texts.forEach((text, index) => (values[headers[index] ?? `Column ${index + 1}`] = text));
    const reject = (reason: string) => rejected.push({ rowNumber: row.rowNumber, reason, values });

    if (texts.every((text) => text === '')) {
      reject('Blank row');
      continue;
    }
    if (texts.slice(0, headers.length).map((text) => text.toLowerCase()).join('\u0000') === headerKey) {
      reject('The header row repeated');
      continue;
    }
    if (dateColumn < 0) {
      reject('No date: no column is mapped to the date');
      continue;
    }
    const parsed = parseChronoDate(row.cells[dateColumn] ?? null, {
      date1904: options.date1904,
      today: options.today,
      ...(timeColumn >= 0 ? { time: row.cells[timeColumn] ?? null } : {}),
    });
    if (!parsed.ok) {
      reject(parsed.reason);
      continue;
    }
    const date = { ...parsed.date };
    if (endColumn >= 0 && texts[endColumn] !== '') {
      const end = parseChronoDate(row.cells[endColumn] ?? null, { date1904: options.date1904, today: options.today });
      if (!end.ok) {
        reject(`End date: ${end.reason}`);
        continue;
      }
      if (end.date.end < date.start) {
        reject(`The end date (${texts[endColumn]}) is before the date (${date.text})`);
        continue;
      }
      if (end.date.end > date.end) date.end = end.date.end;
    }

    const fields: Partial<Record<TextField, string>> = {};
    const extra: Record<string, string> = {};
    mapping.forEach((field, index) => {
      const text = texts[index] ?? '';
      if (text === '') return;
      if (field === null) extra[headers[index]!] = text;
      else if ((textFields as readonly string[]).includes(field)) fields[field as TextField] = field === 'significance' ? normaliseSignificance(text) : text;
    });
    for (let index = mapping.length; index < texts.length; index++) if (texts[index]) extra[`Column ${index + 1}`] = texts[index]!;
    const described = (['event', 'action', 'outcome', 'eventType'] as const).some((field) => fields[field] !== undefined) || Object.keys(extra).length > 0;
    if (!described) {
      reject('No event text: the row has a date but nothing about what happened');
      continue;
    }
    fields.source ??= options.fileName;
    entries.push({ rowNumber: row.rowNumber, date, fields, extra, flags: plausibilityFlags(date, { today: options.today, earliest: options.earliest ?? null }) });
  }
  return { entries, rejected };
}
