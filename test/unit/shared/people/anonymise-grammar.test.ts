/**
 * Pseudonyms written so a published report still reads: no "the mother, Mother, told", no
 * "Mother (mother)", capitals where sentences begin, and names found in every form they are
 * written in. Every name here is invented.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createAnonymiser, findNames, type NamedPerson } from '../../../../shared/people/anonymise';
import { pseudonymKind } from '../../../../shared/people/pseudonym-kind';
import { chronologyFixtures } from '../../../fixtures/paths';

const family: NamedPerson[] = [
  { name: 'Maisie Hartwell', pseudonym: 'Child M', aliases: ['Maisy'] },
  { name: 'Tyler Hartwell', pseudonym: 'Sibling 1', aliases: [] },
  { name: 'Kerry Hartwell', pseudonym: 'Mother', aliases: [] },
  { name: 'Dean Farrow', pseudonym: "Mother's partner", aliases: [] },
  { name: 'Janet Hartwell', pseudonym: 'Maternal grandmother', aliases: ['Nan'] },
  { name: 'Sam Okoro', pseudonym: 'Practitioner 3 (Health Visitor)', aliases: [] },
];
const anonymise = createAnonymiser(family);

describe('a name beside words that already say the descriptor is dropped, not repeated', () => {
  it.each([
    ['the mother, Kerry told the health visitor', 'the mother told the health visitor'],
    ['The mother, Kerry, told the school', 'The mother told the school'],
    ['Kerry (mother) attended', 'Mother attended'],
    ['Kerry (the mother) attended', 'Mother attended'],
    ['Seen with mother Kerry Hartwell at clinic', 'Seen with mother at clinic'],
    ['Mother Kerry Hartwell, baby feeding well.', 'Mother, baby feeding well.'],
    ['the MOTHER,\nKerry,\nsaid', 'the MOTHER\nsaid'],
    ["Maisie's mother, Kerry, said", "Child M's mother said"],
    ['Kerry (Maisie’s mother) said', 'Mother said'],
    ['Kerry (mum) said', 'Mother said'],
    ['mum Kerry said', 'mum said'],
    ['Mother (Kerry Hartwell) attended', 'Mother attended'],
    ['Kerry, the mother, said', 'Mother said'],
    ['Present: Kerry, mother, Dean, partner.', "Present: Mother, Mother's partner."],
    ["Kerry's partner Dean shouted", "Mother's partner shouted"],
    ["Kerry's partner, Dean, attended", "Mother's partner attended"],
    ["Dean Farrow (Kerry's partner) arrested", "Mother's partner arrested"],
    ['Janet Hartwell (maternal grandmother) collected Tyler', 'Maternal grandmother collected Sibling 1'],
    ["her mother Kerry's flat", "her mother's flat"],
  ])('%s', (text, expected) => expect(anonymise(text)).toBe(expected));

  it.each([
    // Words that say only part of it become the pseudonym, so "Maternal" or "3" is not lost.
    ['Partner Dean Farrow present throughout', "Mother's partner present throughout"],
    ['Tyler to stay with grandmother Janet Hartwell.', 'Sibling 1 to stay with Maternal grandmother.'],
    ['Kerry and her partner, Dean, argued', "Mother and Mother's partner argued"],
    ['Kerry and her boyfriend Dean argued', "Mother and Mother's partner argued"],
    ['the health visitor, Sam Okoro, visited', 'Practitioner 3 (Health Visitor) visited'],
    ['The child, Maisie, was seen', 'Child M was seen'],
    ['Sam Okoro (health visitor) visited', 'Practitioner 3 (Health Visitor) visited'],
    ['Nan (grandmother) collected him', 'Maternal grandmother collected him'],
  ])('%s', (text, expected) => expect(anonymise(text)).toBe(expected));

  it.each([
    // Anything else in the bracket stays; only the repeated role goes.
    ['Kerry (mother, 24) attended', 'Mother (24) attended'],
    ['Maisie (4 months) and Tyler (7)', 'Child M (4 months) and Sibling 1 (7)'],
    ['Kerry (carer) said', 'Mother (carer) said'],
    // Other words, or a full stop between, change nothing.
    ['Spoke to the mother. Kerry said all was fine', 'Spoke to the mother. Mother said all was fine'],
    ['grandmother Kerry', 'grandmother Mother'],
    ['Dean told the school nurse, Kerry said', "Mother's partner told the school nurse, Mother said"],
    // A label and its value in a form are data, not a sentence: both stay.
    ['Mother: Kerry Hartwell   DOB: 01/02/1990', 'Mother: Mother   DOB: 01/02/1990'],
    // One person by two of their names, side by side, is one person: no "Mother, Mother".
    ['Kerry, Kerry Hartwell', 'Mother'],
  ])('%s', (text, expected) => expect(anonymise(text)).toBe(expected));

  it('keeps possessives and plurals as today', () => {
    expect(anonymise("Kerry's flat, Kerry’s car")).toBe("Mother's flat, Mother’s car");
    expect(anonymise("the Kerrys' home; the Hartwells’ home; the Hartwells moved")).toBe("the Mothers' home; the [family name]s’ home; the [family name]s moved");
  });

  it('writes a name-like pseudonym in place, since it cannot repeat the text', () => {
    const named = createAnonymiser([
      { name: 'Kerry Hartwell', pseudonym: 'Alex', aliases: [] },
      { name: 'Dean Farrow', pseudonym: 'Jordan', aliases: [] },
    ]);
    expect(named('the mother, Kerry, said')).toBe('the mother, Alex, said');
    expect(named('Kerry (mother) attended; mother Kerry Hartwell')).toBe('Alex (mother) attended; mother Alex');
    expect(named('Mr Farrow and Mrs Hartwell')).toBe('Jordan and Alex');
  });
});

describe('the same person named twice in a row', () => {
  it.each([
    ['often stayed with her Nan, Janet, at weekends', 'often stayed with her Maternal grandmother at weekends'],
    ['I spoke to Nan, Janet.', 'I spoke to Maternal grandmother.'],
    ['Nan (Janet) said', 'Maternal grandmother said'],
    // A new clause, not an aside: both are kept, as the writer meant two mentions.
    ['I told Janet, Janet said no.', 'I told Maternal grandmother, Maternal grandmother said no.'],
    // The same name written twice is a list (or a typing slip), not an aside: left as written.
    ['with Janet, janet at home', 'with Maternal grandmother, Maternal grandmother at home'],
    // Two different people in a row are never merged.
    ['with Janet, Kerry, at home', 'with Maternal grandmother, Mother, at home'],
  ])('%j → %j', (text, expected) => {
    expect(anonymise(text)).toBe(expected);
  });
});

describe('titles and capitals', () => {
  it.each([
    ['Mr Farrow arrested', "Mother's partner arrested"],
    ['Seen by Mr. Farrow and Mrs Kerry Hartwell', "Seen by Mother's partner and Mother"],
    ['Letter from Dr Okoro', 'Letter from Practitioner 3 (Health Visitor)'],
    ['Staff did not miss Kerry', 'Staff did not miss Mother'],
    ['her partner Mr Farrow', "Mother's partner"],
    // A shared family name keeps its title: it is all that says which Hartwell.
    ['Mr Hartwell and Mrs Hartwell', 'Mr [family name] and Mrs [family name]'],
  ])('%s', (text, expected) => expect(anonymise(text)).toBe(expected));

  it('starts a sentence, line or cell with a capital, and writes the pseudonym as registered elsewhere', () => {
    const lower = createAnonymiser([{ name: 'Kerry Hartwell', pseudonym: 'adult k', aliases: [] }]);
    expect(lower('kerry rang. Later kerry left!\nkerry returned; “Kerry?” kerry\tKerry')).toBe('Adult k rang. Later adult k left!\nAdult k returned; “adult k?” Adult k\tAdult k');
    expect(lower('She said “no.” Kerry left')).toBe('She said “no.” Adult k left');
    expect(anonymise('Dean told Kerry; KERRY agreed')).toBe("Mother's partner told Mother; Mother agreed");
  });
});

describe('names in every form they are written in', () => {
  it('matches any case, across line breaks and runs of spaces', () => {
    expect(anonymise('KERRY  HARTWELL and kerry\nhartwell and Kerry\r\n  Hartwell')).toBe('Mother and Mother and Mother');
  });

  it('folds accents both ways, in composed and decomposed forms, leaving no stray mark', () => {
    const plain = createAnonymiser([{ name: 'Zoe Brannagh', pseudonym: 'Young person 1', aliases: [] }]);
    const accented = createAnonymiser([{ name: 'Zoë Brannagh', pseudonym: 'Young person 1', aliases: [] }]);
    const text = 'Zoë, ZOË, Zoe, zoe\u0308 and Zoe\u0308 Brannagh; Zoë’s bag; Brannágh';
    for (const register of [plain, accented]) {
      const out = register(text);
      expect(out).toBe('Young person 1, Young person 1, Young person 1, Young person 1 and Young person 1; Young person 1’s bag; Young person 1');
      expect(out).not.toMatch(/\p{M}/u);
    }
    // An accent elsewhere in the text changes nothing about the names without one.
    expect(plain('Café visit: Zoe and Zoë')).toBe('Café visit: Young person 1 and Young person 1');
    expect(createAnonymiser([{ name: 'Øyvind Łukasz', pseudonym: 'Adult 5', aliases: [] }])('Oyvind and LUKASZ')).toBe('Adult 5 and Adult 5');
    // A full name whose second word carries the accent is still one name, not two.
    const renard = createAnonymiser([{ name: 'Kerry Rénard', pseudonym: 'Adult 6', aliases: [] }]);
    expect(renard('Kerry Rénard, Kerry Renard and KERRY RE\u0301NARD')).toBe('Adult 6, Adult 6 and Adult 6');
    // Marks that belong to another script's letters stay part of the name.
    expect(createAnonymiser([{ name: 'प्रिया शर्मा', pseudonym: 'Adult 8', aliases: [] }])('प्रिया शर्मा आई; प्रिया')).toBe('Adult 8 आई; Adult 8');
  });

  it('replaces each registered part of a hyphenated name, and reads a registered hyphen as a space', () => {
    expect(anonymise('The Hartwell-Farrow household')).toBe("The [family name]-Mother's partner household");
    const register = createAnonymiser([{ name: 'Priya Smith-Okafor', pseudonym: 'Adult 7', aliases: [] }]);
    expect(register('Smith-Okafor, Smith Okafor, Smith - Okafor, Smith‑Okafor and Okafor')).toBe('Adult 7, Adult 7, Adult 7, Adult 7 and Adult 7');
    expect(createAnonymiser([{ name: 'Mary Ann Lowe', pseudonym: 'Adult 4', aliases: [] }])('Mary-Ann Lowe')).toBe('Adult 4');
  });

  it('keeps whole words only, the longest match first, aliases, and ignores one-letter names', () => {
    expect(anonymise('The Deanery, Kerryanne Road, Nantwich; Maisy and Nan')).toBe('The Deanery, Kerryanne Road, Nantwich; Child M and Maternal grandmother');
    expect(anonymise('Kerry Hartwell and Hartwell')).toBe('Mother and [family name]');
    expect(createAnonymiser([{ name: 'J Okafor', pseudonym: 'Adult 9', aliases: ['K'] }])('J Okafor, J and K')).toBe('Adult 9, J and K');
  });
});

describe('finding names left in final output (the publication check)', () => {
  it('finds a leak in any form the anonymiser would have replaced, as written', () => {
    const register: NamedPerson[] = [...family, { name: 'Zoë Brannagh', pseudonym: 'Young person 1', aliases: [] }];
    const text = 'ZOE, Zoe\u0308, Kerry\nHartwell, Kerry’s, the Hartwell-Farrow household, Smith Okafor, Deanery';
    expect(findNames(register, text).sort()).toEqual(['Farrow', 'Hartwell', 'Kerry', 'Kerry\nHartwell', 'ZOE', 'Zoe\u0308'].sort());
    expect(findNames(register, anonymise('Kerry Hartwell and Dean, Mr Farrow (partner)'))).toEqual([]);
    const hyphenated = [{ name: 'Priya Smith-Okafor', pseudonym: 'Adult 7', aliases: [] }];
    expect(findNames(hyphenated, 'Smith Okafor and Smith-Okafor')).toEqual(['Smith Okafor', 'Smith-Okafor']);
  });
});

/** Every text of the Hartwell fixtures: each file whole, and each spreadsheet cell. */
async function fixtureTexts(): Promise<string[]> {
  const read = (file: string) => readFileSync(path.join(chronologyFixtures, file));
  const texts = ['police.csv', 'gp.tsv', 'hospital-ed.csv'].map((file) => read(file).toString('utf8'));
  texts.push(new TextDecoder('windows-1252').decode(read('school.csv')));
  for (const file of ['health-visiting.xlsx', 'childrens-social-care.xlsx']) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(chronologyFixtures, file));
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === 'string' && texts.push(cell.value)))));
  }
  return texts;
}

