/**
 * `prw action` as a user runs it (issue #18): the --json shapes are the contract, exactly;
 * refusals exit 1 with the core's message; the exports are written through the export path.
 * The findings and recommendations are written straight into the workspace (their commands are
 * another part's). Every person is invented.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withWorkspace } from '../../../electron/cli/open';
import { pdfFileText } from '../pdf-reader';
import { seedSql } from '../services/findings/action-plan-seed';
import { json, passphrase, prw } from './run';

let temp: string;
let dir: string;
let reviewId: string;
const ids: Record<'a1' | 'a2' | 'a3', string> = { a1: '', a2: '', a3: '' };

beforeAll(async () => {
  temp = mkdtempSync(path.join(tmpdir(), 'prw-cli-action-'));
  dir = json<{ path: string }>(prw('workspace', 'create', path.join(temp, 'Plan'), '--json')).path;
  reviewId = json<{ id: string }>(prw('review', 'add', dir, '--type', 'lcspr', '--title', 'LCSPR: Child Q', '--subject', 'Child Q', '--rules', 'wt2023', '--aware', '2026-06-01', '--json')).id;
  json(prw('people', 'add', dir, reviewId, '--name', 'Tobias Fairweather', '--role', 'child', '--pseudonym', 'Child Q', '--json'));
  const previous = process.env.PRW_PASSPHRASE;
  process.env.PRW_PASSPHRASE = passphrase;
  try {
    await withWorkspace(dir, {}, (core) => {
      const sql = seedSql(core.session.require().db);
      sql.activity('audit-1', 'Neglect audit 2026');
      sql.finding('fq1', { review: reviewId }, 'Concerns about Tobias Fairweather were not shared.', 'category-information-sharing');
      sql.finding('fa1', { activity: 'audit-1' }, 'Assessments did not use the neglect tool.', 'category-assessment');
      sql.recommendation('rq1', { review: reviewId }, 'Share concerns the same day.', '2026-06-01', ['fq1']);
      sql.recommendation('ra1', { activity: 'audit-1' }, 'Use the neglect tool.', '2026-01-10', ['fa1']);
    });
  } finally {
    if (previous === undefined) delete process.env.PRW_PASSPHRASE;
    else process.env.PRW_PASSPHRASE = previous;
  }
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const add = (recommendation: string, agency: string, due: string, ...more: string[]) =>
  prw('action', 'add', dir, recommendation, '--text', `Write a protocol for Tobias Fairweather’s school (${agency}).`, '--agency', agency, '--lead-role', 'Head of Safeguarding', '--due', due, ...more, '--json');

describe('prw action', () => {
  it('add --json prints exactly {"id"}, and refuses a target date before the recommendation or no agency', () => {
    const added = json<{ id: string }>(add('rq1', 'Police', '2026-10-01', '--measure', 'An audit shows it.'));
    expect(Object.keys(added)).toEqual(['id']);
    ids.a1 = added.id;
    ids.a2 = json<{ id: string }>(add('ra1', 'Community Health', '2040-01-31')).id;
    ids.a3 = json<{ id: string }>(add('ra1', 'Police', '2030-06-30')).id;
    const early = add('rq1', 'Police', '2026-05-31');
    expect(early.status).toBe(1);
    expect(early.stderr).toContain('The target date (31 May 2026) is before the recommendation was made (1 Jun 2026).');
    const noAgency = add('rq1', ' ', '2030-01-01');
    expect(noAgency.status).toBe(1);
    expect(noAgency.stderr).toContain('Say which agency leads the action.');
    expect(add('nope', 'Police', '2030-01-01').status).toBe(1);
  });

  it('update --json prints exactly {"id","status","rag","statusOn"}, and refuses not-implemented without a reason', () => {
    const updated = json<Record<string, unknown>>(prw('action', 'update', dir, ids.a3, '--status', 'at-risk', '--rag', 'amber', '--note', 'Auditor leaving.', '--date', '2026-11-02', '--json'));
    expect(updated).toEqual({ id: ids.a3, status: 'at-risk', rag: 'amber', statusOn: '2026-11-02' });
    const refused = prw('action', 'update', dir, ids.a2, '--status', 'not-implemented', '--json');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('Say why the action will not be implemented');
    expect(prw('action', 'update', dir, ids.a2, '--status', 'finished', '--json').status).not.toBe(0);
  });

  it('list --json prints the register in order with the contract’s fields, and filters', () => {
    const rows = json<Array<Record<string, unknown>>>(prw('action', 'list', dir, '--as-of', '2026-11-26', '--json'));
    expect(rows.map((row) => Object.keys(row))).toEqual(Array(3).fill(['id', 'review', 'recommendation', 'finding', 'agency', 'due', 'status', 'rag', 'daysOverdue']));
    expect(rows).toEqual([
      { id: ids.a1, review: reviewId, recommendation: 'rq1', finding: 'fq1', agency: 'Police', due: '2026-10-01', status: 'not-started', rag: null, daysOverdue: 56 },
      { id: ids.a3, review: null, recommendation: 'ra1', finding: 'fa1', agency: 'Police', due: '2030-06-30', status: 'at-risk', rag: 'amber', daysOverdue: 0 },
      { id: ids.a2, review: null, recommendation: 'ra1', finding: 'fa1', agency: 'Community Health', due: '2040-01-31', status: 'not-started', rag: null, daysOverdue: 0 },
    ]);
    expect(json<Array<{ id: string }>>(prw('action', 'list', dir, '--review', reviewId, '--json')).map((row) => row.id)).toEqual([ids.a1]);
    expect(json<Array<{ id: string }>>(prw('action', 'list', dir, '--agency', 'police', '--overdue', '--json')).map((row) => row.id)).toEqual([ids.a1]);
    const bad = prw('action', 'list', dir, '--as-of', '2026-02-30', '--json');
    expect(bad.status).toBe(1);
  });

  it('export writes the anonymised workbook and the report through the export path', async () => {
    const xlsx = path.join(temp, 'plan.xlsx');
    const wrote = prw('action', 'export', dir, '--format', 'xlsx', '--out', xlsx, '--as-of', '2026-11-26');
    expect(wrote.stderr).toBe('');
    expect(wrote.status).toBe(0);
    expect(wrote.stdout).toContain(`Wrote ${xlsx}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const sheet = workbook.getWorksheet('Action plan')!;
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getRow(2).getCell(5).value).toBe('Write a protocol for Child Q’s school (Police).');
    // An audit's action names the child too: it goes through every review's people.
    expect(sheet.getRow(3).getCell(1).value).toBe('Multi-agency audit: Neglect audit 2026');
    expect(sheet.getRow(3).getCell(5).value).toBe('Write a protocol for Child Q’s school (Police).');
    const pdf = path.join(temp, 'plan.pdf');
    expect(prw('action', 'export', dir, '--format', 'pdf', '--out', pdf, '--as-of', '2026-11-26').status).toBe(0);
    const text = await pdfFileText(pdf);
    expect(text).toContain('Overdue actions (1)');
    expect(text).not.toContain('Tobias');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
