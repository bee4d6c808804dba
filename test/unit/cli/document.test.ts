/**
 * `prw document` as a user runs it: a document made from ProseMirror JSON, exported to PDF named
 * and anonymised, read back with pdf.js; bad input fails with a message and writes nothing.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, prw } from './run';
import { PdfReader } from '../pdf-reader';

let temp: string;
let dir: string;
let reviewId: string;

const text = (value: string) => ({ type: 'text', text: value });
const content = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [text('Background')] },
    {
      type: 'paragraph',
      content: [
        text('Maisie Hartwell lived with her mother '),
        { type: 'reference', attrs: { kind: 'person', id: 'PERSON', label: 'Kerry Hartwell' } },
        text(' and <script>alert(1)</script> was never run.'),
      ],
    },
  ],
};

beforeAll(() => {
  temp = mkdtempSync(path.join(tmpdir(), 'prw-cli-document-'));
  dir = json<{ path: string }>(prw('workspace', 'create', path.join(temp, 'Child M'), '--json')).path;
  reviewId = json<{ id: string }>(prw('review', 'add', dir, '--type', 'lcspr', '--title', 'LCSPR: Child M', '--json')).id;
  json(prw('people', 'add', dir, reviewId, '--name', 'Maisie Hartwell', '--role', 'child', '--pseudonym', 'Child M', '--json'));
  const mother = json<{ id: string }>(prw('people', 'add', dir, reviewId, '--name', 'Kerry Hartwell', '--role', 'parent', '--pseudonym', 'Mother', '--json'));
  writeFileSync(path.join(temp, 'report.json'), JSON.stringify(content).replace('PERSON', mother.id));
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const readers: PdfReader[] = [];
afterAll(async () => {
  await Promise.all(readers.map((reader) => reader.close()));
});

function pdf(file: string): PdfReader {
  const reader = PdfReader.fromFile(file);
  readers.push(reader);
  return reader;
}

describe('prw document', () => {
  it('create --from-json --json gives an id; export-pdf writes a PDF named or anonymised', async () => {
    const { id } = json<{ id: string }>(prw('document', 'create', dir, reviewId, '--title', 'Draft report', '--from-json', path.join(temp, 'report.json'), '--json'));
    expect(id).toMatch(/^[0-9a-f-]{36}$/);

    const named = path.join(temp, 'named.pdf');
    expect(prw('document', 'export-pdf', dir, id, '--out', named, '--draft', '--marking', 'OFFICIAL').status).toBe(0);
    const namedText = await pdf(named).text();
    expect(namedText).toContain('Kerry Hartwell');
    expect(namedText).toContain('<script>alert(1)</script>');
    expect(namedText).toContain('DRAFT');
    expect(namedText).toContain('OFFICIAL');
    expect(namedText).not.toContain('OFFICIAL-SENSITIVE');

    const anonymised = path.join(temp, 'anonymised.pdf');
    expect(prw('document', 'export-pdf', dir, id, '--out', anonymised, '--anonymised').status).toBe(0);
    const anonymisedText = await pdf(anonymised).text();
    expect(anonymisedText).not.toMatch(/Maisie|Kerry|Hartwell/);
    expect(anonymisedText).toContain('Child M lived with her mother Mother');
    expect(anonymisedText).toContain('OFFICIAL-SENSITIVE');
    expect(anonymisedText).not.toContain('DRAFT');
    expect((await pdf(anonymised).info()).tagged).toBe(true);

    const list = json<Array<{ id: string; title: string }>>(prw('document', 'list', dir, reviewId, '--json'));
    expect(list.map((item) => [item.id, item.title])).toEqual([[id, 'Draft report']]);
  });

  it('bad input: not JSON, not a document, an unknown document, an unsupported node — a message and no file', () => {
    writeFileSync(path.join(temp, 'junk.json'), 'not json at all');
    const notJson = prw('document', 'create', dir, reviewId, '--title', 'X', '--from-json', path.join(temp, 'junk.json'));
    expect(notJson.status).toBe(1);
    expect(notJson.stderr).toMatch(/junk\.json is not JSON/);

    writeFileSync(path.join(temp, 'para.json'), JSON.stringify({ type: 'paragraph' }));
    const notDoc = prw('document', 'create', dir, reviewId, '--title', 'X', '--from-json', path.join(temp, 'para.json'));
    expect(notDoc.status).toBe(1);
    expect(notDoc.stderr).toBe('prw: A document must start with a "doc" node.\n');

    const missing = prw('document', 'export-pdf', dir, 'no-such-document', '--out', path.join(temp, 'missing.pdf'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/not in this workspace/);
    expect(existsSync(path.join(temp, 'missing.pdf'))).toBe(false);

    writeFileSync(path.join(temp, 'math.json'), JSON.stringify({ type: 'doc', content: [{ type: 'mathBlock', content: [text('x')] }] }));
    const { id } = json<{ id: string }>(prw('document', 'create', dir, reviewId, '--title', 'Maths', '--from-json', path.join(temp, 'math.json'), '--json'));
    const unsupported = prw('document', 'export-pdf', dir, id, '--out', path.join(temp, 'math.pdf'));
    expect(unsupported.status).toBe(1);
    expect(unsupported.stderr).toMatch(/"mathBlock"/);
    expect(existsSync(path.join(temp, 'math.pdf'))).toBe(false);
  });
});