describe('the Hartwell fixtures with descriptor pseudonyms', () => {
  const register: NamedPerson[] = [
    { name: 'Maisie Hartwell', pseudonym: 'Child M', aliases: [] },
    { name: 'Kerry Hartwell', pseudonym: 'Mother', aliases: [] },
    { name: 'Dean Farrow', pseudonym: "Mother's partner", aliases: [] },
  ];

  it('never stutters, and leaves none of the three names', async () => {
    const hartwell = createAnonymiser(register);
    const out = (await fixtureTexts()).map(hartwell);
    const stutters = /mother,? mother|mother \(mother\)|mother's partner's partner/i;
    expect(out.filter((text) => stutters.test(text))).toEqual([]);
    expect(out.filter((text) => /\b(maisie|kerry|dean|farrow)\b/i.test(text))).toEqual([]);
    expect(out).toContain("Mother, baby feeding well. Mother's partner present throughout, answered questions for mother. Routine enquiry about domestic abuse not asked as partner present.");
    expect(out.join('\n')).toContain("Domestic incident: Mother reports Mother's partner pushed her into a door frame.");
  });
});

describe('pseudonymKind', () => {
  it.each(['Mother', 'Child M', 'Sibling 1', 'Maternal grandmother', 'Practitioner 3 (Health Visitor)', "Mother's partner", 'Adult A', 'Family member 2', 'Young person', 'Subject', 'Stepfather', 'Social worker 2'])(
    '%s describes the person',
    (pseudonym) => expect(pseudonymKind(pseudonym)).toBe('descriptor'),
  );
  it.each(['Alex', 'Jordan Lee', 'Mr X', 'Q', 'Motherwell'])('%s is name-like', (pseudonym) => expect(pseudonymKind(pseudonym)).toBe('name'));
});
