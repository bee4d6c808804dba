/**
 * The unknown-name scanner over the six fictional Hartwell fixtures (EXPECTED.md), read the way
 * the importer reads them and checked against the real dictionary: with only three of the five
 * people registered, the two the register misses (Tyler and Janet) are what the user is shown.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cellText, detectHeader, inferAgency, readSource } from '../../../../electron/services/chronology/read';
import { isCommonWord } from '../../../../electron/services/people/common-words';
import type { NamedPerson } from '../../../../shared/people/anonymise';
import { findUnknownNames, type ScanText } from '../../../../shared/people/unknown-names';
import { chronologyFixtures } from '../../../fixtures/paths';

const files = ['police.csv', 'health-visiting.xlsx', 'school.csv', 'childrens-social-care.xlsx', 'gp.tsv', 'hospital-ed.csv'];

/** Every non-empty cell, title and header rows included, cited as "Police, row 3, Details". */
async function fixtureTexts(): Promise<ScanText[]> {
  const texts: ScanText[] = [];
  for (const file of files) {
    const table = await readSource(readFileSync(path.join(chronologyFixtures, file)), file);
    const { headers } = detectHeader(table.rows);
    for (const row of table.rows) {
      row.cells.forEach((cell, column) => {
        const text = cellText(cell);
        if (text.trim() !== '') texts.push({ text, where: `${inferAgency(file)}, row ${row.rowNumber}, ${headers[column] ?? `column ${column + 1}`}` });
      });
    }
  }
  return texts;
}

const registeredThree: NamedPerson[] = [
  { name: 'Maisie Hartwell', pseudonym: 'Child M', aliases: [] },
  { name: 'Kerry Hartwell', pseudonym: 'Mother', aliases: [] },
  { name: 'Dean Farrow', pseudonym: "Mother's partner", aliases: [] },
];
const registeredFive: NamedPerson[] = [
  ...registeredThree,
  { name: 'Tyler Hartwell', pseudonym: 'Sibling', aliases: [] },
  { name: 'Janet Hartwell', pseudonym: 'Maternal grandmother', aliases: [] },
];

let texts: ScanText[];
beforeAll(async () => {
  texts = await fixtureTexts();
});

const scan = (people: readonly NamedPerson[], notPeople: Iterable<string> = []) => findUnknownNames(texts, { people, notPeople: new Set(notPeople), isCommonWord });

describe('unknown names in the Hartwell fixtures', () => {
  it('with three people registered, finds Tyler and Janet, and one place', () => {
    const found = scan(registeredThree);
    expect(found.map(({ name, key, count }) => ({ name, key, count }))).toEqual([
      // Written "Tyler" eleven times and once "Tyler Hartwell": the fullest form is shown, and the
      // key is the part the register does not know (Hartwell is Maisie's and Kerry's family name).
      { name: 'Tyler Hartwell', key: 'tyler', count: 12 },
      { name: 'Janet Hartwell', key: 'janet', count: 2 },
      // The one false positive: a town in an address ("14 Larch Close, Melksham"). Acceptable:
      // the lists hold only large cities and counties, addresses must come out of a published
      // report anyway, and "not a person" is remembered for the workspace after one click.
      { name: 'Melksham', key: 'melksham', count: 1 },
    ]);
  });

  it('cites where each name occurs, with an excerpt, at most five places', () => {
    const [tyler, janet] = scan(registeredThree);
    expect(tyler!.occurrences).toHaveLength(5);
    expect(tyler!.occurrences[0]).toEqual({ where: 'Police, row 3, Details', excerpt: '…Maisie (4 months) and Tyler (7) present in the house.' });
    expect(janet!.occurrences).toEqual([
      { where: 'Police, row 9, Action Taken', excerpt: '…stay with grandmother Janet Hartwell.' },
      { where: 'School, row 6, Event', excerpt: '…by grandmother Janet Hartwell; told staff baby is in…' },
    ]);
  });

  it('with all five registered, no candidate is a person', () => {
    const found = scan(registeredFive);
    expect(found.map((candidate) => candidate.name)).toEqual(['Melksham']);
    const nameWords = /\b(maisie|tyler|kerry|dean|farrow|janet|hartwell)\b/i;
    expect(found.filter((candidate) => nameWords.test(candidate.name))).toEqual([]);
  });

  it('clears Tyler and Janet when the user marks them "not a person", and the place once marked', () => {
    expect(scan(registeredThree, ['tyler', 'janet', 'melksham'])).toEqual([]);
  });

  it('knows the words agencies write in these files: systems, acronyms, medicines, kinship', () => {
    // Each of these would be a candidate without known-words.ts (none is in the dictionary).
    const words = ['Sertraline', 'EPDS', 'PICU', 'CAIU', 'CPOMS', 'Nan', 'Admin'];
    const text = texts.map((scanned) => scanned.text).join('\n');
    for (const word of words) expect(text).toContain(word);
    expect(words.filter((word) => isCommonWord(word.toLowerCase()))).toEqual([]);
  });
});

describe('the dictionary', () => {
  it('holds common words, including ones that are also names, but not given names', () => {
    expect(['police', 'dean', 'farrow', 'grace', 'mark', 'paediatrician', 'safeguarding'].filter((word) => !isCommonWord(word))).toEqual([]);
    expect(['tyler', 'janet', 'kerry', 'maisie', 'hartwell', 'melksham'].filter(isCommonWord)).toEqual([]);
  });

  it('accepts simple plurals and possessives, and words with or without their accents', () => {
    expect(['deans', "dean's", "deans'", 'babies', 'boxes', 'café', 'cafe', 'cafés', 'dean’s'].filter((word) => !isCommonWord(word))).toEqual([]);
    expect(["tyler's", 'tylers', "janet's"].filter(isCommonWord)).toEqual([]);
  });
});
