/**
 * The audit log as CSV: the viewer's four columns, in its words, the time day first as it shows
 * it. A cell a spreadsheet would run as a formula is written to read as text (the chronology's
 * rule: a leading apostrophe), since a person's name or role is whatever they typed.
 */
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify, type Options } from 'csv-stringify';
import { formatAuditTime, type AuditRow } from '../../../shared/workspace';

export const auditColumns: Array<[header: string, value: (row: AuditRow) => string]> = [
  ['When', (row) => formatAuditTime(row.at)],
  ['Who', (row) => row.who],
  ['What', (row) => row.what],
  ['About', (row) => row.target],
];

const formulaStart = /^[=+\-@\t\r]/;

function neutralise(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

// A BOM so Excel reads the file as UTF-8 (curly apostrophes in the words); CRLF as Excel writes it.
const csvOptions: Options = { bom: true, record_delimiter: 'windows' };

function* csvRows(rows: readonly AuditRow[]): Generator<string[]> {
  yield auditColumns.map(([header]) => header);
  for (const row of rows) yield auditColumns.map(([, value]) => neutralise(value(row)));
}

export async function writeAuditCsv(rows: readonly AuditRow[], output: Writable, signal?: AbortSignal): Promise<void> {
  await pipeline(Readable.from(csvRows(rows)), stringify(csvOptions), output, signal ? { signal } : {});
}
