/**
 * The unknown-name scanner, rule by rule. Every person here is invented. The real dictionary is
 * used (it is what decides "common word"), so these read as what the user would be shown.
 */
import { describe, expect, it } from 'vitest';
import { isCommonWord } from '../../../../electron/services/people/common-words';
import type { NamedPerson } from '../../../../shared/people/anonymise';
import { findUnknownNames, nameKey, type NameCandidate } from '../../../../shared/people/unknown-names';

const register: NamedPerson[] = [
  { name: 'Leona Penhallow', pseudonym: 'Child L', aliases: ['Leo'] },
  { name: 'Zoë Nkemelu', pseudonym: 'Mother', aliases: [] },
  { name: 'Marcus Ellery', pseudonym: "Mother's partner", aliases: ['Marky Ellery'] },
];

function scan(texts: string | string[], options: { people?: NamedPerson[]; notPeople?: string[] } = {}): NameCandidate[] {
  const list = typeof texts === 'string' ? [texts] : texts;
  return findUnknownNames(
    list.map((text, index) => ({ text, where: `entry ${index + 1}` })),
    { people: options.people ?? register, notPeople: new Set(options.notPeople ?? []), isCommonWord },
  );
}
const names = (texts: string | string[], options?: { people?: NamedPerson[]; notPeople?: string[] }) => scan(texts, options).map((found) => found.name);

describe('nameKey', () => {
  it('lower-cases, folds accents, straightens apostrophes and single-spaces', () => {
    expect(nameKey('  Siobhán   O’Quill\n')).toBe("siobhan o'quill");
    expect(nameKey('ZOË')).toBe('zoe');
  });
});

describe('what is a likely name', () => {
  it('finds a capitalised word no dictionary knows, at a sentence start or not', () => {
    expect(names('Kayden arrived late. Seen with Kayden and Ffion at the park.')).toEqual(['Kayden', 'Ffion']);
  });

  it('passes over capitalised common words, at a sentence start and in the middle', () => {
    expect(names('Police attended. Mother said the Strategy Meeting was cancelled. Universal Plus offered.')).toEqual([]);
    // A given name that is also a common word is not found on its own: the documented limit.
    expect(names('Grace attended with Dean.')).toEqual([]);
  });

  it('takes a title and the capitalised word after it, even a common word', () => {
    expect(scan('Letter from Mr Marsh. Mrs. Marsh rang; MR MARSH seen; Dr J. Marsh and Dr Ogunleye.').map(({ name, key, count }) => ({ name, key, count }))).toEqual([
      { name: 'Dr J. Marsh', key: 'marsh', count: 4 },
      { name: 'Dr Ogunleye', key: 'ogunleye', count: 1 },
    ]);
    expect(names('PC Whitlock and DS Brandreth attended. Master Kayden was asleep.')).toEqual(['DS Brandreth', 'Master Kayden', 'PC Whitlock']);
    // After a title even a word of the known-word lists is a surname.
    expect(names('Mrs Nurse and Mr Head attended.')).toEqual(['Mr Head', 'Mrs Nurse']);
    // A title with nothing capitalised after it, or a registered name after it, is not a candidate.
    expect(names('Mr and Mrs Ellery. Mr Penhallow. Ms (unknown) rang.')).toEqual([]);
  });

  it('takes a capitalised possessive mid-sentence, even of a common word', () => {
    expect(names("Bruise on Kayden's arm. Saw Grace's bruise and Rose Tapper's car.")).toEqual(['Grace', 'Kayden', 'Rose Tapper']);
    // At a sentence start a capital says nothing; agency possessives and named laws are not people.
    expect(names("Grace's mum rang. Referred to Children's Services and Women's Aid. Clare's Law disclosure made.")).toEqual([]);
  });

  it('takes adjacent capitalised words as one name when one of them is unknown', () => {
    expect(scan('Grandmother Brenda Cole attended; Brenda Cole agreed.').map(({ name, key }) => ({ name, key }))).toEqual([{ name: 'Brenda Cole', key: 'brenda cole' }]);
    // A common word at a sentence start is dropped; an agency word ends the name.
    expect(names('Yesterday Kayden was seen. Kayden Surgery closed.')).toEqual(['Kayden']);
    // Two common words together are not found: the documented limit.
    expect(names('Seen with Rose Hill.')).toEqual([]);
  });

  it('keys a pair by its unknown part, so the fullest form stands for both', () => {
    const [found] = scan(['Ffion was seen.', 'Ffion collected.', 'Ffion Penhallow (sister, 9) present.']);
    expect(found).toMatchObject({ name: 'Ffion Penhallow', key: 'ffion', count: 3 });
  });

  it('takes a long run of capitals as a heading: only its unknown words', () => {
    expect(names('Referred to the Brackley Farm Summer Play Scheme.')).toEqual(['Brackley']);
  });

  it('reads hyphenated names and ordinary hyphenated words', () => {
    expect(names('Non-mobile baby. Multi-agency meeting with Lily-Mae and Jo Smith-Adair.')).toEqual(['Jo Smith-Adair', 'Lily-Mae']);
  });
});

