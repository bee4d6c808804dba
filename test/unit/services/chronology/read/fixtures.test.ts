/** Reading the six fictional Hartwell fixtures of EXPECTED.md: format, encoding, header, rows, mapping. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellText, detectHeader, inferAgency, readSource, suggestMapping, type SourceTable } from '../../../../../electron/services/chronology/read';
import { chronologyFixtures } from '../../../../fixtures/paths';

/** Inside the repository (test/fixtures), so a fresh clone can run this. */
const fixtures = chronologyFixtures;

async function read(file: string): Promise<SourceTable> {
  return readSource(readFileSync(path.join(fixtures, file)), file);
}

interface Expectation {
  format: SourceTable['format'];
  encoding: string | null;
  headerIndex: number;
  headers: string[];
  dataRows: number;
  mapping: Array<string | null>;
  agency: string;
}

const expected: Record<string, Expectation> = {
  'police.csv': {
    format: 'csv',
    encoding: 'utf-8-bom',
    headerIndex: 0,
    headers: ['Date/Time', 'Source System', 'Reference', 'Details', 'Action Taken', 'Officer Role'],
    dataRows: 8,
    mapping: ['date', 'source', null, 'event', 'action', 'authorRole'],
    agency: 'Police',
  },
  'health-visiting.xlsx': {
    format: 'xlsx',
    encoding: null,
    headerIndex: 2,
    headers: ['Date', 'Contact Type', 'Practitioner', 'Summary of Contact', 'Outcome / Plan'],
    dataRows: 8,
    mapping: ['date', 'eventType', 'authorRole', 'event', 'outcome'],
    agency: 'Health Visiting',
  },
  'school.csv': {
    format: 'csv',
    encoding: 'windows-1252',
    headerIndex: 0,
    headers: ['Date', 'Event', 'Staff', 'Action'],
    dataRows: 5,
    mapping: ['date', 'event', 'authorRole', 'action'],
    agency: 'School',
  },
  'childrens-social-care.xlsx': {
    format: 'xlsx',
    encoding: null,
    headerIndex: 0,
    headers: ['Date', 'Time', 'Event Type', 'Description', 'Worker', 'Manager Oversight', 'Significance (H/M/L)'],
    dataRows: 7,
    mapping: ['date', 'time', 'eventType', 'event', 'authorRole', null, 'significance'],
    agency: "Children's Social Care",
  },
  'gp.tsv': {
    format: 'tsv',
    encoding: 'utf-8',
    headerIndex: 0,
    headers: ['Event Date', 'Consultation Type', 'Clinician', 'Problem', 'Notes'],
    dataRows: 4,
    mapping: ['date', 'eventType', 'authorRole', null, 'event'],
    agency: 'GP',
  },
  'hospital-ed.csv': {
    format: 'semicolon',
    encoding: 'utf-8',
    headerIndex: 0,
    headers: ['Arrival', 'Patient', 'Presenting complaint', 'Triage', 'Discharge outcome'],
    dataRows: 2,
    mapping: ['date', null, 'event', null, 'outcome'],
    agency: 'Hospital Emergency Department',
  },
};

