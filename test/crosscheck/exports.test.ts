/**
 * Real exports, made as a user makes them (the built `prw` CLI on the fictional Hartwell case),
 * checked with qpdf and poppler: a report with headings, an outline, a table and a footnote; its
 * anonymised copy; signed-off terms of reference; the anonymised chronology. Each is also read
 * with the unit tests' pdf.js reader, which must see the same pages, words, outline and fonts —
 * so the unit tests' view of a PDF is checked against the tools here.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chronologyFixtures } from '../fixtures/paths';
import { buildCli, json, prw, root } from '../unit/cli/run';
import { PdfReader } from '../unit/pdf-reader';
import { pdffonts, pdfinfo, pdfinfoText, pdftoppm, pdftotext, qpdfCheck, qpdfOutline } from './poppler';

const realNames = /Maisie|Tyler|Kerry|Dean|Farrow|Janet|Hartwell|\bNan\b/;
const marking = 'OFFICIAL-SENSITIVE';
const text = (value: string) => ({ type: 'text', text: value });
const cell = (type: 'tableHeader' | 'tableCell', value: string) => ({ type, content: [{ type: 'paragraph', content: [text(value)] }] });
const filler = 'Practitioners described the pressures on the service, the referral routes they used and what they would do differently now. '.repeat(8);

/** A report as the editor writes it; PERSON is replaced by the mother's id once she is registered. */
const report = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [text('Background')] },
    {
      type: 'paragraph',
      content: [
        text('Maisie Hartwell lived with her mother '),
        { type: 'reference', attrs: { kind: 'person', id: 'PERSON', label: 'Kerry Hartwell' } },
        text(' and saw her Nan most weekends.'),
        { type: 'footnote', content: [{ type: 'paragraph', content: [text('From the health visiting record.')] }] },
      ],
    },
    { type: 'heading', attrs: { level: 2 }, content: [text('Agency involvement')] },
    { type: 'table', content: [{ type: 'tableRow', content: [cell('tableHeader', 'Agency'), cell('tableHeader', 'Involvement')] }, { type: 'tableRow', content: [cell('tableCell', 'Police'), cell('tableCell', 'Two callouts to the home in the spring')] }] },
    ...['Findings', 'Learning'].flatMap((title) => [{ type: 'heading', attrs: { level: 1 }, content: [text(title)] }, { type: 'paragraph', content: [text(filler)] }, { type: 'heading', attrs: { level: 3 }, content: [text(`Detail of ${title.toLowerCase()}`)] }, { type: 'paragraph', content: [text(filler)] }]),
  ],
};

interface Export {
  file: string;
  title: string;
  reader: PdfReader;
}

let temp: string;
let code: string;
type Name = 'report' | 'anonymised' | 'terms' | 'chronology';
const pdfs = {} as Record<Name, Export>;

