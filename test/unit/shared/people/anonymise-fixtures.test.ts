/**
 * The anonymiser over the Hartwell fixtures' own text: after it, no name, alias or name word of
 * the five people remains, while words that merely contain a name are left alone.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createAnonymiser, createNameFinder, findNames, type NamedPerson } from '../../../../shared/people/anonymise';
import { chronologyFixtures } from '../../../fixtures/paths';

const fixtures = chronologyFixtures;

const people: NamedPerson[] = [
  { name: 'Maisie Hartwell', pseudonym: 'Child A', aliases: ['Maisy'] },
  { name: 'Tyler Hartwell', pseudonym: 'Child B', aliases: [] },
  { name: 'Kerry Hartwell', pseudonym: 'Adult M', aliases: [] },
  { name: 'Dean Farrow', pseudonym: 'Adult P', aliases: [] },
  { name: 'Janet Hartwell', pseudonym: 'Adult G', aliases: ['Nan'] },
];
const anonymise = createAnonymiser(people);
/** Checked independently of the anonymiser's own pattern, so a bug in it cannot hide a leak. */
const leak = /\b(maisie|maisy|tyler|kerry|dean|farrow|janet|hartwell|nan)\b/gi;
const leaks = (text: string) => text.match(leak) ?? [];

async function fixtureTexts(): Promise<Array<[string, string]>> {
  const texts: Array<[string, string]> = [];
  for (const file of ['police.csv', 'gp.tsv', 'hospital-ed.csv']) texts.push([file, readFileSync(path.join(fixtures, file), 'utf8')]);
  texts.push(['school.csv', new TextDecoder('windows-1252').decode(readFileSync(path.join(fixtures, 'school.csv')))]);
  for (const file of ['health-visiting.xlsx', 'childrens-social-care.xlsx']) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(fixtures, file));
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === 'string') texts.push([file, cell.value]);
        }),
      ),
    );
  }
  return texts;
}

describe('anonymising the Hartwell fixtures', () => {
  it('leaves none of the names in any fixture, and each fixture did name someone', async () => {
    const texts = await fixtureTexts();
    const named = new Set(texts.filter(([, text]) => leaks(text).length > 0).map(([file]) => file));
    expect([...named].sort()).toEqual(['childrens-social-care.xlsx', 'gp.tsv', 'health-visiting.xlsx', 'hospital-ed.csv', 'police.csv', 'school.csv']);
    expect(texts.flatMap(([file, text]) => leaks(anonymise(text)).map((name) => `${file}: ${name}`))).toEqual([]);
  });

  it.each([
    [
      'Call from neighbour reporting shouting and a child crying at 14 Larch Close, Melksham. Kerry Hartwell answered the door, said "everything is fine", Dean Farrow present.',
      'Call from neighbour reporting shouting and a child crying at 14 Larch Close, Melksham. Adult M answered the door, said "everything is fine", Adult P present.',
    ],
    [
      'Domestic incident: Kerry Hartwell reports Dean Farrow pushed her into a door frame. Maisie (4 months) and Tyler (7) present in the house.',
      'Domestic incident: Adult M reports Adult P pushed her into a door frame. Child A (4 months) and Child B (7) present in the house.',
    ],
    ['DASH completed - MEDIUM. Farrow arrested, NFA next day. PPN submitted to MASH.', 'DASH completed - MEDIUM. Adult P arrested, NFA next day. PPN submitted to MASH.'],
    [
      "Strategy discussion (telephone) with CSC and health: bruise to Maisie's left cheek reported by health visitor.",
      "Strategy discussion (telephone) with CSC and health: bruise to Child A's left cheek reported by health visitor.",
    ],
    ['Police protection considered; voluntary agreement reached. Tyler to stay with grandmother Janet Hartwell.', 'Police protection considered; voluntary agreement reached. Child B to stay with grandmother Adult G.'],
    ['Mother reports Dean has moved out. Home conditions adequate.', 'Mother reports Adult P has moved out. Home conditions adequate.'],
    ['Kerry attended alone. Disclosed "arguments at home". Not explored further. Sertraline started.', 'Adult M attended alone. Disclosed "arguments at home". Not explored further. Sertraline started.'],
    ['Tyler had a bruise on his forearm; said he fell off a trampoline at Nan’s.', 'Child B had a bruise on his forearm; said he fell off a trampoline at Adult G’s.'],
    ['Tyler told TA that “Dean shouted at mummy and the door broke”.', 'Child B told TA that “Adult P shouted at mummy and the door broke”.'],
    ['Children present: Maisie Hartwell (4m), Tyler Hartwell (7y).', 'Children present: Child A (4m), Child B (7y).'],
    ["Call from Tyler's school DSL re bruise to Tyler's forearm.", "Call from Child B's school DSL re bruise to Child B's forearm."],
    ['Child: Maisie Hartwell   DOB: 08/10/2018   NHS No: 999 123 4567', 'Child: Child A   DOB: 08/10/2018   NHS No: 999 123 4567'],
  ])('%s', (text, expected) => {
    expect(anonymise(text)).toBe(expected);
  });
});

