/**
 * Turns the rows read from an agency's file into chronology entries — or rejected rows with the
 * reason, so nothing the agency sent is lost: every row after the header becomes exactly one of
 * the two, and every non-empty cell of an entry lands in a field or in `extra`. Text stays literal
 * (markup and formula-like text are just text; exports neutralise formulas, not the importer).
 */
import { cellText, headerNames } from './cells';
import { parseChronoDate, plausibilityFlags, type DateOptions } from './dates';
import type { ChronologyField, ColumnMapping, PreparedEntry, RawCell, RawRow, RejectedRow, TextField } from './types';
import { textFields } from './types';

export { cellText, headerNames };

export interface PrepareOptions {
  date1904: boolean;
  /** YYYY-MM-DD, for two-digit years and the "in the future" flag. */
  today: string;
  /** The subject's date of birth: events before it are flagged. */
  earliest?: string | null | undefined;
  /** The source of information (mandatory) when no column gives one. */
  fileName: string;
}

export interface PreparedRows {
  entries: PreparedEntry[];
  rejected: RejectedRow[];
}

const significanceWords: Record<string, string> = { h: 'High', high: 'High', m: 'Medium', med: 'Medium', medium: 'Medium', l: 'Low', low: 'Low' };

/** H/High → High, M/Med/Medium → Medium, L/Low → Low (any case); anything else as written. */
export function normaliseSignificance(text: string): string {
  return significanceWords[text.trim().toLowerCase()] ?? text;
}

/** What happened: a row needs one of these (or an unmapped column) to be an entry. */
const describingFields: readonly TextField[] = ['eventType', 'event', 'action', 'outcome'];
const isTextField = (field: ChronologyField): field is TextField => (textFields as readonly string[]).includes(field);

/** A cell as entry text: trimmed, line breaks kept (as \n), a number without float noise. */
function textOf(cell: RawCell | undefined): string {
  const text = typeof cell === 'string' ? cell : cellText(cell ?? null);
  return (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text).trim();
}

/**
 * One pass per row, and nothing built that the row does not need: at 25,000 rows the copies and
 * closures of a more functional style cost as much as reading the dates. A row's header → text
 * record is only made for a row that is rejected.
 */
export function prepareRows(rows: readonly RawRow[], headerIndex: number, mapping: ColumnMapping, options: PrepareOptions): PreparedRows {
  const header = rows[headerIndex];
  if (!header) return { entries: [], rejected: [] };
  const headerTexts = header.cells.map((cell) => textOf(cell).toLowerCase());
  const names = headerNames(header);
  const nameOf = (index: number) => names[index] ?? `Column ${index + 1}`;
  // The first column mapped to each date part is read as the date; any other is kept as text.
  const dateColumn = mapping.indexOf('date');
  const timeColumn = mapping.indexOf('time');
  const endColumn = mapping.indexOf('endDate');
  const fieldOf = (index: number): TextField | null => {
    const field = mapping[index] ?? null;
    return field !== null && isTextField(field) ? field : null;
  };
  const flagContext = { today: options.today, earliest: options.earliest ?? null };
  const dateOptions: DateOptions = { date1904: options.date1904, today: options.today };
  const endOptions: DateOptions = { date1904: options.date1904, today: options.today };
  const entries: PreparedEntry[] = [];
  const rejected: RejectedRow[] = [];

  for (let rowIndex = headerIndex + 1; rowIndex < rows.length; rowIndex++) {
    const row = rows[rowIndex]!;
    const cells = row.cells;
    const width = Math.max(names.length, cells.length);
    const texts: string[] = new Array<string>(width);
    let blank = true;
    for (let index = 0; index < width; index++) {
      const text = textOf(cells[index]);
      texts[index] = text;
      if (text !== '') blank = false;
    }
    const reject = (reason: string) => {
      const values: Record<string, string> = {};
      for (let index = 0; index < width; index++) values[nameOf(index)] = texts[index]!;
      rejected.push({ rowNumber: row.rowNumber, reason, values });
    };

    if (blank) {
      reject('Blank row');
      continue;
    }
    if (headerTexts.length > 0 && texts.every((text, index) => text.toLowerCase() === (headerTexts[index] ?? ''))) {
      reject('The header row repeated');
      continue;
    }
    if (dateColumn < 0) {
      reject('No date: no column is mapped to the date');
      continue;
    }
    if (timeColumn >= 0) dateOptions.time = cells[timeColumn] ?? null;
    const parsed = parseChronoDate(cells[dateColumn] ?? null, dateOptions);
    if (!parsed.ok) {
      reject(parsed.reason);
      continue;
    }
    // parseChronoDate hands over a new object each time: the end date may widen it in place.
    const date = parsed.date;
    if (endColumn >= 0 && texts[endColumn] !== '') {
      const end = parseChronoDate(cells[endColumn] ?? null, endOptions);
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
    let described = false;
    for (let index = 0; index < width; index++) {
      const text = texts[index]!;
      if (text === '') continue;
      const usedAsDate = index === dateColumn || index === endColumn || (index === timeColumn && date.time !== null);
      if (usedAsDate) continue;
      const field = fieldOf(index);
      if (field === null) {
        // Unmapped, a second date column, or a time the date could not take (a time for "March 2019").
        extra[nameOf(index)] = text;
        described = true;
        continue;
      }
      const value = field === 'significance' ? normaliseSignificance(text) : text;
      // Two columns mapped to one field are both kept, one per line.
      fields[field] = fields[field] === undefined ? value : `${fields[field]}\n${value}`;
      if (describingFields.includes(field)) described = true;
    }
    if (!described) {
      reject('No event text: the row has a date but nothing about what happened');
      continue;
    }
    fields.source ??= options.fileName;
    entries.push({ rowNumber: row.rowNumber, date, fields, extra, flags: plausibilityFlags(date, flagContext) });
  }
  return { entries, rejected };
}
