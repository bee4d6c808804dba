/** The view across reviews as an Excel workbook, read back with exceljs; the export is audited and names no one. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { auditSince, call, lastAuditSeq, names, useWorkspace } from '../reviews/helpers';

const workspace = useWorkspace();
const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

describe('saving the agency returns as Excel', () => {
  it('writes one row per request, most late first, with the days late and the review by its pseudonym', async () => {
    const { rig } = workspace;
    const rapid = await call(rig, 'review:create', { type: 'rapid-review', title: 'Rapid review: Child M', subject: 'Child M', rules: 'wt2023', dates: { aware: '2026-10-29', notified: '2026-11-02' } });
    await call(rig, 'people:add', { reviewId: rapid.id, name: names.child, role: 'child', pseudonym: 'Child M' });
    const lcspr = await call(rig, 'review:create', { type: 'lcspr', title: 'LCSPR: Baby O', subject: 'Baby O' });
    await call(rig, 'agency:add', { reviewId: lcspr.id, agency: 'Hospital trust', asks: ['report'], due: '2027-01-29' });
    await call(rig, 'agency:add', { reviewId: rapid.id, agency: 'Riverside Primary School', asks: ['summary'], sent: '2026-11-03' });
    const folder = mkdtempSync(path.join(tmpdir(), 'prw-returns-'));
    folders.push(folder);
    const file = path.join(folder, 'returns.xlsx');
    rig.ports.dialogs.showSave = () => Promise.resolve(file);
    const before = lastAuditSeq(rig);
    const saved = await call(rig, 'agency:export-overview', {});
    expect(saved).toEqual({ path: file, summary: 'Saved returns.xlsx: 2 requests, 1 late, as at Thursday 26 November 2026.' });
    expect(auditSince(rig, before).map((row) => row.action)).toEqual(['export.agency-returns']);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('Agency returns')!;
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((value) => (value === null || value === undefined ? '' : String(value)))));
    expect(rows[0]).toEqual(['Agency returns as at Thursday 26 November 2026']);
    expect(rows[1]).toEqual(['Review', 'Type of review', 'Agency', 'Asked for', 'Sent', 'Due', 'Status', 'Working days late', 'Chased', 'Received or closed', 'Nil return confirmed by', 'Contact']);
    expect(rows.slice(2).map((row) => [row[0], row[2], row[5], row[6], row[7]])).toEqual([
      ['Rapid review: Child M', 'Riverside Primary School', 'Mon 16 Nov 2026', 'Late', '8'],
      ['LCSPR: Baby O', 'Hospital trust', 'Fri 29 Jan 2027', 'Requested', '0'],
    ]);
  });

  it('names a review by its pseudonym when its title holds a registered name', async () => {
    const { rig } = workspace;
    const review = await call(rig, 'review:create', { type: 'rapid-review', title: `Rapid review: ${names.child}`, subject: 'Child M' });
    await call(rig, 'people:add', { reviewId: review.id, name: names.child, role: 'child', pseudonym: 'Child M' });
    await call(rig, 'agency:add', { reviewId: review.id, agency: 'Police', asks: ['chronology'] });
    const folder = mkdtempSync(path.join(tmpdir(), 'prw-returns-'));
    folders.push(folder);
    const file = path.join(folder, 'returns.xlsx');
    rig.ports.dialogs.showSave = () => Promise.resolve(file);
    await call(rig, 'agency:export-overview', {});
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const cells: string[] = [];
    workbook.getWorksheet('Agency returns')!.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text))));
    expect(cells).toContain('Rapid review: Child M');
    expect(cells.join('\n')).not.toMatch(/Maisie|Hartwell/);
  });
});