beforeAll(() => {
  buildCli();
  temp = mkdtempSync(path.join(tmpdir(), 'prw-crosscheck-'));
  const dir = json<{ path: string }>(prw('workspace', 'create', path.join(temp, 'Child M'), '--json')).path;
  const reviewId = json<{ id: string }>(prw('review', 'add', dir, '--type', 'lcspr', '--title', 'LCSPR: Child M', '--subject', 'Child M', '--json')).id;
  const people: Array<[string, string, ...string[]]> = [
    ['Maisie Hartwell', 'child', '--pseudonym', 'Child M', '--dob', '2018-10-08'],
    ['Tyler Hartwell', 'sibling'],
    ['Kerry Hartwell', 'parent', '--pseudonym', 'Mother'],
    ['Dean Farrow', 'carer'],
    ['Janet Hartwell', 'other-family', '--alias', 'Nan'],
  ];
  const ids = people.map(([name, role, ...rest]) => json<{ id: string }>(prw('people', 'add', dir, reviewId, '--name', name, '--role', role, ...rest, '--json')).id);
  const add = (name: Name, title: string, ...args: string[]) => {
    const file = path.join(temp, `${name}.pdf`);
    const result = prw(...args, '--out', file);
    expect(result.stderr, name).toBe('');
    expect(result.status, name).toBe(0);
    pdfs[name] = { file, title, reader: PdfReader.fromFile(file) };
  };

  writeFileSync(path.join(temp, 'report.json'), JSON.stringify(report).replace('PERSON', ids[2]!));
  const { id } = json<{ id: string }>(prw('document', 'create', dir, reviewId, '--title', 'Overview report', '--from-json', path.join(temp, 'report.json'), '--json'));
  add('report', 'Overview report', 'document', 'export-pdf', dir, id);
  add('anonymised', 'Overview report', 'document', 'export-pdf', dir, id, '--anonymised');

  json(prw('terms', 'start', dir, reviewId, '--template', 'lcspr-rapid-review-led', '--json'));
  writeFileSync(path.join(temp, 'sections.txt'), '## Background\nChild M was seriously harmed in December 2019.\n');
  json(prw('terms', 'set-sections', dir, reviewId, '--file', path.join(temp, 'sections.txt'), '--json'));
  json(prw('terms', 'submit', dir, reviewId, '--json'));
  const today = new Date(Date.now() - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
  code = json<{ sha256: string }>(prw('terms', 'sign-off', dir, reviewId, '--by', 'Pat Example', '--role', 'Independent Chair, SVPP', '--decided-on', today, '--how', 'meeting', '--decision', 'approved', '--json')).sha256;
  add('terms', 'Terms of reference', 'terms', 'export-pdf', dir, reviewId);

  const files = ['police.csv', 'health-visiting.xlsx', 'school.csv', 'childrens-social-care.xlsx', 'gp.tsv', 'hospital-ed.csv'].map((file) => path.join(chronologyFixtures, file));
  json(prw('chronology', 'import', dir, reviewId, ...files, '--json'));
  // The names check before an anonymised export stops at a town the register does not know.
  expect(prw('people', 'not-person', dir, 'Melksham').status).toBe(0);
  add('chronology', 'Multi-agency chronology (anonymised)', 'chronology', 'export', dir, reviewId, '--format', 'pdf', '--anonymised');
});

afterAll(async () => {
  await Promise.all(Object.values(pdfs).map(({ reader }) => reader.close()));
  if (temp) rmSync(temp, { recursive: true, force: true });
});

const words = (value: string) => value.split(/\s+/).filter(Boolean).sort();

describe.each(['report', 'anonymised', 'terms', 'chronology'] as const)('the %s PDF', (name) => {
  const pdf = () => pdfs[name];

  it('passes qpdf --check', () => {
    const { status, output } = qpdfCheck(pdf().file);
    expect(output).toContain('No syntax or stream encoding errors');
    expect(status, output).toBe(0);
  });

  it('embeds every font, all Noto Sans (pdffonts), as the reader says', async () => {
    const fonts = pdffonts(pdf().file);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font, font.name).toMatchObject({ name: expect.stringMatching(/^[A-Z]{6}\+NotoSans-(Regular|Bold|Italic|BoldItalic)$/), type: 'CID TrueType', embedded: true, subset: true });
    const read = await pdf().reader.fonts();
    expect(read.map((font) => [font.name, font.embedded]).sort()).toEqual(fonts.map((font) => [font.name, true]).sort());
  });

  it('marks every page at the top and bottom and numbers it (pdftotext -layout)', () => {
    // Laid out, as on paper: poppler's reading order may put a table's last words after the footer.
    const pages = pdftotext(pdf().file, true);
    const total = Number(pdfinfo(pdf().file).Pages);
    expect(pages).toHaveLength(total);
    pages.forEach((page, index) => {
      const lines = page.split('\n').map((line) => line.trim()).filter(Boolean);
      expect(lines[0], `top of page ${index + 1}`).toBe(marking);
      expect(lines.at(-1), `foot of page ${index + 1}`).toMatch(new RegExp(`^${marking}\\s+Page ${index + 1} of ${total}$`));
    });
  });

  it('is a tagged PDF 1.7 with its page count and title (pdfinfo)', async () => {
    const info = pdfinfo(pdf().file);
    expect(info).toMatchObject({ Tagged: 'yes', 'PDF version': '1.7', Creator: 'Practice Review Workspace' });
    expect(Number(info.Pages)).toBe(await pdf().reader.pageCount());
    expect(info.Title).toBe(pdf().title);
    expect((await pdf().reader.info()).fields.Title).toBe(pdf().title);
  });

  it('reads the same on every page, and has the same outline, with poppler and with pdf.js', async () => {
    // -layout: in reading order poppler joins a line ending in a dash to the next and drops the dash.
    const poppler = pdftotext(pdf().file, true);
    const read = await pdf().reader.pages();
    expect(read).toHaveLength(poppler.length);
    read.forEach((page, index) => expect(words(page), `page ${index + 1}`).toEqual(words(poppler[index]!)));
    expect(await pdf().reader.outline()).toEqual(qpdfOutline(pdf().file));
  });
});

