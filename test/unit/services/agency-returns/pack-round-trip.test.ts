/**
 * The "done when": a template an agency filled in comes back and imports with no question
 * asked. The template is generated, filled by script as an agency would (real date cells, a
 * day-first date typed as text, an approximate date in words, a week, two contacts on one day put
 * in order with Sequence), read by the chronology import's own reader, its header row and columns
 * found, and imported into a real workspace: every row an entry, each date at its precision.
 *
 * What counts as a question is what the import wizard or `prw chronology import` would ask or
 * refuse on: see mappingQuestions below.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { chronologyFields, type ChronologyField, type ColumnMapping } from '../../../../shared/chronology/types';
import { requestTemplateProduct } from '../../../../electron/services/agency-returns/pack';
import { detectHeader, matchHeader, readSource, suggestMapping } from '../../../../electron/services/chronology/read';
import { addRapidReview, call, useWorkspace } from '../reviews/helpers';
import { choose } from '../chronology/helpers';
import { expectedHeaders, loadWorkbook, packInput } from './pack-helpers';

/** Columns the template keeps on purpose as "other columns": the chronology has no field for them. */
const keptColumns = new Set(['Sequence']);
/** Fields the chronology needs from a template: the date (the import refuses without it), its source (mandatory) and what happened. */
const neededFields: readonly ChronologyField[] = ['date', 'source', 'event'];

/**
 * What the import would ask about the columns, in words: a column whose name the import does not
 * place with certainty (no name, or only a looser match such as "Incident details" — the wizard
 * then leaves it to the user to check), a column the template keeps that was placed on a field
 * anyway, a needed field no column feeds, or two columns on one field (both refused by the core
 * and the wizard). Empty: the suggested mapping goes through untouched.
 */
function mappingQuestions(headers: readonly string[], mapping: ColumnMapping): string[] {
  const questions: string[] = [];
  headers.forEach((header, column) => {
    const match = matchHeader(header);
    if (keptColumns.has(header)) {
      if (mapping[column] !== null) questions.push(`"${header}" is placed on ${mapping[column]} but should be kept as an other column`);
    } else if (!match) questions.push(`"${header}" is not a column name the import knows`);
    else if (!match.exact) questions.push(`"${header}" is only a loose match for ${match.field}`);
    else if (mapping[column] !== match.field) questions.push(`"${header}" is not mapped to ${match.field}`);
  });
  for (const field of neededFields) if (!mapping.includes(field)) questions.push(`no column is mapped to ${field}`);
  for (const field of chronologyFields) if (mapping.filter((mapped) => mapped === field).length > 1) questions.push(`two columns are mapped to ${field}`);
  return questions;
}

type Row = [date: ExcelJS.CellValue, time: ExcelJS.CellValue, sequence: ExcelJS.CellValue, source: string, role: string, event: string, action: string, outcome: string];

/** Six contacts as an agency types them. A real date cell is the day as shown (exceljs writes it in UTC); a Time of 0.4375 is Excel's 10:30. */
const filled: Row[] = [
  [new Date(Date.UTC(2019, 1, 2)), '23:10', null, 'Police incident log', 'Police constable', 'Neighbour reported shouting at the home of Child M.', 'Officers attended.', 'No offences disclosed; words of advice.'],
  ['w/c 18 February 2019', null, null, 'Police intelligence system', 'Intelligence officer', 'Intelligence report about the address.', 'Shared with children’s social care.', 'Filed.'],
  ['approx March 2019', null, null, 'Officer’s notebook', 'PCSO', 'Mother seen at a community event; said things were better.', 'None.', 'None.'],
  ['03/04/2019', null, 1, 'Police incident log', 'Police constable', 'Call from school: bruise on Child M’s arm.', 'Referral to the MASH.', 'Strategy discussion arranged.'],
  ['03/04/2019', null, 2, 'MASH record', 'Detective sergeant', 'Strategy discussion with social care and health.', 'Section 47 enquiry agreed.', 'Joint visit planned.'],
  [new Date(Date.UTC(2019, 5, 14)), 0.4375, null, 'Police incident log', 'Detective constable', 'Joint visit with social worker.', 'Child M spoken to alone.', 'Plan agreed with the family.'],
];

