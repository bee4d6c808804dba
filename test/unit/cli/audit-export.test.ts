/**
 * `prw audit export` (issue #15): the audit log as CSV or PDF through the one export path, in the
 * words `prw audit list` prints — when (day first), who, what, what it was about — with --since.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PdfReader } from '../pdf-reader';
import { json, prw } from './run';

let temp: string;
let dir: string;
const personName = 'Tamsin Quarrendon';
const dayFirst = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}$/;

beforeAll(() => {
  temp = mkdtempSync(path.join(tmpdir(), 'prw-cli-audit-export-'));
  dir = json<{ path: string }>(prw('workspace', 'create', path.join(temp, 'Child Q'), '--json')).path;
  const reviewId = json<{ id: string }>(prw('review', 'add', dir, '--type', 'lcspr', '--title', 'LCSPR: Child Q', '--json')).id;
  json(prw('people', 'add', dir, reviewId, '--name', personName, '--role', 'parent', '--json'));
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('prw audit export', () => {
  it('--format csv: a header of When, Who, What, About and the rows `audit list` gives, in the same words', () => {
    const listed = json<Array<{ who: string; what: string; target: string }>>(prw('audit', 'list', dir, '--json'));
    const out = path.join(temp, 'audit.csv');
    const result = prw('audit', 'export', dir, '--format', 'csv', '--out', out);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Saved audit\.csv: \d+ entries\.\n$/);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const text = readFileSync(out, 'utf8').replace(/^\uFEFF/, '');
    const [header, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(header).toEqual(['When', 'Who', 'What', 'About']);
    for (const row of rows) expect(row[0]).toMatch(dayFirst);
    // Newest first: the export's own unlock, the list command's lock, then what the list printed.
    expect(rows.slice(0, 2).map((row) => row[2])).toEqual(['Unlocked the workspace', 'Locked the workspace']);
    expect(rows.slice(2).map((row) => row.slice(1))).toEqual(listed.map((row) => [row.who, row.what, row.target]));
    expect(text).not.toContain('Quarrendon');
    // The export itself is in the log, in words.
    expect(json<Array<{ what: string }>>(prw('audit', 'list', dir, '--json')).map((row) => row.what)).toContain('Exported the audit log');
  });

  it('--format pdf: a tagged PDF whose pages hold the same words and the marking', async () => {
    const out = path.join(temp, 'audit.pdf');
    const result = prw('audit', 'export', dir, '--format', 'pdf', '--out', out);
    expect(result.stderr).toBe('');
    const pdf = new PdfReader(readFileSync(out));
    try {
      const text = (await pdf.pages()).join('\n');
      expect(text).toContain('Audit log');
      expect(text).toContain('Workspace: Child Q');
      expect(text).toContain('OFFICIAL-SENSITIVE');
      expect(text).toContain('Created the workspace');
      expect(text).toContain('Added a review');
      expect(text).toMatch(/(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}/);
      expect(text).not.toContain('Quarrendon');
      expect((await pdf.info()).tagged).toBe(true);
    } finally {
      await pdf.close();
    }
  });

  it('--since a day to come: an empty table; a bad date or format is refused before anything is opened', () => {
    const out = path.join(temp, 'none.csv');
    expect(prw('audit', 'export', dir, '--format', 'csv', '--out', out, '--since', '2099-01-01').stdout).toBe('Saved none.csv: 0 entries (From Thu 1 Jan 2099).\n');
    const bad = prw('audit', 'export', dir, '--format', 'csv', '--out', out, '--since', '31/12/2026');
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('--since "31/12/2026" is not a date');
    expect(prw('audit', 'export', dir, '--format', 'docx', '--out', out).status).not.toBe(0);
  });
});
