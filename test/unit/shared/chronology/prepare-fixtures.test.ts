/**
 * prepareRows over rows shaped exactly like the six Hartwell fixtures (cells verbatim, as the
 * readers hand them over), then each rule on its own: every row after the header becomes one
 * entry or one rejected row with its reason, and no cell is lost.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareRows, type PrepareOptions } from '../../../../shared/chronology/prepare';
import type { ColumnMapping, RawCell, RawRow } from '../../../../shared/chronology/types';

const options = (fileName: string): PrepareOptions => ({ date1904: false, today: '2026-11-26', earliest: '2018-10-08', fileName });
const rowsFrom = (first: number, ...rows: RawCell[][]): RawRow[] => rows.map((cells, index) => ({ rowNumber: first + index, cells }));

interface Fixture {
  rows: RawRow[];
  headerIndex: number;
  mapping: ColumnMapping;
}

const title = 'Chronology - Health Visiting Service - OFFICIAL-SENSITIVE';
const fixtures: Record<string, Fixture> = {
  'police.csv': {
    headerIndex: 0,
    mapping: ['date', 'source', null, 'event', 'action', 'authorRole'],
    rows: rowsFrom(
      1,
      ['Date/Time', 'Source System', 'Reference', 'Details', 'Action Taken', 'Officer Role'],
      ['02/02/2019 23:10', 'Command & Control', 'CAD-190202-0871', 'Call from neighbour reporting shouting and a child crying at 14 Larch Close, Melksham. Kerry Hartwell answered the door, said "everything is fine", Dean Farrow present.', 'No offences disclosed. DASH not completed.', 'PC (response)'],
      ['17/02/2019 01:45', 'Niche RMS', 'OCC-5519/19', 'Domestic incident: Kerry Hartwell reports Dean Farrow pushed her into a door frame. Maisie (4 months) and Tyler (7) present in the house.', 'DASH completed - MEDIUM. Farrow arrested, NFA next day. PPN submitted to MASH.', 'PC (response)'],
      ['18/02/2019 09:30', 'Niche RMS', 'PPN-2019-02231', 'Public Protection Notice shared with MASH re: children present at domestic incident.', "Shared with Children's Social Care and health visiting.", 'MASH researcher'],
      ['11/03/2019 14:00', 'Niche RMS', 'STRAT-0311', "Strategy discussion (telephone) with CSC and health: bruise to Maisie's left cheek reported by health visitor.", 'Agreed s47 enquiry, joint visit. Child protection medical requested.', 'DS (CAIU)'],
      ['12/03/2019 10:15', 'Niche RMS', 'OCC-7120/19', 'Joint visit with social worker. Mother says bruise caused by Tyler "playing too rough".\nAccount consistent with medical opinion, per CAIU notes.', 'No further police action; Single agency CSC to continue assessment.', 'DC (CAIU)'],
      ['30/04/2019 22:05', 'Command & Control', 'CAD-190430-1102', 'Report of male shouting in street, believed Dean Farrow, outside 14 Larch Close. Left before officers arrived.', 'Area search negative. No link made to open CSC case.', 'PC (response)'],
      ['14/06/2019 03:20', 'Niche RMS', 'OCC-11873/19', 'Notified by RUH ED: Maisie (8 months) admitted with head injury, unexplained. Both carers give inconsistent accounts.', 'Strategy meeting requested; scene preserved; both carers interviewed under caution.', 'DS (CAIU)'],
      ['14/06/2019 11:00', 'Niche RMS', 'STRAT-0614', 'Strategy meeting at RUH with CSC, hospital safeguarding team and paediatrician.', 'Police protection considered; voluntary agreement reached. Tyler to stay with grandmother Janet Hartwell.', 'DI (CAIU)'],
    ),
  },
  'health-visiting.xlsx': {
    headerIndex: 2,
    mapping: ['date', 'eventType', 'authorRole', 'event', 'outcome'],
    rows: rowsFrom(
      1,
      [title, title, title, title, title],
      ['Child: Maisie Hartwell   DOB: 08/10/2018   NHS No: 999 123 4567', null, null, null, null],
      ['Date', 'Contact Type', 'Practitioner', 'Summary of Contact', 'Outcome / Plan'],
      [{ date: '2018-10-22T00:00:00' }, 'New birth visit', 'Health Visitor', 'Mother Kerry Hartwell, baby feeding well. Partner Dean Farrow present throughout, answered questions for mother. Routine enquiry about domestic abuse not asked as partner present.', 'Universal service. Review at 6-8 weeks.'],
      [{ date: '2018-12-03T00:00:00' }, '6-8 week review', 'Health Visitor', 'Mother appeared low. EPDS score 14. Mother declined GP referral.', 'Discussed with GP by phone. Plan: Listening visits x4.'],
      [{ date: '2019-01-15T00:00:00' }, 'Home visit (missed)', 'Health Visitor', 'No access visit. Card left.', 'Rebook.'],
      [null, '', '', '', ''],
      [{ date: '2019-02-20T00:00:00' }, 'Phone call', 'Health Visitor', 'Received PPN re domestic incident 17/02. Mother said things are "sorted now".', 'Universal Plus. Increase contact.'],
      ['approx March 2019', 'Clinic', 'Nursery Nurse', 'Weight check at clinic; mother attended with Maisie. No concerns noted in record (date of entry unclear in system).', 'None'],
      [{ date: '2019-03-11T00:00:00' }, 'Home visit', 'Health Visitor', "Small bruise on Maisie's left cheek, approx 1cm. Mother explained Tyler was playing. Non-mobile baby - bruising protocol followed.", 'Referred to MASH same day. Strategy discussion held.'],
      [{ date: '2019-05-02T00:00:00' }, 'Home visit', 'Health Visitor', 'Mother reports Dean has moved out. Home conditions adequate.', 'Reduce to Universal Plus review in 3 months.'],
    ),
  },
  'school.csv': {
    headerIndex: 0,
    mapping: ['date', 'event', 'authorRole', 'action'],
    rows: rowsFrom(
      1,
      ['Date', 'Event', 'Staff', 'Action'],
      ['10th January 2019', 'Tyler arrived late 4 times this half term; mum said the baby “keeps everyone up”.', 'Class teacher', 'Logged on CPOMS; DSL aware.'],
      ['w/c 18 February 2019', 'Tyler told TA that “Dean shouted at mummy and the door broke”.', 'Teaching assistant', 'DSL informed; Operation Encompass notification already received 18/02.'],
      ['Spring term 2019', 'Attendance 87%. Free school meals application made; £20 uniform grant given.', 'Attendance officer', 'Monitor.'],
      ['3rd April 2019', 'Tyler had a bruise on his forearm; said he fell off a trampoline at Nan’s.', 'Class teacher', 'Body map completed. DSL rang CSC duty – advised to monitor.'],
      ['14 June 2019', 'Tyler collected by grandmother Janet Hartwell; told staff baby is in hospital.', 'Office manager', 'DSL informed CSC.'],
    ),
  },
  'childrens-social-care.xlsx': {
    headerIndex: 0,
    mapping: ['date', 'time', 'eventType', 'event', 'authorRole', null, 'significance'],
    rows: rowsFrom(
      1,
      ['Date', 'Time', 'Event Type', 'Description', 'Worker', 'Manager Oversight', 'Significance (H/M/L)'],
      ['2019-02-18', '10:02', 'Contact', 'PPN received from police re domestic incident on 17/02/2019. Children present: Maisie Hartwell (4m), Tyler Hartwell (7y).', 'MASH social worker', 'Team manager agreed NFA - signpost to Family Help.', 'M'],
      ['2019-03-11', '14:00', 'Strategy discussion', 'Strategy discussion with police and health visitor following bruise to non-mobile baby.\nDecision: s47 enquiry, joint visit, CP medical.', 'Social worker', 'Agreed by TM', 'H'],
      [{ date: '2019-03-12T00:00:00' }, '10:15', 'Home visit', 'Joint visit with police. Mother\'s explanation accepted by paediatrician at CP medical (12/03 pm). Dean Farrow not seen - "at work".', 'Social worker', '', 'H'],
      ['2019-04-03', '', 'Contact', "Call from Tyler's school DSL re bruise to Tyler's forearm. Advised school to monitor; not linked to open assessment.", 'Duty social worker', 'No oversight recorded', 'H'],
      ['2019-04-26', '', 'Assessment', 'Child and family assessment completed: "Low level concerns. Mother engaging. Partner has left." Case closed to Early Help. Father figure not assessed.', 'Social worker', 'TM sign-off 29/04/2019', 'H'],
      ['2019-06-14', '11:00', 'Strategy meeting', "Strategy meeting at RUH re: Maisie's head injury. Tyler placed with maternal grandmother under safety plan.", 'Social worker', 'Service manager chaired', 'H'],
      ['2019-06-15', '', 'Note', 'Practitioner note contains markup <b>urgent</b> & an ampersand; and a formula-like =SUM(A1:A3) text that must stay text.', 'Social worker', '', 'L'],
    ),
  },
  'gp.tsv': {
    headerIndex: 0,
    mapping: ['date', 'eventType', 'authorRole', null, 'event'],
    rows: rowsFrom(
      1,
      ['Event Date', 'Consultation Type', 'Clinician', 'Problem', 'Notes'],
      ['03-Dec-2018', 'Telephone', 'GP', 'Postnatal depression', 'HV call: EPDS 14, mother declined appointment.'],
      ['19-Feb-2019', 'Face to face', 'GP', 'Anxiety', 'Kerry attended alone. Disclosed "arguments at home". Not explored further. Sertraline started.'],
      ['12-Mar-2019', 'Letter received', 'Admin', 'Safeguarding', 'CP medical report for Maisie filed. Not read-coded as child protection concern.'],
      ['14-Jun-2019', 'Letter received', 'Admin', 'Safeguarding', 'RUH notification of admission.'],
    ),
  },
  'hospital-ed.csv': {
    headerIndex: 0,
    mapping: ['date', null, 'event', null, 'outcome'],
    rows: rowsFrom(
      1,
      ['Arrival', 'Patient', 'Presenting complaint', 'Triage', 'Discharge outcome'],
      ['2019-01-28T19:40:00', 'Maisie Hartwell', 'Fall from sofa, per mother. No visible injury.', 'Green', 'Discharged. Safeguarding checklist not completed (infant under 1).'],
      ['2019-06-14T02:13:00', 'Maisie Hartwell', 'Drowsy, vomiting. Carers say she "rolled off the bed".', 'Red', 'Admitted PICU. CT: subdural haematoma. Safeguarding team and police notified 03:05.'],
    ),
  },
};

const prepared = (file: string) => {
  const fixture = fixtures[file]!;
  return prepareRows(fixture.rows, fixture.headerIndex, fixture.mapping, options(file));
};
/** rowNumber, start, end, time, precision, flags */
const dates = (file: string) => prepared(file).entries.map(({ rowNumber, date, flags }) => [rowNumber, date.start, date.end, date.time, date.precision, flags]);