describe('the report', () => {
  it('draws its headings, table and footnote, tags them, and lists the headings in the outline', () => {
    const all = pdftotext(pdfs.report.file).join('\n').replace(/\s+/g, ' ');
    for (const expected of ['Maisie Hartwell lived with her mother Kerry Hartwell and saw her Nan most weekends.1', 'Two callouts to the home in the spring', 'Detail of learning']) expect(all).toContain(expected);
    expect(all).toMatch(/Notes 1\. From the health visiting record\./);
    const types = new Set(pdfinfoText(pdfs.report.file, '-struct').split('\n').map((line) => line.trim().split(/[\s:]/)[0]));
    for (const type of ['Document', 'H1', 'H2', 'H3', 'P', 'Table', 'TR', 'TH', 'TD', 'TOC', 'TOCI', 'Note']) expect(types, type).toContain(type);
    expect(qpdfOutline(pdfs.report.file)).toEqual(expect.arrayContaining(['Background@3', '  Agency involvement@3', 'Findings@3', expect.stringMatching(/^ {2}Detail of learning@\d+$/), expect.stringMatching(/^Notes@\d+$/)]));
  });

  it('draws a picture of the cover for a person to look at (pdftoppm)', () => {
    const dir = path.join(root, 'test-results/pdf');
    mkdirSync(dir, { recursive: true });
    const png = path.join(dir, 'report-cover.png');
    pdftoppm(pdfs.report.file, png, 1);
    expect(statSync(png).size).toBeGreaterThan(5_000);
  });
});

describe('the anonymised copies', () => {
  it('name nobody in the text, the outline or the metadata', () => {
    for (const name of ['anonymised', 'chronology'] as const) {
      const { file } = pdfs[name];
      const everything = [pdftotext(file).join('\n'), qpdfOutline(file).join('\n'), pdfinfoText(file, '-custom'), pdfinfoText(file, '-meta')].join('\n');
      expect(everything, name).not.toMatch(realNames);
    }
    expect(pdftotext(pdfs.anonymised.file).join('\n').replace(/\s+/g, ' ')).toContain('Child M lived with her mother Mother');
    expect(pdftotext(pdfs.chronology.file).join('\n')).toContain('33 entries from 6 agencies');
  });
});

describe('the signed terms of reference', () => {
  it('print the verification code and carry it in the metadata', () => {
    expect(pdftotext(pdfs.terms.file).join('\n')).toContain(code);
    expect(pdfinfo(pdfs.terms.file).Keywords).toContain(code);
    expect(pdfinfo(pdfs.terms.file, '-custom').PrwVerificationCode).toBe(code);
  });
});