describe('capitals, acronyms and references', () => {
  it('takes a long ALL-CAPS word no list knows as a surname, and knows acronyms', () => {
    expect(scan('QUARRINGTON, Ffion (DOB 01/02/1990). ELLERY, Marcus.').map(({ name, key }) => ({ name, key }))).toEqual([
      { name: 'Ffion', key: 'ffion' },
      { name: 'QUARRINGTON', key: 'quarrington' },
    ]);
    expect(names('MARAC, CAMHS, LADO, EHCP, SENCO, MAPPA, ICPC, CPOMS, EPDS. DASH completed - MEDIUM. Two DNAs. NHS No given.')).toEqual([]);
  });

  it('skips dates, times, references and numbers', () => {
    expect(names('Strategy discussion 11/03/2019 14:00 (STRAT-0311, OCC-5519/19); s47 agreed; A1 and CAD-190202-0871.')).toEqual([]);
  });

  it('reads months as dates beside a number, and April, May, June or August alone as possible names', () => {
    expect(names('On 3 April 2019; in May; June 2019; Monday 4th August; from March to Sept.')).toEqual([]);
    expect(names('Seen with April Quarrington.')).toEqual(['April Quarrington']);
  });
});

describe('the register and "not a person"', () => {
  it('never offers a registered name, alias or name word, in any case, accent or plural', () => {
    expect(names('Leona Penhallow, Leona, Leo, LEONA, PENHALLOW, the Penhallows, Zoe Nkemelu, Zoë, NKEMELU, Marky Ellery, Ellery’s')).toEqual([]);
  });

  it('does not offer pseudonyms', () => {
    expect(names('Child L seen. Mother’s partner absent; Mother said Child L was well.')).toEqual([]);
  });

  it('clears a pair once its unknown word is marked not a person, or the person is registered', () => {
    const text = 'Stayed with grandmother Brenda Penhallow; Brenda agreed.';
    expect(scan(text).map(({ name, key, count }) => ({ name, key, count }))).toEqual([{ name: 'Brenda Penhallow', key: 'brenda', count: 2 }]);
    expect(names(text, { notPeople: ['brenda'] })).toEqual([]);
    expect(names(text, { people: [...register, { name: 'Brenda Penhallow', pseudonym: 'Grandmother', aliases: [] }] })).toEqual([]);
  });

  it('remembers a multi-word key exactly, and a single word also inside pairs', () => {
    expect(names('Brenda Cole attended.', { notPeople: ['brenda cole'] })).toEqual([]);
    // "Brenda" alone is no longer a name, but beside an unknown word it may still be someone.
    expect(names('Seen with Brenda Quarrington and Brenda.', { notPeople: ['brenda'] })).toEqual(['Brenda Quarrington']);
    expect(names('Seen with Brenda Cole and Brenda.', { notPeople: ['brenda'] })).toEqual([]);
    expect(names('Referred to Quarrington Lodge; Quarrington Lodge rang.', { notPeople: ['quarrington lodge'] })).toEqual([]);
  });

  it('folds accents when comparing and keying', () => {
    const found = scan('Siobhán attended; later Siobhan rang.');
    expect(found.map(({ name, key, count }) => ({ name, key, count }))).toEqual([{ name: 'Siobhan', key: 'siobhan', count: 2 }]);
    expect(names('Siobhán attended.', { notPeople: [nameKey('Siobhán')] })).toEqual([]);
  });
});

describe('the text as agencies write it', () => {
  it('treats line breaks, quotes and brackets as starts, and a comma as a break', () => {
    expect(names('Seen at home.\nGrace attended.\n"Police were called" (Mother)')).toEqual([]);
    expect(names('Present: Kayden\nQuarrington (uncle)')).toEqual(['Kayden', 'Quarrington']);
    expect(names('Kayden said "Tobias hit me" (Ffion, 9).')).toEqual(['Ffion', 'Kayden', 'Tobias']);
    expect(names('Ffion, Quarrington and Kayden')).toEqual(['Ffion', 'Kayden', 'Quarrington']);
  });

  it('knows contractions, agency and system words, medicines and nationalities', () => {
    expect(names("Didn't attend. Referred to Kooth and Barnardo's via WhatsApp. Sertraline started. Interpreter (Romanian) used at Christmas.")).toEqual([]);
  });
});

describe('what is reported', () => {
  it('counts, orders by count then name, and keeps five places with a short excerpt each', () => {
    const texts = Array.from({ length: 7 }, (_, index) => `Visit ${index + 1}: a long note about the family before we reach the point where Tobias answered the door and said very little else.`);
    texts.push('Tobias again.', 'Ffion.', 'Ffion.', 'Kayden.');
    const found = scan(texts);
    expect(found.map(({ name, count }) => [name, count])).toEqual([
      ['Tobias', 8],
      ['Ffion', 2],
      ['Kayden', 1],
    ]);
    expect(found[0]!.occurrences.map((place) => place.where)).toEqual(['entry 1', 'entry 2', 'entry 3', 'entry 4', 'entry 5']);
    const excerpt = found[0]!.occurrences[0]!.excerpt;
    expect(excerpt).toBe('…we reach the point where Tobias answered the door and said…');
    expect(excerpt.length).toBeLessThanOrEqual(70);
  });

  it('shows the fullest form, as written most often', () => {
    expect(names(['Tobias Penhallow', 'TOBIAS Penhallow', 'Tobias Penhallow', 'Tobias'])).toEqual(['Tobias Penhallow']);
  });

  it('returns nothing for no text, and accepts any iterable', () => {
    expect(names([])).toEqual([]);
    function* texts() {
      yield { text: 'Kayden', where: 'a' };
    }
    expect(findUnknownNames(texts(), { people: [], notPeople: new Set(), isCommonWord }).map((found) => found.name)).toEqual(['Kayden']);
  });
});
