/**
 * The register's exports through the one export path, read back with real readers: the workbook
 * with exceljs (one row per action, real dates, pseudonyms not names) and the Quality and Impact
 * Group's PDF as text (its counts and overdue actions).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { auditSince, call, lastAuditSeq, useWorkspace } from '../reviews/helpers';
import type { TestRig } from '../workspace/session/helpers';
import { checkPdf, pdfFileText } from '../../pdf-reader';
import { childName, seededPlan } from './action-plan-seed';

const workspace = useWorkspace();
const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function saveTo(rig: TestRig, name: string): { file: string; suggested: () => string | undefined } {
  const folder = mkdtempSync(path.join(tmpdir(), 'prw-actions-'));
  folders.push(folder);
  const file = path.join(folder, name);
  let suggested: string | undefined;
  rig.ports.dialogs.showSave = (options) => {
    suggested = options.defaultName;
    return Promise.resolve(file);
  };
  return { file, suggested: () => suggested };
}

async function sheetOf(file: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.getWorksheet('Action plan')!;
}

describe('the register as a workbook', () => {
  it('has one row per action, real dates, a bold frozen header with a filter, and pseudonyms, not names', async () => {
    const { rig } = workspace;
    const { actions } = await seededPlan(rig);
    const { file, suggested } = saveTo(rig, 'plan.xlsx');
    const before = lastAuditSeq(rig);
    const saved = await call(rig, 'actions:export', { format: 'xlsx' });
    expect(suggested()).toBe('action-plan-2026-11-26.xlsx');
    expect(saved?.record).toMatchObject({ kind: 'action-register', format: 'xlsx', anonymised: true, reviewId: null, filtered: false });
    expect(auditSince(rig, before).map((row) => row.action)).toEqual(['export.anonymised']);
    const sheet = await sheetOf(file);
    expect(sheet.rowCount).toBe(6);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Review or activity',
      'Recommendation',
      'Finding',
      'Category',
      'Action',
      'Lead agency',
      'Lead officer (role)',
      'Target date',
      'Success measure',
      'Status',
      'RAG',
      'Last update',
      'Days overdue',
      'Completed',
    ]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    const first = sheet.getRow(2);
    expect(first.getCell(5).value).toBe('Write a same-day information sharing protocol for Child Q’s school.');
    expect(first.getCell(2).value).toBe('1. Agencies share concerns about Child Q the same day.');
    expect(first.getCell(8).value).toEqual(new Date(Date.UTC(2026, 9, 1)));
    expect(first.getCell(8).numFmt).toBe('dd/mm/yyyy');
    expect(first.getCell(13).value).toBe(56);
    const completed = sheet.getRow(4);
    expect(completed.getCell(5).value).toBe(actions.a4.text);
    expect(completed.getCell(14).value).toEqual(new Date(Date.UTC(2026, 7, 20)));
    expect(completed.getCell(10).value).toBe('Complete');
    const all: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => all.push(cell.text)));
    for (const part of childName.split(' ')) expect(all.join('\n')).not.toContain(part);
  });

  it('keeps real names when asked, and only the filtered rows, saying so', async () => {
    const { rig } = workspace;
    await seededPlan(rig);
    const { file } = saveTo(rig, 'plan.xlsx');
    const saved = await call(rig, 'actions:export', { format: 'xlsx', named: true, filter: { agency: 'police' } });
    expect(saved?.record).toMatchObject({ anonymised: false, filtered: true });
    const sheet = await sheetOf(file);
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getRow(2).getCell(5).value).toContain(childName);
  });
});

describe('the report for the Quality and Impact Group', () => {
  it('gives the counts by status and agency, then the overdue and the at-risk actions', async () => {
    const { rig } = workspace;
    const { actions } = await seededPlan(rig);
    const { file } = saveTo(rig, 'plan.pdf');
    const saved = await call(rig, 'actions:export', { format: 'pdf' });
    expect(saved?.record).toMatchObject({ kind: 'action-register', format: 'pdf', anonymised: true });
    await checkPdf(readFileSync(file));
    const text = await pdfFileText(file);
    expect(text).toContain('Action plan: report to the Quality and Impact Group');
    expect(text).toContain('5 actions as at 26 Nov 2026: 2 overdue, 2 at risk or off track, 1 complete.');
    expect(text).toContain('Actions by status');
    expect(text).toContain('Actions by agency');
    expect(text).toContain('Overdue actions (2)');
    expect(text).toContain('Actions at risk or off track (2)');
    expect(text).toContain('56 days overdue');
    expect(text).toContain('Write a same-day information sharing protocol for Child Q’s school.');
    expect(text.indexOf('56 days overdue')).toBeLessThan(text.search(/\b6 days overdue/));
    expect(text.search(/\b6 days overdue/)).toBeGreaterThan(0);
    expect(text).toContain(actions.a5.text);
    for (const part of childName.split(' ')) expect(text).not.toContain(part);
  });
});

describe('the names check before the register is exported', () => {
  it('finds a name no review’s people register knows, in the rows as written', async () => {
    const { rig } = workspace;
    await seededPlan(rig);
    await call(rig, 'actions:add', { recommendationId: 'rm1', text: 'Reginald Pomfrey to brief the duty team.', agency: 'Police', leadRole: 'Inspector', due: '2027-01-31' });
    const { candidates } = await call(rig, 'export:check-names', { subject: { kind: 'action-register', format: 'xlsx', filter: {} } });
    expect(candidates.map((candidate) => candidate.name)).toEqual(['Reginald Pomfrey']);
    expect(candidates[0]?.occurrences[0]?.where).toBe('Rapid review: Child M, recommendation 1');
  });
});