describe('how names are matched', () => {
  it.each([
    // A family name several people share is not given to one of them.
    ['Mr Hartwell was not known to services', 'Mr [family name] was not known to services'],
    ['the Hartwell family; the Hartwells moved; the Hartwells’ home', 'the [family name] family; the [family name]s moved; the [family name]s’ home'],
    // Case, spacing and line breaks do not hide a name; the longest name wins.
    ['MAISIE and maisie and MaIsIe', 'Child A and child A and Child A'.replace('child A', 'Child A')],
    ['KERRY  HARTWELL and Kerry\nHartwell', 'Adult M and Adult M'],
    ['Janet Hartwell, Janet and Hartwell', 'Adult G, Adult G and [family name]'],
    // Aliases and spelling variants the user added.
    ['Maisy was seen; Nan collected her', 'Child A was seen; Adult G collected her'],
    // Whole words only: names inside other words are left alone.
    ['The Deanery, Kerryanne Road, Nantwich, Farrowing pens, Tylerton, Janeth', 'The Deanery, Kerryanne Road, Nantwich, Farrowing pens, Tylerton, Janeth'],
    ['maisie2 and _Maisie_ and Maisie-Mae', 'maisie2 and _Child A_ and Child A-Mae'],
  ])('%s', (text, expected) => {
    expect(anonymise(text)).toBe(expected);
  });

  it('gives a shared given name a neutral token, ignores one-letter name words, reads hyphens and apostrophes', () => {
    const register = createAnonymiser([
      { name: 'Kerry Smith', pseudonym: 'Adult 1', aliases: [] },
      { name: 'Kerry Jones', pseudonym: 'Adult 2', aliases: [] },
      { name: 'J Smith-Okafor', pseudonym: 'Adult 3', aliases: [] },
      { name: "Siobhan O'Neill", pseudonym: 'Adult 4', aliases: ['A'] },
    ]);
    expect(register('Kerry said Kerry Smith and Kerry Jones met')).toBe('[name] said Adult 1 and Adult 2 met');
    expect(register('J Smith-Okafor, Smith-Okafor, Okafor, J and A')).toBe('Adult 3, Adult 3, Adult 3, J and A');
    expect(register('Siobhan O’Neill and O’Neill’s son')).toBe('Adult 4 and Adult 4’s son');
    // "Smith" belongs to Kerry Smith and, as part of a family name, to J Smith-Okafor.
    expect(register('Mrs Smith')).toBe('Mrs [family name]');
  });

  it('does nothing without a register, and escapes names that look like patterns', () => {
    expect(createAnonymiser([])('Maisie Hartwell')).toBe('Maisie Hartwell');
    expect(createAnonymiser([{ name: 'Ann (Jr.) Lee', pseudonym: 'Adult Q', aliases: [] }])('Ann (Jr.) Lee; Annxxx; Lee')).toBe('Adult Q; Annxxx; Adult Q');
  });

  it('finds the names left in a text, for leak checks', () => {
    const text = 'Tyler collected by grandmother Janet Hartwell; Dean shouted. Kerry attended; at Nan’s.';
    expect(findNames(people, text).sort()).toEqual(['Dean', 'Janet Hartwell', 'Kerry', 'Nan', 'Tyler']);
    expect(findNames(people, anonymise(text))).toEqual([]);
    expect(createNameFinder([])('Maisie')).toEqual([]);
  });

  it('anonymises every one of 50,000 entries of four fields (the speed is in npm run bench)', () => {
    const entries = Array.from({ length: 50_000 }, (_, index) => [
      `Entry ${index}: Kerry Hartwell said Maisie was with Nan; Dean Farrow not seen.`,
      'Strategy discussion with CSC and health: bruise to Maisie’s left cheek reported by health visitor.',
      'Agreed s47 enquiry, joint visit. Child protection medical requested. Farrow arrested.',
      'DS (CAIU)',
    ]);
    const out = entries.map((fields) => fields.map(anonymise));
    expect(out[49_999]![0]).toBe('Entry 49999: Adult M said Child A was with Adult G; Adult P not seen.');
    expect(out.flat().filter((text) => leaks(text).length > 0)).toEqual([]);
});
});
