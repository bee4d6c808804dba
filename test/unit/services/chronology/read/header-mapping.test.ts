/** Finding the header row, suggesting the column mapping, the format signature and the agency. */
import { describe, expect, it } from 'vitest';
import type { RawRow } from '../../../../../shared/chronology/types';
import { detectHeader, formatSignature, headerNames, inferAgency, matchHeader, suggestMapping } from '../../../../../electron/services/chronology/read';

const row = (rowNumber: number, ...cells: RawRow['cells']): RawRow => ({ rowNumber, cells });

describe('detectHeader', () => {
  it('skips title, subject and blank rows above the header', () => {
    const rows = [
      row(1, 'Police chronology for the review of the circumstances', null, null),
      row(2, null, null, null),
      row(3, 'Subject: a child', 'Prepared 2024', null),
      row(4, 'When', 'What happened', 'Officer role'),
      row(5, { date: '2019-01-01T00:00:00' }, 'Visit', 'PC'),
    ];
    expect(detectHeader(rows)).toEqual({ headerIndex: 3, headers: ['When', 'What happened', 'Officer role'] });
  });

  it('finds a header of looser names ("Date of incident", "Incident details") below a data-like title row', () => {
    const rows = [
      row(1, 'Hartwell review', 'Ref 2024/17', 'Version 2'),
      row(2, 'Date of incident', 'Incident details', 'Role of professional', 'Reviewer comments'),
      row(3, '01/01/2019', 'Visit', 'Social worker', null),
    ];
    expect(detectHeader(rows).headerIndex).toBe(1);
  });

  it('does not take a data row for the header because a cell happens to read like one', () => {
    // "Social worker" reads like a looser author-role header, "Case note" like an event one: not enough to be a header.
    const rows = [
      row(1, 'Agency return', 'Part B'),
      row(2, '01/01/2019', 'Home visit', 'Social worker'),
      row(3, '02/01/2019', 'Case note', 'Social worker'),
    ];
    expect(detectHeader(rows)).toEqual({ headerIndex: 0, headers: ['Agency return', 'Part B'] });
  });

  it('falls back to the first row of two or more cells when no row names a known column', () => {
    expect(detectHeader([row(1, null, null), row(2, 'x', 'y'), row(3, '1', '2')])).toEqual({ headerIndex: 1, headers: ['x', 'y'] });
    expect(detectHeader([])).toEqual({ headerIndex: 0, headers: [] });
  });

  it('takes the first of two equally good headers (a header repeated after a page break)', () => {
    const header = row(2, 'Date', 'Event');
    expect(detectHeader([header, row(3, '2019-01-01', 'Visit'), { ...header, rowNumber: 4 }]).headerIndex).toBe(0);
  });
});

describe('headerNames', () => {
  it('trims, and names a blank header "Column N"', () => {
    expect(headerNames(row(1, ' Date ', null, '  ', 'Event', 12))).toEqual(['Date', 'Column 2', 'Column 3', 'Event', '12']);
  });
});