describe('reading the fixtures', () => {
  it('finds the fixtures inside the repository', () => {
    expect(fixtures.startsWith(path.resolve(__dirname, '../../../../..'))).toBe(true);
    expect(readdirSync(fixtures).filter((file) => file !== 'EXPECTED.md').sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [file, want] of Object.entries(expected)) {
    it(`${file}: ${want.format}, header row ${want.headerIndex + 1}, ${want.dataRows} data rows, suggested mapping`, async () => {
      const table = await read(file);
      expect(table.format).toBe(want.format);
      expect(table.encoding).toBe(want.encoding);
      expect(table.date1904).toBe(false);
      const { headerIndex, headers } = detectHeader(table.rows);
      expect(headerIndex).toBe(want.headerIndex);
      expect(headers).toEqual(want.headers);
      expect(table.rows.length - headerIndex - 1).toBe(want.dataRows);
      expect(suggestMapping(headers)).toEqual(want.mapping);
      expect(inferAgency(file)).toBe(want.agency);
      // Row numbers are the ones a spreadsheet shows, one per record.
      expect(table.rows.map((row) => row.rowNumber)).toEqual(table.rows.map((_, index) => index + 1));
    });
  }

  it('police.csv: keeps the quoted multi-line cell with its newline, doubled quotes undone, CRLF line ends gone', async () => {
    const table = await read('police.csv');
    const joint = table.rows[5]!;
    expect(joint.rowNumber).toBe(6);
    expect(joint.cells).toHaveLength(6);
    expect(joint.cells[0]).toBe('12/03/2019 10:15');
    expect(joint.cells[3]).toBe('Joint visit with social worker. Mother says bruise caused by Tyler "playing too rough".\nAccount consistent with medical opinion, per CAIU notes.');
    expect(joint.cells[5]).toBe('DC (CAIU)');
    expect(table.rows[8]!.rowNumber).toBe(9);
    expect(table.rows.every((row) => row.cells.every((cell) => typeof cell !== 'string' || !cell.includes('\r')))).toBe(true);
    expect(table.sheets).toEqual([]);
    expect(table.sheet).toBeNull();
  });

  it('school.csv: Windows-1252 pound sign and curly quotes decoded', async () => {
    const table = await read('school.csv');
    expect(table.rows[3]!.cells[1]).toBe('Attendance 87%. Free school meals application made; £20 uniform grant given.');
    expect(table.rows[1]!.cells[1]).toBe('Tyler arrived late 4 times this half term; mum said the baby \u201ckeeps everyone up\u201d.');
    expect(table.rows[4]!.cells[1]).toBe('Tyler had a bruise on his forearm; said he fell off a trampoline at Nan\u2019s.');
    expect(table.rows[4]!.cells[2]).toBe('Class teacher');
  });

  it('health-visiting.xlsx: title rows with the merged title in its first cell only, real dates, the blank row kept', async () => {
    const table = await read('health-visiting.xlsx');
    expect(table.sheets).toEqual(['HV Chronology']);
    expect(table.sheet).toBe('HV Chronology');
    expect(table.rows).toHaveLength(11);
    expect(table.rows[0]).toEqual({ rowNumber: 1, cells: ['Chronology - Health Visiting Service - OFFICIAL-SENSITIVE', null, null, null, null] });
    expect(table.rows[1]!.cells.slice(1)).toEqual([null, null, null, null]);
    expect(table.rows[3]!.cells[0]).toEqual({ date: '2018-10-22T00:00:00' });
    expect(table.rows[6]).toEqual({ rowNumber: 7, cells: [null, null, null, null, null] });
    expect(table.rows[8]!.cells[0]).toBe('approx March 2019');
    expect(table.rows[10]!.rowNumber).toBe(11);
  });

  it('childrens-social-care.xlsx: ISO strings and a real date cell in one column; markup and formula-like text stay literal', async () => {
    const table = await read('childrens-social-care.xlsx');
    expect(table.sheets).toEqual(['Chronology']);
    expect(table.rows[1]!.cells[0]).toBe('2019-02-18');
    expect(table.rows[3]!.cells[0]).toEqual({ date: '2019-03-12T00:00:00' });
    expect(cellText(table.rows[3]!.cells[0]!)).toBe('2019-03-12');
    expect(table.rows[3]!.cells[1]).toBe('10:15');
    expect(table.rows[3]!.cells[5]).toBeNull();
    expect(table.rows[2]!.cells[3]).toBe(
      'Strategy discussion with police and health visitor following bruise to non-mobile baby.\nDecision: s47 enquiry, joint visit, CP medical.',
    );
    const note = table.rows[7]!.cells[3];
    expect(note).toBe('Practitioner note contains markup <b>urgent</b> & an ampersand; and a formula-like =SUM(A1:A3) text that must stay text.');
  });

  it('gp.tsv and hospital-ed.csv: quoted cells with doubled quotes', async () => {
    const gp = await read('gp.tsv');
    expect(gp.rows[2]!.cells).toEqual(['19-Feb-2019', 'Face to face', 'GP', 'Anxiety', 'Kerry attended alone. Disclosed "arguments at home". Not explored further. Sertraline started.']);
    const ed = await read('hospital-ed.csv');
    expect(ed.rows[2]!.cells[0]).toBe('2019-06-14T02:13:00');
    expect(ed.rows[2]!.cells[2]).toBe('Drowsy, vomiting. Carers say she "rolled off the bed".');
  });
});
