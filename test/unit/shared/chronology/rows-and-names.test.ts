/** Rows to entries (every row an entry or a rejected row with its reason), and names to pseudonyms. */
import { describe, expect, it } from 'vitest';
import { createAnonymiser, findNames } from '../../../../shared/chronology/anonymise';
import { prepareRows } from '../../../../shared/chronology/prepare';
import type { RawRow } from '../../../../shared/chronology/types';

const options = { date1904: false, today: '2026-11-26', fileName: 'health-visiting.xlsx' };
const row = (rowNumber: number, ...cells: RawRow['cells']): RawRow => ({ rowNumber, cells });

describe('prepareRows', () => {
  // Shaped like health-visiting.xlsx: two title rows, the header on row 3, a blank row 7.
  const rows = [
    row(1, 'Chronology - Health Visiting Service - OFFICIAL-SENSITIVE', null, null),
    row(2, 'Child: Maisie Hartwell   DOB: 08/10/2018', null, null),
    row(3, 'Date', 'Contact Type', 'Summary of Contact', 'Worker'),
    row(4, { date: '2018-10-22T00:00:00' }, 'New birth visit', '  Baby feeding well.  ', 'HV'),
    row(5, 'approx March 2019', 'Clinic', 'Weight check.', null),
    row(6, null, '', '', null),
    row(7, 'Date', 'Contact Type', 'Summary of Contact', 'Worker'),
    row(8, '04/13/2019', 'Visit', 'Dated the American way', null),
    row(9, '12/04/2019', null, null, null),
    row(10, '', 'Visit', 'No date given', null),
  ];
  const result = prepareRows(rows, 2, ['date', 'eventType', 'event', null], options);

  it('makes entries from the rows after the header, trimmed, with unmapped columns kept', () => {
    expect(result.entries.map((entry) => [entry.rowNumber, entry.date.start, entry.fields.event, entry.extra, entry.flags])).toEqual([
      [4, '2018-10-22', 'Baby feeding well.', { Worker: 'HV' }, []],
      [5, '2019-03-01', 'Weight check.', {}, ['approximate', 'range']],
    ]);
    // No source column: the file is the source of information.
    expect(result.entries[0]!.fields.source).toBe('health-visiting.xlsx');
  });

  it('rejects every other row with its reason and its values, ignoring the title rows', () => {
    expect(result.rejected.map(({ rowNumber, reason }) => [rowNumber, reason.split(':')[0]])).toEqual([
      [6, 'Blank row'],
      [7, 'The header row repeated'],
      [8, '"04/13/2019" has no month 13'],
      [9, 'No event text'],
      [10, 'No date'],
    ]);
    expect(result.rejected[2]!.values).toEqual({ Date: '04/13/2019', 'Contact Type': 'Visit', 'Summary of Contact': 'Dated the American way', Worker: '' });
    expect(result.entries.length + result.rejected.length).toBe(rows.length - 3);
  });

  it('keeps markup and formula-like text literal, normalises significance, and widens a range to its end date', () => {
    const { entries, rejected } = prepareRows(
      [row(1, 'Date', 'End', 'Event', 'Sig'), row(2, '01/03/2019', '05/03/2019', '<b>urgent</b> =SUM(A1:A3)', 'H'), row(3, '05/03/2019', '01/03/2019', 'Backwards', 'l')],
      0,
      ['date', 'endDate', 'event', 'significance'],
      options,
    );
    expect(entries[0]).toMatchObject({ date: { start: '2019-03-01', end: '2019-03-05' }, fields: { event: '<b>urgent</b> =SUM(A1:A3)', significance: 'High' } });
    expect(rejected[0]!.reason).toMatch(/end date \(01\/03\/2019\) is before the date/i);
  });
});

describe('anonymiser', () => {
  const people = [
    { name: 'Maisie Hartwell', pseudonym: 'Child A', aliases: [] },
    { name: 'Tyler Hartwell', pseudonym: 'Sibling 1', aliases: [] },
    { name: 'Kerry Hartwell', pseudonym: 'Mother', aliases: ['Kerry Ann Hartwell'] },
    { name: 'Dean Farrow', pseudonym: "Mother's partner", aliases: [] },
    { name: 'Janet Hartwell', pseudonym: 'Maternal grandmother', aliases: ['Nan'] },
  ];
  const anonymise = createAnonymiser(people);

  it.each([
    ['Mother Kerry Hartwell, baby feeding well. Partner Dean Farrow present.', 'Mother Mother, baby feeding well. Partner Mother\'s partner present.'],
    ["Bruise to Maisie's left cheek", "Bruise to Child A's left cheek"],
    ['said he fell off a trampoline at Nan’s.', 'said he fell off a trampoline at Maternal grandmother’s.'],
    ['Farrow arrested, NFA next day. MAISIE (4 months)', "Mother's partner arrested, NFA next day. Child A (4 months)"],
    ['Mr Hartwell was not known', 'Mr [family name] was not known'],
    ['KERRY  ANN  HARTWELL attended', 'Mother attended'],
    ['The Deanery and Kerryanne Road', 'The Deanery and Kerryanne Road'],
  ])('%s', (text, expected) => {
    expect(anonymise(text)).toBe(expected);
  });

  it('leaves no name word in any fixture-like text, and finds the names for a leak check', () => {
    const text = 'Tyler collected by grandmother Janet Hartwell; Dean shouted at mummy. Kerry attended alone.';
    expect(findNames(people, anonymise(text))).toEqual([]);
    expect(findNames(people, text).sort()).toEqual(['Dean', 'Janet Hartwell', 'Kerry', 'Tyler']);
  });

  it('replaces every occurrence in every text, however many', () => {
    const texts = Array.from({ length: 50_000 }, (_, index) => `Entry ${index}: Kerry Hartwell said Maisie was with Nan; Dean Farrow not seen.`);
    const out = texts.map(anonymise);
    expect(out[49_999]).toBe("Entry 49999: Mother said Child A was with Maternal grandmother; Mother's partner not seen.");
    expect(out.filter((text) => findNames(people, text).length > 0)).toEqual([]);
  });
});