describe('the six Hartwell fixtures', () => {
  it('make the 33 entries of EXPECTED.md, and reject only the blank health-visiting row', () => {
    const counts = Object.keys(fixtures).map((file) => [file, prepared(file).entries.length, prepared(file).rejected.map((row) => [row.rowNumber, row.reason])]);
    expect(counts).toEqual([
      ['police.csv', 8, []],
      ['health-visiting.xlsx', 7, [[7, 'Blank row']]],
      ['school.csv', 5, []],
      ['childrens-social-care.xlsx', 7, []],
      ['gp.tsv', 4, []],
      ['hospital-ed.csv', 2, []],
    ]);
    expect(counts.reduce((sum, [, entries]) => sum + (entries as number), 0)).toBe(33);
  });

  it('health visiting: title rows ignored, real date cells as days, "approx March 2019" a flagged month', () => {
    expect(dates('health-visiting.xlsx')).toEqual([
      [4, '2018-10-22', '2018-10-22', null, 'day', []],
      [5, '2018-12-03', '2018-12-03', null, 'day', []],
      [6, '2019-01-15', '2019-01-15', null, 'day', []],
      [8, '2019-02-20', '2019-02-20', null, 'day', []],
      [9, '2019-03-01', '2019-03-31', null, 'month', ['approximate', 'range']],
      [10, '2019-03-11', '2019-03-11', null, 'day', []],
      [11, '2019-05-02', '2019-05-02', null, 'day', []],
    ]);
    expect(prepared('health-visiting.xlsx').rejected[0]!.values).toEqual({ Date: '', 'Contact Type': '', Practitioner: '', 'Summary of Contact': '', 'Outcome / Plan': '' });
    expect(prepared('health-visiting.xlsx').entries[0]!.fields).toEqual({
      eventType: 'New birth visit',
      authorRole: 'Health Visitor',
      event: 'Mother Kerry Hartwell, baby feeding well. Partner Dean Farrow present throughout, answered questions for mother. Routine enquiry about domestic abuse not asked as partner present.',
      outcome: 'Universal service. Review at 6-8 weeks.',
      source: 'health-visiting.xlsx',
    });
  });

  it('school: ordinals as days, the week and the term as flagged ranges', () => {
    expect(dates('school.csv')).toEqual([
      [2, '2019-01-10', '2019-01-10', null, 'day', []],
      [3, '2019-02-18', '2019-02-24', null, 'week', ['range']],
      [4, '2019-01-01', '2019-04-30', null, 'term', ['range']],
      [5, '2019-04-03', '2019-04-03', null, 'day', []],
      [6, '2019-06-14', '2019-06-14', null, 'day', []],
    ]);
    expect(prepared('school.csv').entries[2]!.fields.event).toBe('Attendance 87%. Free school meals application made; £20 uniform grant given.');
  });

  it('police: date-times, the source system as the source, the reference kept, the multi-line cell whole', () => {
    const { entries } = prepared('police.csv');
    expect(entries.map((entry) => `${entry.date.start} ${entry.date.time}`)).toEqual([
      '2019-02-02 23:10',
      '2019-02-17 01:45',
      '2019-02-18 09:30',
      '2019-03-11 14:00',
      '2019-03-12 10:15',
      '2019-04-30 22:05',
      '2019-06-14 03:20',
      '2019-06-14 11:00',
    ]);
    expect(entries[3]).toEqual({
      rowNumber: 5,
      date: { start: '2019-03-11', end: '2019-03-11', time: '14:00', precision: 'datetime', approximate: false, text: '11/03/2019 14:00' },
      fields: {
        source: 'Niche RMS',
        event: "Strategy discussion (telephone) with CSC and health: bruise to Maisie's left cheek reported by health visitor.",
        action: 'Agreed s47 enquiry, joint visit. Child protection medical requested.',
        authorRole: 'DS (CAIU)',
      },
      extra: { Reference: 'STRAT-0311' },
      flags: [],
    });
    expect(entries[4]!.fields.event).toBe('Joint visit with social worker. Mother says bruise caused by Tyler "playing too rough".\nAccount consistent with medical opinion, per CAIU notes.');
  });

  it('social care: the time column joins its date, significance normalised, markup and formulas literal', () => {
    const { entries } = prepared('childrens-social-care.xlsx');
    expect(entries.map((entry) => [entry.date.start, entry.date.time, entry.date.precision, entry.fields.significance])).toEqual([
      ['2019-02-18', '10:02', 'datetime', 'Medium'],
      ['2019-03-11', '14:00', 'datetime', 'High'],
      ['2019-03-12', '10:15', 'datetime', 'High'],
      ['2019-04-03', null, 'day', 'High'],
      ['2019-04-26', null, 'day', 'High'],
      ['2019-06-14', '11:00', 'datetime', 'High'],
      ['2019-06-15', null, 'day', 'Low'],
    ]);
    expect(entries[6]!.fields.event).toBe('Practitioner note contains markup <b>urgent</b> & an ampersand; and a formula-like =SUM(A1:A3) text that must stay text.');
    expect(entries[1]!.fields.event).toBe('Strategy discussion with police and health visitor following bruise to non-mobile baby.\nDecision: s47 enquiry, joint visit, CP medical.');
    expect(entries.map((entry) => entry.extra)).toEqual([
      { 'Manager Oversight': 'Team manager agreed NFA - signpost to Family Help.' },
      { 'Manager Oversight': 'Agreed by TM' },
      {},
      { 'Manager Oversight': 'No oversight recorded' },
      { 'Manager Oversight': 'TM sign-off 29/04/2019' },
      { 'Manager Oversight': 'Service manager chaired' },
      {},
    ]);
  });

  it('GP and hospital: dd-Mon-yyyy days and ISO date-times, unmapped columns kept', () => {
    expect(dates('gp.tsv').map(([, start]) => start)).toEqual(['2018-12-03', '2019-02-19', '2019-03-12', '2019-06-14']);
    expect(prepared('gp.tsv').entries[1]!.extra).toEqual({ Problem: 'Anxiety' });
    expect(dates('hospital-ed.csv')).toEqual([
      [2, '2019-01-28', '2019-01-28', '19:40', 'datetime', []],
      [3, '2019-06-14', '2019-06-14', '02:13', 'datetime', []],
    ]);
    expect(prepared('hospital-ed.csv').entries[0]!.extra).toEqual({ Patient: 'Maisie Hartwell', Triage: 'Green' });
    expect(prepared('hospital-ed.csv').entries[0]!.fields.source).toBe('hospital-ed.csv');
  });
});