const folder = mkdtempSync(path.join(tmpdir(), 'prw-pack-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The template as the agency sends it back: generated, filled in below the header, saved under its own name. */
async function filledTemplate(): Promise<{ file: string; bytes: Uint8Array }> {
  const workbook = await loadWorkbook(await requestTemplateProduct(packInput, { reviewId: 'review-1' }).render());
  const sheet = workbook.getWorksheet('Chronology')!;
  filled.forEach((values, index) => {
    const row = sheet.getRow(6 + index);
    values.forEach((value, column) => {
      if (value !== null) row.getCell(column + 1).value = value;
    });
    row.commit();
  });
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  const file = path.join(folder, 'chronology-template-northshire-police.xlsx');
  writeFileSync(file, bytes);
  return { file, bytes };
}

const workspace = useWorkspace();

describe('the request pack round trip: template out, filled in, imported without a question', () => {
  it('is read from the Chronology sheet, its header row found under the three lines above it, every column placed', async () => {
    const { file, bytes } = await filledTemplate();
    const table = await readSource(bytes, path.basename(file));
    expect(table).toMatchObject({ format: 'xlsx', sheet: 'Chronology', sheets: ['Chronology', 'Instructions'] });
    const { headerIndex, headers } = detectHeader(table.rows);
    expect(table.rows[headerIndex]!.rowNumber).toBe(5);
    expect(headers).toEqual(expectedHeaders);
    const mapping = suggestMapping(headers);
    expect(mapping).toEqual(['date', 'time', null, 'source', 'authorRole', 'event', 'action', 'outcome']);
    expect(mappingQuestions(headers, mapping)).toEqual([]);
    expect(table.rows.slice(headerIndex + 1)).toHaveLength(filled.length);
  });

  it('imports every row into a workspace with the suggested mapping, each date at the precision written', async () => {
    const { file } = await filledTemplate();
    const review = await addRapidReview(workspace.rig);
    const [token] = await choose(workspace.rig, review.id, file);
    const inspection = await call(workspace.rig, 'chronology:inspect', { token: token! });
    expect(inspection.sheet).toBe('Chronology');
    expect(inspection.topRows[inspection.headerIndex]!.rowNumber).toBe(5);
    expect(mappingQuestions(inspection.headers, inspection.mapping)).toEqual([]);
    // The CLI asks for the agency only when none can be told from the file's name.
    expect(inspection.agency).not.toBeNull();
    const result = await call(workspace.rig, 'chronology:import', {
      reviewId: review.id,
      token: token!,
      headerIndex: inspection.headerIndex,
      mapping: inspection.mapping,
      agency: packInput.agency,
      jobId: randomUUID(),
      saveFormat: false,
    });
    expect(result.rejected).toEqual([]);
    expect(result.imported).toBe(filled.length);

    const { entries } = await call(workspace.rig, 'chronology:list', { reviewId: review.id, anonymised: false });
    expect(entries).toHaveLength(filled.length);
    const dates = entries.map((entry) => ({ ...entry.date, text: undefined, event: entry.event }));
    expect(dates).toEqual([
      { start: '2019-02-02', end: '2019-02-02', time: '23:10', precision: 'datetime', approximate: false, text: undefined, event: filled[0]![5] },
      { start: '2019-02-18', end: '2019-02-24', time: null, precision: 'week', approximate: false, text: undefined, event: filled[1]![5] },
      { start: '2019-03-01', end: '2019-03-31', time: null, precision: 'month', approximate: true, text: undefined, event: filled[2]![5] },
      { start: '2019-04-03', end: '2019-04-03', time: null, precision: 'day', approximate: false, text: undefined, event: filled[3]![5] },
      { start: '2019-04-03', end: '2019-04-03', time: null, precision: 'day', approximate: false, text: undefined, event: filled[4]![5] },
      // A date cell and an Excel time (0.4375 of a day) in the Time column.
      { start: '2019-06-14', end: '2019-06-14', time: '10:30', precision: 'datetime', approximate: false, text: undefined, event: filled[5]![5] },
    ]);
    expect(entries.map((entry) => entry.date.text)).toEqual(expect.arrayContaining(['approx March 2019', 'w/c 18 February 2019', '03/04/2019']));
    expect(entries.every((entry) => entry.agency === 'Northshire Police')).toBe(true);
    expect(entries.map((entry) => entry.source)).toEqual(filled.map((row) => row[3]));
    expect(entries.map((entry) => entry.authorRole)).toEqual(filled.map((row) => row[4]));
    expect(entries.map((entry) => entry.action)).toEqual(filled.map((row) => row[6]));
    expect(entries.map((entry) => entry.outcome)).toEqual(filled.map((row) => row[7]));
    // Sequence stays with its entries, and the two contacts of 3 April keep the order it gave them.
    expect(entries.filter((entry) => entry.date.start === '2019-04-03').map((entry) => entry.extra)).toEqual([{ Sequence: '1' }, { Sequence: '2' }]);
    expect(entries[2]!.flags).toContain('approximate');
  });
});

describe('mappingQuestions', () => {
  it('asks about a column it cannot place with certainty, a missing source and two columns on one field', () => {
    const headers = ['Date', 'Incident details', 'Event', 'Summary', 'Sequence', 'Colour'];
    const mapping: ColumnMapping = ['date', null, 'event', 'event', 'time', null];
    expect(mappingQuestions(headers, mapping)).toEqual([
      '"Incident details" is only a loose match for event',
      '"Sequence" is placed on time but should be kept as an other column',
      '"Colour" is not a column name the import knows',
      'no column is mapped to source',
      'two columns are mapped to event',
    ]);
  });
});
