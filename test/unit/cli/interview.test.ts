/**
 * `prw interview` and `prw theme` as a user runs them (issue #17): the --json shapes are the
 * issue's contract, exactly; the refusals exit 1 with the core's message; the theme report holds
 * no real name; the REFI-QDA files are written, and a codebook exported from one review imports
 * into another. Every person is invented.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PdfReader } from '../pdf-reader';
import { json, prw } from './run';

const names = ['Imogen Trelawny', 'Bartholomew Quince', 'Philippa Oakenshaw', 'Tobias Fairweather'];

let temp: string;
let dir: string;
let reviewId: string;
const people: Record<'social' | 'health' | 'teacher', string> = { social: '', health: '', teacher: '' };
let group: string;
let individual: string;
const themes: Record<'supervision' | 'reflective' | 'sharing', string> = { supervision: '', reflective: '', sharing: '' };

const file = (name: string, text: string) => {
  const at = path.join(temp, name);
  writeFileSync(at, text);
  return at;
};

/** Saves the group conversation's notes from a plain-text file, paragraphs split by blank lines; what it printed. */
function notesFromText(name: string, paragraphs: string[]): string {
  const saved = prw('interview', 'notes', dir, group, '--from-text', file(name, paragraphs.join('\n\n') + '\n'));
  expect(saved.stderr).toBe('');
  expect(saved.status).toBe(0);
  return saved.stdout;
}

