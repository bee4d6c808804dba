/**
 * The request pack through the app's channel: a folder asked for, both files written there through
 * the export path and recorded, and the review named without any registered real name.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { call, failure, names, useWorkspace } from '../reviews/helpers';
import { PdfReader } from '../../pdf-reader';

const workspace = useWorkspace();
const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

async function reviewWithRequest(due?: string) {
  const { rig } = workspace;
  // A title that names the child: the pack must use the pseudonym.
  const review = await call(rig, 'review:create', { type: 'rapid-review', title: `Rapid review: ${names.child}`, subject: 'Child M', rules: 'wt2023', dates: { aware: '2026-10-29', notified: '2026-11-02' } });
  await call(rig, 'people:add', { reviewId: review.id, name: names.child, role: 'child', pseudonym: 'Child M' });
  const request = await call(rig, 'agency:add', { reviewId: review.id, agency: 'Northshire Police', asks: ['chronology', 'summary'], sent: '2026-11-03', contact: 'Detective Inspector, Public Protection Unit', ...(due ? { due } : {}) });
  return { review, request };
}

describe('the request pack from the app', () => {
  it('writes the template and the letter into the chosen folder, records both, and names no one', async () => {
    const { rig } = workspace;
    const { review, request } = await reviewWithRequest();
    const folder = mkdtempSync(path.join(tmpdir(), 'prw-pack-'));
    folders.push(folder);
    rig.ports.dialogs.showOpen = () => Promise.resolve([folder]);
    const result = await call(rig, 'agency:pack', { id: request.id });
    expect(result?.folder).toBe(folder);
    expect(readdirSync(folder).sort()).toEqual(['chronology-template-northshire-police.xlsx', 'request-letter-northshire-police.pdf']);
    const records = await call(rig, 'export:list', { reviewId: review.id });
    expect(records.map((record) => [record.kind, record.format, record.anonymised])).toEqual(
      expect.arrayContaining([
        ['agency-request', 'xlsx', true],
        ['agency-request', 'pdf', true],
      ]),
    );
    const letter = new PdfReader(readFileSync(path.join(folder, 'request-letter-northshire-police.pdf')));
    const text = (await letter.text()).replace(/\s+/g, ' ');
    await letter.close();
    expect(text).toContain('Rapid review: Child M');
    expect(text).toContain('Monday 16 November 2026');
    expect(text).not.toMatch(/Maisie|Hartwell/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(folder, 'chronology-template-northshire-police.xlsx'));
    const cells: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text)))));
    expect(cells.join('\n')).toContain('Child M');
    expect(cells.join('\n')).not.toMatch(/Maisie|Hartwell/);
  });

  it('does not stop at the addressee’s own name typed as the contact, but still refuses a registered family name', async () => {
    const { rig } = workspace;
    const review = await call(rig, 'review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
    await call(rig, 'people:add', { reviewId: review.id, name: names.mother, role: 'parent', pseudonym: 'Mother' });
    const folder = mkdtempSync(path.join(tmpdir(), 'prw-pack-'));
    folders.push(folder);
    rig.ports.dialogs.showOpen = () => Promise.resolve([folder]);
    const named = await call(rig, 'agency:add', { reviewId: review.id, agency: 'Housing', asks: ['report'], due: '2027-01-29', contact: 'Priya Okonkwo-Marsh, Head of tenancy services' });
    expect((await call(rig, 'agency:pack', { id: named.id }))?.files).toHaveLength(2);
    const leaking = await call(rig, 'agency:add', { reviewId: review.id, agency: 'Youth service', asks: ['report'], due: '2027-01-29', contact: `${names.mother}’s keyworker` });
    const refused = await failure(rig, 'agency:pack', { id: leaking.id });
    expect(refused.message).toBe('The contact on this request names someone in the review’s people register, so the pack was not made. Give the contact as a role and team, then make the pack again.');
    expect(readdirSync(folder).filter((file) => file.includes('youth-service'))).toEqual([]);
  });

  it('refuses a request with no due date before asking for a folder, and writes nothing when the folder is not chosen', async () => {
    const { rig } = workspace;
    const review = await call(rig, 'review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
    const undated = await call(rig, 'agency:add', { reviewId: review.id, agency: 'Housing', asks: ['report'] });
    let asked = 0;
    rig.ports.dialogs.showOpen = () => {
      asked++;
      return Promise.resolve(null);
    };
    expect((await failure(rig, 'agency:pack', { id: undated.id })).message).toBe('Set a due date for the request to Housing first: the letter and the template both give it.');
    expect(asked).toBe(0);
    const dated = await call(rig, 'agency:edit', { id: undated.id, due: '2027-01-29' });
    expect(await call(rig, 'agency:pack', { id: dated.id })).toBeNull();
    expect(asked).toBe(1);
    expect(await call(rig, 'export:list', { reviewId: review.id })).toEqual([]);
  });
});