describe('each rule on its own', () => {
  const header: RawCell[] = ['Date', 'Event', 'Sig', 'Notes'];
  const mapping: ColumnMapping = ['date', 'event', 'significance', null];
  const run = (...rows: RawCell[][]) => prepareRows(rowsFrom(1, header, ...rows), 0, mapping, options('police.csv'));
  const reasons = (...rows: RawCell[][]) => run(...rows).rejected.map((row) => row.reason);

  it('rejects a blank row, a repeated header (any case, padded), and reports neither title rows nor the header', () => {
    expect(reasons([null, '  ', '', null], [' date ', 'EVENT', 'Sig', 'Notes'])).toEqual(['Blank row', 'The header row repeated']);
    const withTitles = prepareRows(rowsFrom(1, ['A title'], [], header, ['01/03/2019', 'Seen', null, null]), 2, mapping, options('x.csv'));
    expect([withTitles.entries.map((entry) => entry.rowNumber), withTitles.rejected]).toEqual([[4], []]);
  });

  it('rejects a row without a date, with an unreadable date, or with a date and nothing about what happened', () => {
    expect(reasons(['', 'Seen', 'H', ''])).toEqual(['No date: the date cell is empty']);
    expect(reasons(['04/13/2019', 'Seen', '', ''])).toEqual([
      '"04/13/2019" has no month 13: dates are read day first (UK), so the month is the second number. Check the source and write the date as day/month/year',
    ]);
    expect(reasons(['30/02/2019', 'Seen', '', ''])).toEqual(['"30/02/2019" is not a real date: February 2019 has 28 days']);
    expect(reasons(['01/03/2019', '', 'High', ''])).toEqual(['No event text: the row has a date but nothing about what happened']);
    const unmapped = prepareRows(rowsFrom(1, header, ['01/03/2019', 'Seen', null, null]), 0, [null, 'event', 'significance', null], options('x.csv'));
    expect(unmapped.rejected.map((row) => row.reason)).toEqual(['No date: no column is mapped to the date']);
  });

  it('gives a rejected row every column’s text under its header, ragged cells included', () => {
    expect(run(['04/13/2019', '<b>x</b>', 0.1 + 0.2, null, 'beyond']).rejected[0]!.values).toEqual({ Date: '04/13/2019', Event: '<b>x</b>', Sig: '0.3', Notes: '', 'Column 5': 'beyond' });
  });

  it('trims cells, keeps line breaks (as \\n), writes numbers without float noise and date cells as dates', () => {
    const [entry] = run([{ date: '2019-03-01T00:00:00' }, '  First line\r\nsecond line  ', 'm', { date: '2019-03-02T09:05:00' }]).entries;
    expect(entry!.fields).toEqual({ event: 'First line\nsecond line', significance: 'Medium', source: 'police.csv' });
    expect(entry!.extra).toEqual({ Notes: '2019-03-02 09:05' });
    expect(run(['01/03/2019', 1.1 * 3, '', 1 / 3]).entries[0]!).toMatchObject({ fields: { event: '3.3' }, extra: { Notes: '0.333333333333333' } });
  });

  it.each([
    ['H', 'High'],
    ['high', 'High'],
    ['M', 'Medium'],
    ['Medium', 'Medium'],
    ['L', 'Low'],
    ['LOW', 'Low'],
    ['Critical', 'Critical'],
  ])('significance %s → %s', (given, expected) => {
    expect(run(['01/03/2019', 'Seen', given, '']).entries[0]!.fields.significance).toBe(expected);
  });

  it('uses the source column when there is one, the file name when there is none or it is blank', () => {
    const rows = rowsFrom(1, ['Date', 'Event', 'From'], ['01/03/2019', 'Seen', 'Niche RMS'], ['02/03/2019', 'Seen', '']);
    const { entries } = prepareRows(rows, 0, ['date', 'event', 'source'], options('police.csv'));
    expect(entries.map((entry) => entry.fields.source)).toEqual(['Niche RMS', 'police.csv']);
  });

  it('widens the date to the end date column, and refuses an end before the start', () => {
    const rows = rowsFrom(1, ['From', 'To', 'Event'], ['01/03/2019', '05/03/2019', 'Stay'], ['March 2019', 'May 2019', 'Months'], ['05/03/2019', '01/03/2019', 'Backwards'], ['05/03/2019', 'soon', 'Bad'], ['05/03/2019', '', 'No end']);
    const { entries, rejected } = prepareRows(rows, 0, ['date', 'endDate', 'event'], options('x.csv'));
    expect(entries.map((entry) => [entry.date.start, entry.date.end, entry.date.precision, entry.flags])).toEqual([
      ['2019-03-01', '2019-03-05', 'day', ['range']],
      ['2019-03-01', '2019-05-31', 'month', ['range']],
      ['2019-03-05', '2019-03-05', 'day', []],
    ]);
    expect(rejected.map((row) => [row.rowNumber, row.reason])).toEqual([
      [4, 'The end date (01/03/2019) is before the date (05/03/2019)'],
      [5, `End date: "soon" is not a date we can read: write it as 14/06/2019, 14 June 2019, June 2019, w/c 18 February 2019, Spring term 2019 or 2019`],
    ]);
  });

  it('loses nothing: two columns on one field are both kept, duplicate headers both kept, a time a month cannot take kept', () => {
    const rows = rowsFrom(1, ['Date', 'Time', 'Details', 'Notes', 'Notes', 'Details'], ['March 2019', '10:00', 'Seen', 'a', 'b', 'More']);
    const { entries } = prepareRows(rows, 0, ['date', 'time', 'event', null, null, 'event'], options('x.csv'));
    expect(entries[0]!.fields.event).toBe('Seen\nMore');
    expect(entries[0]!.extra).toEqual({ Time: '10:00', Notes: 'a', 'Notes (2)': 'b' });
  });

  it('flags dates in the future and before the subject’s birth', () => {
    expect(run(['01/01/2027', 'Booked', '', ''], ['01/01/2018', 'Before', '', '']).entries.map((entry) => entry.flags)).toEqual([['future'], ['before-birth']]);
  });

  it('turns every row after the header into exactly one entry or one rejected row, in order', () => {
    const cell = fc.oneof(fc.constant(null), fc.constant(''), fc.constantFrom('14/06/2019', 'approx March 2019', '04/13/2019', 'Date', 'Event', 'text'), fc.string(), fc.double());
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 30 }), (cells) => {
        const rows = rowsFrom(1, ['Date', 'Event', 'Notes'], ...cells);
        const { entries, rejected } = prepareRows(rows, 0, ['date', 'event', null], options('x.csv'));
        const numbers = [...entries.map((entry) => entry.rowNumber), ...rejected.map((row) => row.rowNumber)].sort((a, b) => a - b);
        expect(numbers).toEqual(cells.map((_, index) => index + 2));
        for (const row of rejected) expect(row.reason).not.toBe('');
      }),
    );
  });
});
