/**
 * `prw chronology` as a user runs it: the six fictional fixtures imported in one command with
 * the results of EXPECTED.md, the composite listed named and anonymised, the likely duplicates,
 * and exports read back with real parsers (csv-parse, exceljs, pdf.js).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, prw } from './run';
import { PdfReader } from '../pdf-reader';
import { chronologyFixtures } from '../../fixtures/paths';

const fixtures = chronologyFixtures;
const files = ['police.csv', 'health-visiting.xlsx', 'school.csv', 'childrens-social-care.xlsx', 'gp.tsv', 'hospital-ed.csv'].map((file) => path.join(fixtures, file));
const names = ['Maisie', 'Tyler', 'Kerry', 'Dean', 'Farrow', 'Janet', 'Hartwell'];
let temp: string;
let dir: string;
let reviewId: string;

interface ImportJson {
  files: Array<{ file: string; status: 'imported'; agency: string; imported: number; rejected: number; submissionId: string } | { file: string; status: 'refused'; reason: string }>;
  refused: number;
  imported: number;
  rejected: Array<{ file: string; row: number; reason: string }>;
  submissions: Array<{ id: string; file: string; agency: string; imported: number; rejected: number }>;
}

let imported: ImportJson;

beforeAll(() => {
  temp = mkdtempSync(path.join(tmpdir(), 'prw-cli-chronology-'));
  dir = json<{ path: string }>(prw('workspace', 'create', path.join(temp, 'Child M'), '--json')).path;
  reviewId = json<{ id: string }>(prw('review', 'add', dir, '--type', 'lcspr', '--title', 'LCSPR: Child M', '--json')).id;
  const people: Array<[string, string, ...string[]]> = [
    ['Maisie Hartwell', 'child', '--dob', '2018-10-08'],
    ['Tyler Hartwell', 'sibling'],
    ['Kerry Hartwell', 'parent'],
    ['Dean Farrow', 'carer'],
    ['Janet Hartwell', 'other-family', '--alias', 'Nan'],
  ];
  for (const [name, role, ...rest] of people) json(prw('people', 'add', dir, reviewId, '--name', name, '--role', role, ...rest, '--json'));
  imported = json<ImportJson>(prw('chronology', 'import', dir, reviewId, ...files, '--json'));
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('prw chronology', () => {
  it('import --json: 33 entries from 6 agencies; the blank health-visiting row reported', () => {
    expect(imported.imported).toBe(33);
    expect(imported.submissions.map(({ file, agency, imported: count }) => [file, agency, count])).toEqual([
      ['police.csv', 'Police', 8],
      ['health-visiting.xlsx', 'Health Visiting', 7],
      ['school.csv', 'School', 5],
      ['childrens-social-care.xlsx', "Children's Social Care", 7],
      ['gp.tsv', 'GP', 4],
      ['hospital-ed.csv', 'Hospital Emergency Department', 2],
    ]);
    expect(imported.rejected).toEqual([{ file: 'health-visiting.xlsx', row: 7, reason: expect.stringMatching(/blank row/i) }]);
    expect(imported.refused).toBe(0);
    expect(imported.files.map((file) => file.status)).toEqual(Array(6).fill('imported'));
  });

  it('list --json gives date, precision, agency, event and provenance; --anonymised shows no real name', () => {
    const entries = json<Array<{ date: { start: string; precision: string }; agency: string; event: string; provenance: { file: string; rowNumber: number } }>>(prw('chronology', 'list', dir, reviewId, '--json'));
    expect(entries).toHaveLength(33);
    expect(entries[0]).toMatchObject({ date: { start: '2018-10-22', precision: 'day' }, agency: 'Health Visiting', provenance: { file: 'health-visiting.xlsx', rowNumber: 4 } });
    expect(JSON.stringify(entries)).toContain('Kerry Hartwell');
    const anonymised = prw('chronology', 'list', dir, reviewId, '--anonymised', '--json');
    expect(anonymised.status).toBe(0);
    for (const name of names) expect(anonymised.stdout).not.toContain(name);
  });

  it('duplicates --json lists the three police / social care pairs', () => {
    const pairs = json<Array<{ a: { date: { start: string }; agency: string }; b: { agency: string } }>>(prw('chronology', 'duplicates', dir, reviewId, '--json'));
    expect(pairs.map(({ a }) => a.date.start).sort()).toEqual(['2019-03-11', '2019-03-12', '2019-06-14']);
    for (const { a, b } of pairs) expect([a.agency, b.agency].sort()).toEqual(["Children's Social Care", 'Police']);
  });

  it('export --anonymised refuses while a name the register does not know remains, listing it; not-person or --allow-unresolved resolves it', () => {
    const out = path.join(temp, 'refused.csv');
    const refused = prw('chronology', 'export', dir, reviewId, '--format', 'csv', '--anonymised', '--out', out);
    expect(refused.status).toBe(1);
    // The fixtures' only capitalised unknown word once all five people are registered: a town in an address.
    expect(refused.stderr).toMatch(/Names in this export that the people register does not know \(1\):\n {2}Melksham \(1×\): Police, /);
    expect(refused.stderr).toContain('--allow-unresolved');
    expect(existsSync(out)).toBe(false);

    const anyway = prw('chronology', 'export', dir, reviewId, '--format', 'csv', '--anonymised', '--out', out, '--allow-unresolved', 'A town, not a person: checked by the reviewer.');
    expect(anyway.status).toBe(0);
    expect(existsSync(out)).toBe(true);

    expect(prw('people', 'not-person', dir, 'Melksham').stdout).toBe('Not a person: Melksham\n');
  });

  it('export --format csv --anonymised: parses back, no real name, formula-like text neutralised', () => {
    const out = path.join(temp, 'chronology.csv');
    expect(prw('chronology', 'export', dir, reviewId, '--format', 'csv', '--anonymised', '--out', out).status).toBe(0);
    const rows = parse(readFileSync(out), { bom: true }) as string[][];
    expect(rows).toHaveLength(34);
    expect(rows[0]).toContain('Event');
    const text = rows.flat().join('\n');
    for (const name of names) expect(text).not.toContain(name);
    expect(text).toContain("formula-like =SUM(A1:A3) text");
    const event = rows[0]!.indexOf('Event');
    // A cell that starts like a formula ("- child seen…" or "=…") begins with an apostrophe.
    for (const row of rows.slice(1)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(event).toBeGreaterThan(-1);
  });

  it('export --agency --from --to --words: only the entries that match, as the composite filters them', () => {
    const out = path.join(temp, 'police-strategy.csv');
    const result = prw('chronology', 'export', dir, reviewId, '--format', 'csv', '--agency', 'Police', '--from', '2019-03-01', '--to', '2019-03-31', '--words', 'strategy', '--out', out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const rows = parse(readFileSync(out), { bom: true }) as string[][];
    const agency = rows[0]!.indexOf('Agency');
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.length).toBeLessThan(34);
    for (const row of rows.slice(1)) {
      expect(row[agency]).toBe('Police');
      expect(row.join(' ').toLowerCase()).toContain('strategy');
    }
    // A filter that matches nothing is said plainly, not an empty file without a word.
    const none = prw('chronology', 'export', dir, reviewId, '--format', 'csv', '--words', 'no such words anywhere', '--out', path.join(temp, 'none.csv'));
    expect(none.status === 0 ? none.stdout : none.stderr).toMatch(/0 entries|no entries|nothing/i);
  });

  it('export --format xlsx: real string cells, never formulas, with every entry', async () => {
    const out = path.join(temp, 'chronology.xlsx');
    expect(prw('chronology', 'export', dir, reviewId, '--format', 'xlsx', '--out', out).status).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(34);
    let formulas = 0;
    sheet.eachRow((row) => row.eachCell((cell) => void (cell.type === ExcelJS.ValueType.Formula && formulas++)));
    expect(formulas).toBe(0);
  });

  it('export --format pdf: a table of every entry with fonts embedded, anonymised with no name in it; a bad format is a usage error', async () => {
    const out = path.join(temp, 'chronology-anonymised.pdf');
    const result = prw('chronology', 'export', dir, reviewId, '--format', 'pdf', '--out', out, '--anonymised');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const pdf = PdfReader.fromFile(out);
    try {
      // Each visual line as one line, as `pdftotext -layout` printed it.
      const pages = await pdf.pages('layout');
      const text = pages.join('\n');
      for (const name of names) expect(text).not.toContain(name);
      expect(text).toContain('33 entries from 6 agencies');
      expect(text).toContain('formula-like =SUM(A1:A3) text');
      expect(pages.length).toBeGreaterThan(0);
      expect(pages.filter((page) => page.includes('OFFICIAL-SENSITIVE'))).toHaveLength(await pdf.pageCount());
      const fonts = await pdf.fonts();
      expect(fonts.length).toBeGreaterThan(0);
      // Embedded, and subset (the six-letter tag), as pdffonts' "emb" and "sub" columns said.
      for (const font of fonts) expect(font, font.name).toMatchObject({ name: expect.stringMatching(/^[A-Z]{6}\+NotoSans-/), embedded: true });
    } finally {
      await pdf.close();
    }
    expect(prw('chronology', 'export', dir, reviewId, '--format', 'docx', '--out', 'x').status).toBe(2);
  });

  it('a file that is not a chronology fails with a clear message and imports nothing', () => {
    const junk = path.join(temp, 'export.xlsx');
    writeFileSync(junk, Buffer.concat([Buffer.from('PK\u0003\u0004'), randomBytes(4096)]));
    const result = prw('chronology', 'import', dir, reviewId, junk, '--agency', 'Police', '--json');
    expect(result.status).toBe(1);
    expect(result.stderr).not.toMatch(/at .*\.ts|Error:/);
    expect(json<unknown[]>(prw('chronology', 'list', dir, reviewId, '--json'))).toHaveLength(33);
  });
});

describe('prw chronology import of several files, one of them not a chronology', () => {
  let batchReview: string;
  let good: string[];
  let binary: string;
  const entryCount = () => json<unknown[]>(prw('chronology', 'list', dir, batchReview, '--json')).length;

  beforeAll(() => {
    batchReview = json<{ id: string }>(prw('review', 'add', dir, '--type', 'lcspr', '--title', 'LCSPR: a batch', '--json')).id;
    good = [path.join(fixtures, 'gp.tsv'), path.join(fixtures, 'school.csv')];
    binary = path.join(temp, 'binary.csv');
    writeFileSync(binary, randomBytes(4096));
  });

  it('imports the good files, names only the refused one on stderr, exits 1, and reports each file in --json', () => {
    const result = prw('chronology', 'import', dir, batchReview, good[0]!, binary, good[1]!, '--json');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^prw: binary\.csv was not imported: [^\n]*binary file[^\n]*\n$/);
    const report = JSON.parse(result.stdout) as ImportJson;
    expect(report.files).toEqual([
      { file: 'gp.tsv', status: 'imported', agency: 'GP', imported: 4, rejected: 0, submissionId: expect.any(String) },
      { file: 'binary.csv', status: 'refused', reason: expect.stringMatching(/binary file/) },
      { file: 'school.csv', status: 'imported', agency: 'School', imported: 5, rejected: 0, submissionId: expect.any(String) },
    ]);
    expect(report).toMatchObject({ imported: 9, refused: 1 });
    expect(report.submissions.map((submission) => submission.file)).toEqual(['gp.tsv', 'school.csv']);
    expect(entryCount()).toBe(9);
  });

  it('run again: both good files refused as already imported, with the day and how to import anyway; nothing added', () => {
    const result = prw('chronology', 'import', dir, batchReview, good[0]!, binary, good[1]!);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('gp.tsv: not imported\nbinary.csv: not imported\nschool.csv: not imported\nImported 0 entries from 0 of 3 files.\n');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^prw: gp\.tsv was already imported into this review on \d{1,2} [A-Z][a-z]+ \d{4} \(as GP\)\. Importing it again would add every entry twice\. To import it anyway, run the command again with --again\.$/);
    expect(lines[1]).toMatch(/^binary\.csv was not imported: /);
    expect(lines[2]).toMatch(/^school\.csv was already imported into this review on .* \(as School\)\./);
    expect(entryCount()).toBe(9);
  });

  it('--again imports them anyway: exit 0, every entry now there twice', () => {
    const result = prw('chronology', 'import', dir, batchReview, ...good, '--again');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('gp.tsv: 4 entries from GP, 0 rows rejected\nschool.csv: 5 entries from School, 0 rows rejected\nImported 9 entries from 2 files.\n');
    expect(entryCount()).toBe(18);
  });
});