describe('suggestMapping', () => {
  it('maps the synonyms in the brief', () => {
    const cases: Array<[string[], Array<string | null>]> = [
      [['Date', 'Time', 'End date', 'Agency', 'Source', 'Officer Role', 'Event Type', 'Details', 'Action', 'Outcome', 'Significance'], ['date', 'time', 'endDate', 'agency', 'source', 'authorRole', 'eventType', 'event', 'action', 'outcome', 'significance']],
      [['Event Date', 'To', 'Organisation', 'Source System', 'Staff', 'Contact Type', 'Description', 'Action Taken', 'Outcome / Plan', 'Significance (H/M/L)'], ['date', 'endDate', 'agency', 'source', 'authorRole', 'eventType', 'event', 'action', 'outcome', 'significance']],
      [['Date/Time', 'Source of information', 'Worker', 'Consultation Type', 'Summary of Contact', 'Discharge outcome', 'Priority'], ['date', 'source', 'authorRole', 'eventType', 'event', 'outcome', 'significance']],
      [['Arrival', 'Record', 'Practitioner', 'Type', 'Notes', 'Result', 'Risk'], ['date', 'source', 'authorRole', 'eventType', 'event', 'outcome', 'significance']],
      [['Date of contact', 'System', 'Clinician', 'Presenting complaint'], ['date', 'source', 'authorRole', 'event']],
      [['Author', 'Narrative'], ['authorRole', 'event']],
      [['Role', 'Event'], ['authorRole', 'event']],
    ];
    for (const [headers, mapping] of cases) expect(suggestMapping(headers)).toEqual(mapping);
  });

  it('is case- and punctuation-insensitive, maps one column per field (the best name winning) and leaves the rest null', () => {
    expect(suggestMapping(['DATE', 'event type', 'Type', 'Notes', 'Details', 'action_taken', 'End Date', 'To', 'Organisation', 'Risk', 'Something else'])).toEqual([
      'date',
      'eventType',
      null,
      null,
      'event',
      'action',
      'endDate',
      null,
      'agency',
      'significance',
      null,
    ]);
    expect(suggestMapping(['Date of contact', 'Date'])).toEqual([null, 'date']);
    expect(suggestMapping(['SIGNIFICANCE  (h/m/l)', 'outcome/plan', 'date-time'])).toEqual(['significance', 'outcome', 'date']);
  });

  it('maps looser names by the word they are about, below every exact name', () => {
    expect(suggestMapping(['Date of incident', 'Incident details', 'Name and role of professional', 'Agency / Service', 'Information source', 'Nature of contact', 'Actions agreed', 'Risk rating', 'Date ended'])).toEqual([
      'date',
      'event',
      'authorRole',
      'agency',
      'source',
      'eventType',
      'action',
      'significance',
      'endDate',
    ]);
    expect(suggestMapping(['Date recorded', 'Date of incident'])).toEqual([null, 'date']);
    expect(suggestMapping(['Incident details', 'Details'])).toEqual([null, 'event']);
    expect(suggestMapping(['Date and time of contact', 'Contact time'])).toEqual(['date', 'time']);
  });

  it('leaves unknown columns, a birth date and reference numbers unmapped', () => {
    expect(suggestMapping(['Reference', 'Manager Oversight', 'Patient', 'Triage', 'Problem', 'Date of birth', 'Child DOB', 'Incident number', 'Event ID', ''])).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('matchHeader says whether a name was exact', () => {
    expect(matchHeader('Outcome / Plan')).toEqual({ field: 'outcome', rank: 1, exact: true });
    expect(matchHeader('Plan agreed')).toEqual({ field: 'outcome', rank: 100, exact: false });
    expect(matchHeader('Date entered')).toEqual({ field: 'date', rank: 150, exact: false });
    expect(matchHeader('Reviewer analysis')).toBeNull();
  });
});

describe('formatSignature', () => {
  it('is stable over case and punctuation, and differs for different headers or order', () => {
    expect(formatSignature(['Date/Time', 'Officer Role'])).toBe('date time|officer role');
    expect(formatSignature([' date - time', 'OFFICER  ROLE'])).toBe(formatSignature(['Date/Time', 'Officer Role']));
    expect(formatSignature(['Date', 'Event'])).not.toBe(formatSignature(['Event', 'Date']));
    expect(formatSignature(['Date', 'Event'])).not.toBe(formatSignature(['Date', 'Event', 'Column 3']));
  });
});

describe('inferAgency', () => {
  it('reads the agency from whole words of the file name, the longest run winning', () => {
    const cases: Array<[string, string]> = [
      ['police.csv', 'Police'],
      ['/tmp/Hartwell Police Chronology.xlsx', 'Police'],
      ['C:\\Reviews\\childrens-social-care.xlsx', "Children's Social Care"],
      ['csc-export.xlsx', "Children's Social Care"],
      ["Children's Social Care.xlsx", "Children's Social Care"],
      ['social_care.csv', "Children's Social Care"],
      ['adult-social-care.csv', 'Adult Social Care'],
      ['health-visiting.xlsx', 'Health Visiting'],
      ['gp.tsv', 'GP'],
      ['hospital-ed.csv', 'Hospital Emergency Department'],
      ['RUH ED attendances.csv', 'Hospital Emergency Department'],
      ['A&E.csv', 'Hospital Emergency Department'],
      ['school.csv', 'School'],
      ['school-nursing.csv', 'School Nursing'],
      ['mental-health.tsv', 'Mental Health'],
      ['probation.csv', 'Probation'],
      ['YOT return.xlsx', 'Youth Justice'],
      ['housing.csv', 'Housing'],
    ];
    for (const [file, agency] of cases) expect([file, inferAgency(file)]).toEqual([file, agency]);
  });

  it('else title-cases the file’s name; null when there is none', () => {
    expect(inferAgency('edited.csv')).toBe('Edited');
    expect(inferAgency('odd-dates.csv')).toBe('Odd Dates');
    expect(inferAgency('.csv')).toBeNull();
    expect(inferAgency('')).toBeNull();
  });
});