// The CLI is built once for the whole run (vitest's globalSetup): building it here would race the other files running it.
beforeAll(() => {
  temp = mkdtempSync(path.join(tmpdir(), 'prw-cli-interview-'));
  dir = json<{ path: string }>(prw('workspace', 'create', path.join(temp, 'Child Q'), '--json')).path;
  reviewId = json<{ id: string }>(prw('review', 'add', dir, '--type', 'lcspr', '--title', 'LCSPR: Child Q', '--subject', 'Child Q', '--rules', 'wt2023', '--aware', '2026-06-01', '--json')).id;
  const practitioner = (name: string, role: string, agency: string) =>
    json<{ id: string }>(prw('people', 'add', dir, reviewId, '--name', name, '--role', 'practitioner', '--practitioner-role', role, '--agency', agency, '--json')).id;
  people.social = practitioner('Imogen Trelawny', 'Social worker', 'Children’s Services');
  people.health = practitioner('Bartholomew Quince', 'Health visitor', 'Community Health');
  people.teacher = practitioner('Philippa Oakenshaw', 'Designated safeguarding lead', 'Riverside Primary School');
  json(prw('people', 'add', dir, reviewId, '--name', 'Tobias Fairweather', '--role', 'child', '--pseudonym', 'Child Q', '--json'));
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('prw interview', () => {
  it('add --json prints exactly {"id"}; without --json a line a user reads, with the id to type next and no name', () => {
    const added = json<{ id: string }>(
      prw('interview', 'add', dir, reviewId, '--kind', 'group', '--date', '2026-12-10', '--participant', people.social, '--participant', people.teacher, '--consent', 'notes,quotes', '--format', 'video', '--interviewer', 'Independent reviewer', '--json'),
    );
    expect(Object.keys(added)).toEqual(['id']);
    group = added.id;
    const plain = prw('interview', 'add', dir, reviewId, '--kind', 'individual', '--date', '2026-12-11', '--participant', people.health);
    expect(plain.stderr).toBe('');
    expect(plain.status).toBe(0);
    const [line, id] = plain.stdout.trimEnd().split('\n');
    expect(line).toBe('Planned: Individual interview, Friday 11 December 2026, with 1 participant (consent not recorded yet).');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    individual = id!;
    for (const name of names) expect(plain.stdout).not.toContain(name);
  });

  it('add refuses a participant from outside the register, an unknown consent cover and no participant', () => {
    const outside = prw('interview', 'add', dir, reviewId, '--kind', 'individual', '--date', '2026-12-12', '--participant', 'nobody', '--json');
    expect(outside.status).toBe(1);
    expect(outside.stderr).toMatch(/people register/);
    const covers = prw('interview', 'add', dir, reviewId, '--kind', 'individual', '--date', '2026-12-12', '--participant', people.health, '--consent', 'notes,photos', '--json');
    expect(covers.status).toBe(1);
    expect(covers.stderr).toContain('--consent: use one or more of notes, quotes, recording');
    expect(prw('interview', 'add', dir, reviewId, '--kind', 'individual', '--date', '2026-12-12', '--json').status).toBe(2);
  });

  it('notes --from-text saves the notes as paragraphs; --from-json takes ProseMirror JSON and refuses what is not a document', () => {
    const saved = notesFromText('notes.txt', [
      'Supervision every fortnight gave me room to think about the child.',
      'We rang the school straight after the strategy meeting.\nWe rang the school again the next week.',
      'The health visitor noticed the bruise and said so in the meeting.',
    ]);
    expect(saved).toBe('Saved the notes of Group conversation, Thursday 10 December 2026 (40 words).\n');
    const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nobody asked what the child wanted.' }] }] };
    expect(prw('interview', 'notes', dir, individual, '--from-json', file('notes.json', JSON.stringify(doc))).stdout).toBe(
      'Saved the notes of Individual interview, Friday 11 December 2026 (6 words).\n',
    );
    const bad = prw('interview', 'notes', dir, individual, '--from-json', file('bad.json', JSON.stringify({ type: 'paragraph' })));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--from-json: A document must start with a "doc" node.');
    const neither = prw('interview', 'notes', dir, individual);
    expect(neither.status).toBe(1);
    expect(neither.stderr).toMatch(/--from-json FILE .* or --from-text FILE/);
  });
});

describe('prw theme', () => {
  it('add --json prints exactly {"id"}, at the top of the tree or under a parent; a bad colour is refused', () => {
    const supervision = json<{ id: string }>(prw('theme', 'add', dir, reviewId, '--name', 'Supervision', '--colour', '#1F77B4', '--json'));
    expect(Object.keys(supervision)).toEqual(['id']);
    themes.supervision = supervision.id;
    themes.reflective = json<{ id: string }>(prw('theme', 'add', dir, reviewId, '--name', 'Reflective space', '--parent', themes.supervision, '--json')).id;
    const plain = prw('theme', 'add', dir, reviewId, '--name', 'Information sharing');
    expect(plain.stdout).toMatch(/^Added the theme “Information sharing”: [0-9a-f-]{36}\n$/);
    themes.sharing = plain.stdout.trim().split(': ')[1]!;
    const colour = prw('theme', 'add', dir, reviewId, '--name', 'Leadership', '--colour', 'blue', '--json');
    expect(colour.status).toBe(1);
    expect(colour.stderr).toContain('A colour is written #RRGGBB');
  });

  it('code --json prints exactly {"excerptId"}; text not in the notes, or there twice without --occurrence, exits 1 with the core’s message', () => {
    const coded = json<{ excerptId: string }>(prw('theme', 'code', dir, group, '--theme', themes.supervision, '--quote', 'Supervision every fortnight', '--participant', people.social, '--possible-quote', '--json'));
    expect(Object.keys(coded)).toEqual(['excerptId']);
    const absent = prw('theme', 'code', dir, group, '--theme', themes.sharing, '--quote', 'We emailed the school', '--json');
    expect(absent.status).toBe(1);
    expect(absent.stderr).toBe('prw: That text is not in the notes. Copy it exactly as it is written there.\n');
    const twice = prw('theme', 'code', dir, group, '--theme', themes.sharing, '--quote', 'We rang the school', '--json');
    expect(twice.status).toBe(1);
    expect(twice.stderr).toBe('prw: That text appears 2 times in the notes. Say which one with --occurrence (1 to 2).\n');
    const second = prw('theme', 'code', dir, group, '--theme', themes.sharing, '--theme', themes.reflective, '--quote', 'We rang the school', '--occurrence', '2', '--participant', people.teacher);
    expect(second.stderr).toBe('');
    expect(second.stdout).toBe('Coded “We rang the school” to Information sharing and Reflective space.\n');
    json(prw('theme', 'code', dir, individual, '--theme', themes.sharing, '--quote', 'what the child wanted', '--json'));
    json(prw('theme', 'code', dir, group, '--theme', themes.sharing, '--quote', 'noticed the bruise and said so', '--participant', people.teacher, '--json'));
  });

  it('code refuses a possible quote from a participant whose consent to quotes is not recorded, naming their role', () => {
    const refused = prw('theme', 'code', dir, individual, '--theme', themes.sharing, '--quote', 'Nobody asked', '--possible-quote', '--json');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('the health visitor, Community Health has not been asked for consent yet');
  });

  it('list --json prints exactly id, name, parentId and excerpts, parents before their sub-themes', () => {
    const listed = json<Array<{ id: string; name: string; parentId: string | null; excerpts: number }>>(prw('theme', 'list', dir, reviewId, '--json'));
    for (const theme of listed) expect(Object.keys(theme).sort()).toEqual(['excerpts', 'id', 'name', 'parentId']);
    expect(listed).toEqual([
      { id: themes.supervision, name: 'Supervision', parentId: null, excerpts: 1 },
      { id: themes.reflective, name: 'Reflective space', parentId: themes.supervision, excerpts: 1 },
      { id: themes.sharing, name: 'Information sharing', parentId: null, excerpts: 3 },
    ]);
    expect(prw('theme', 'list', dir, reviewId).stdout).toBe(
      `Supervision  (1 excerpt)  ${themes.supervision}\n  Reflective space  (1 excerpt)  ${themes.reflective}\nInformation sharing  (3 excerpts)  ${themes.sharing}\n`,
    );
  });

  it('excerpts --json prints exactly id, text, interviewId, roles, agencies, possibleQuote and orphaned', () => {
    const excerpts = json<Array<Record<string, unknown>>>(prw('theme', 'excerpts', dir, themes.sharing, '--json'));
    for (const excerpt of excerpts) expect(Object.keys(excerpt).sort()).toEqual(['agencies', 'id', 'interviewId', 'orphaned', 'possibleQuote', 'roles', 'text']);
    // The core lists them conversation by conversation (in no order a user chose), each in the order of its notes.
    expect(excerpts.map(({ id: _id, ...rest }) => rest)).toEqual(
      expect.arrayContaining([
        { text: 'We rang the school', interviewId: group, roles: ['Designated safeguarding lead'], agencies: ['Riverside Primary School'], possibleQuote: false, orphaned: false },
        { text: 'what the child wanted', interviewId: individual, roles: ['Health visitor'], agencies: ['Community Health'], possibleQuote: false, orphaned: false },
        { text: 'noticed the bruise and said so', interviewId: group, roles: ['Designated safeguarding lead'], agencies: ['Riverside Primary School'], possibleQuote: false, orphaned: false },
      ]),
    );
    expect(excerpts).toHaveLength(3);
    const plain = prw('theme', 'excerpts', dir, themes.supervision);
    expect(plain.stdout).toBe('“Supervision”: 1 excerpt\n  “Supervision every fortnight” (Social worker, Children’s Services; Group conversation, Thursday 10 December 2026) [possible quote]\n');
  });

  it('notes saved again re-anchor the excerpts: one whose text was deleted is counted as orphaned and kept', () => {
    const saved = notesFromText('notes-2.txt', [
      'Before anything else: supervision mattered.',
      'Supervision every fortnight gave me room to think about the child.',
      'We rang the school straight after the strategy meeting.\nWe rang the school again the next week.',
    ]);
    expect(saved).toBe('Saved the notes of Group conversation, Thursday 10 December 2026 (33 words). 1 coded excerpt is now orphaned: its text is no longer in the notes.\n');
    const excerpts = json<Array<{ text: string; orphaned: boolean }>>(prw('theme', 'excerpts', dir, themes.sharing, '--json'));
    expect(Object.fromEntries(excerpts.map((excerpt) => [excerpt.text, excerpt.orphaned]))).toEqual({
      'We rang the school': false,
      'what the child wanted': false,
      'noticed the bruise and said so': true,
    });
  });

  it('report writes an anonymised PDF with the themes and no real name; --named is allowed too', async () => {
    const out = path.join(temp, 'themes.pdf');
    const result = prw('theme', 'report', dir, reviewId, '--out', out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Wrote .*themes\.pdf \(the theme report: 3 themes, /);
    const pdf = PdfReader.fromFile(out);
    try {
      const text = (await pdf.pages('layout')).join('\n');
      for (const theme of ['Supervision', 'Reflective space', 'Information sharing']) expect(text).toContain(theme);
      expect(text).toContain('Social worker, Children’s Services');
      for (const name of names) expect(text).not.toContain(name);
    } finally {
      await pdf.close();
    }
    const named = prw('theme', 'report', dir, reviewId, '--out', path.join(temp, 'themes-named.pdf'), '--named');
    expect(named.status).toBe(0);
  });

  it('export-qdpx writes the coded project (a zip holding project.qde)', () => {
    const out = path.join(temp, 'conversations.qdpx');
    const result = prw('interview', 'export-qdpx', dir, reviewId, '--out', out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Wrote .*conversations\.qdpx \(2 conversations, 3 themes and \d+ coded excerpts\)\n$/);
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.includes(Buffer.from('project.qde'))).toBe(true);
  });

  it('export-qdc then import-qdc into another review adds the same number of themes, in the same tree', () => {
    const out = path.join(temp, 'codebook.qdc');
    const exported = prw('theme', 'export-qdc', dir, reviewId, '--out', out);
    expect(exported.stderr).toBe('');
    expect(exported.stdout).toMatch(/^Wrote .*codebook\.qdc \(the codebook: 3 themes\)\n$/);
    expect(readFileSync(out, 'utf8')).toContain('<CodeBook');
    const other = json<{ id: string }>(prw('review', 'add', dir, '--type', 'sar', '--title', 'SAR: Adult R', '--subject', 'Adult R', '--json')).id;
    const imported = prw('theme', 'import-qdc', dir, other, out);
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toBe('Added 3 themes from the codebook.\n');
    const tree = json<Array<{ name: string; parentId: string | null }>>(prw('theme', 'list', dir, other, '--json'));
    expect(tree.map((theme) => [theme.name, theme.parentId === null])).toEqual([
      ['Supervision', true],
      ['Reflective space', false],
      ['Information sharing', true],
    ]);
    expect(prw('theme', 'import-qdc', dir, other, out).stdout).toBe('No themes added: every code in the codebook is already a theme here.\n');
  });

  it('import-qdc refuses a file that is not a codebook with the parser’s line and column, and adds nothing', () => {
    const broken = file('broken.qdc', '<?xml version="1.0" encoding="utf-8"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0">\n  <Codes>\n    <Code name="Supervision"\n</CodeBook>\n');
    const refused = prw('theme', 'import-qdc', dir, reviewId, broken);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/line \d+, column \d+/);
    expect(json<unknown[]>(prw('theme', 'list', dir, reviewId, '--json'))).toHaveLength(3);
  });

  it('remove refuses a theme that codes excerpts without --force (exit 1, the core’s message); --force deletes it and keeps the excerpts', () => {
    const refused = prw('theme', 'remove', dir, themes.supervision);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe('prw: “Supervision” codes an excerpt. They are kept; it goes to Uncoded. Confirm to delete the theme (from the command line: --force).\n');
    const removed = prw('theme', 'remove', dir, themes.supervision, '--force');
    expect(removed.stderr).toBe('');
    expect(removed.stdout).toBe('Deleted the theme “Supervision”. 1 excerpt with no other theme is kept under Uncoded.\n');
    const tree = json<Array<{ name: string; parentId: string | null }>>(prw('theme', 'list', dir, reviewId, '--json'));
    // Its sub-theme moves up to the top of the tree.
    expect(tree.map((theme) => [theme.name, theme.parentId])).toEqual([
      ['Reflective space', null],
      ['Information sharing', null],
    ]);
  });

  it('consent withdrawn flags the participant’s excerpts, and says how many', () => {
    const withdrawn = prw('interview', 'consent', dir, group, '--participant', people.teacher, '--status', 'withdrawn', '--date', '2026-12-14');
    expect(withdrawn.stderr).toBe('');
    expect(withdrawn.stdout).toBe('Recorded consent withdrawn by the designated safeguarding lead, Riverside Primary School on Monday 14 December 2026. 2 excerpts from them are flagged.\n');
    const given = prw('interview', 'consent', dir, individual, '--participant', people.health, '--status', 'given', '--covers', 'notes,quotes', '--date', '2026-12-11');
    expect(given.stdout).toBe('Recorded consent given for notes and quotes by the health visitor, Community Health on Friday 11 December 2026.\n');
    const status = prw('interview', 'consent', dir, individual, '--participant', people.health, '--status', 'maybe');
    expect(status.status).toBe(2);
  });
});
