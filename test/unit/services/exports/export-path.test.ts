/**
 * The one export path as a reviewer meets it, through the channels the app uses, on the fictional
 * Hartwell fixtures: names the register does not know stop an anonymised export before the save
 * dialog; once resolved, the CSV, Excel and PDF copies name nobody and read without stutters; the
 * reason for "export anyway" is recorded; a filtered view exports what is shown and says so.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { PdfReader } from '../../pdf-reader';
import { addHartwellReview, fixtureFiles, importFile, realNameWords } from '../chronology/helpers';
import { auditSince, call, failure, lastAuditSeq, names, useWorkspace } from '../reviews/helpers';
import type { TestRig } from '../workspace/session/helpers';

const temp = mkdtempSync(path.join(tmpdir(), 'prw-export-path-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const stutters = /Mother Mother|mother, Mother|Mother \(mother\)|Mother's partner's partner/i;

describe('the export path', () => {
  const workspace = useWorkspace();

  /** The six fixtures imported, with only Maisie, Kerry and Dean registered (as the issue tried it). */
  async function partlyRegistered(rig: TestRig): Promise<string> {
    const reviewId = await addHartwellReview(rig);
    await call(rig, 'people:add', { reviewId, name: names.child, role: 'child', pseudonym: 'Child M' });
    await call(rig, 'people:add', { reviewId, name: names.mother, role: 'parent', relationship: 'mother', pseudonym: 'Mother' });
    await call(rig, 'people:add', { reviewId, name: names.partner, role: 'carer', relationship: "mother's partner", pseudonym: "Mother's partner" });
    for (const file of fixtureFiles) await importFile(rig, reviewId, file);
    return reviewId;
  }

  function saveTo(rig: TestRig, name: string): { file: string; asked: () => number } {
    const file = path.join(temp, name);
    let asked = 0;
    rig.ports.dialogs.showSave = () => {
      asked++;
      return Promise.resolve(file);
    };
    return { file, asked: () => asked };
  }

  it('lists Tyler and Janet before an anonymised export and refuses it — no dialog, no file, nothing recorded', async () => {
    const { rig } = workspace;
    const reviewId = await partlyRegistered(rig);
    const { candidates } = await call(rig, 'export:check-names', { subject: { kind: 'chronology', reviewId } });
    const found = candidates.map((candidate) => candidate.key);
    expect(found).toEqual(expect.arrayContaining(['tyler', 'janet']));
    const tyler = candidates.find((candidate) => candidate.key === 'tyler')!;
    expect(tyler.occurrences.length).toBeGreaterThan(0);
    expect(tyler.occurrences[0]!.where).toMatch(/^(Police|Health Visiting|School|Children's Social Care|GP|Hospital Emergency Department), /);

    const save = saveTo(rig, 'refused.csv');
    const error = await failure(rig, 'chronology:export', { reviewId, format: 'csv', anonymised: true });
    expect(error.code).toBe('validation');
    expect(error.message).toMatch(/^The anonymised copy was not saved: \d+ names in it are not in the people register \(.*Tyler.*\)/);
    expect(save.asked()).toBe(0);
    expect(existsSync(save.file)).toBe(false);
    expect(await call(rig, 'export:list', { reviewId })).toEqual([]);
  });

  it('once Tyler and Janet are registered (and a town marked not a person), CSV, Excel and PDF name nobody and read without stutters', async () => {
    const { rig } = workspace;
    const reviewId = await partlyRegistered(rig);
    await call(rig, 'people:add', { reviewId, name: names.sibling, role: 'sibling' });
    await call(rig, 'people:add', { reviewId, name: names.grandmother, role: 'other-family', relationship: 'maternal grandmother', aliases: ['Nan'] });
    const { candidates } = await call(rig, 'export:check-names', { subject: { kind: 'chronology', reviewId } });
    for (const candidate of candidates) await call(rig, 'export:mark-not-person', { name: candidate.name });
    expect((await call(rig, 'export:check-names', { subject: { kind: 'chronology', reviewId } })).candidates).toEqual([]);

    const csv = saveTo(rig, 'composite.csv').file;
    const saved = await call(rig, 'chronology:export', { reviewId, format: 'csv', anonymised: true });
    expect(saved).toMatchObject({ path: csv, record: { kind: 'chronology', format: 'csv', anonymised: true, filtered: false, unresolvedReason: null } });
    expect(saved!.summary).toBe('Saved composite.csv: 33 entries from 6 agencies.');
    expect(statSync(csv).mode & 0o777).toBe(0o600);
    const csvText = readFileSync(csv, 'utf8');

    const xlsx = saveTo(rig, 'composite.xlsx').file;
    await call(rig, 'chronology:export', { reviewId, format: 'xlsx', anonymised: true });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const cells: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void cells.push(cell.text))));

    const pdf = saveTo(rig, 'composite.pdf').file;
    await call(rig, 'chronology:export', { reviewId, format: 'pdf', anonymised: true });
    const reader = PdfReader.fromFile(pdf);
    const pdfText = (await reader.text()).replace(/\s+/g, ' ');
    await reader.close();

    for (const [what, text] of [['CSV', csvText], ['Excel', cells.join('\n')], ['PDF', pdfText]] as const) {
      for (const word of realNameWords) expect(text, `${what} names ${word}`).not.toContain(word);
      expect(text, what).not.toMatch(stutters);
    }
    expect(pdfText).toContain('33 entries from 6 agencies');
    const records = await call(rig, 'export:list', { reviewId });
    expect(records.map((record) => record.format).sort()).toEqual(['csv', 'pdf', 'xlsx']);
  });

  it('"export anyway" writes the file and records the reason, and the audit log says it happened', async () => {
    const { rig } = workspace;
    const reviewId = await partlyRegistered(rig);
    const { file } = saveTo(rig, 'anyway.csv');
    const before = lastAuditSeq(rig);
    const reason = 'For the panel only: Tyler and Janet are being added after the meeting.';
    const saved = await call(rig, 'chronology:export', { reviewId, format: 'csv', anonymised: true, allowUnresolved: reason });
    expect(existsSync(file)).toBe(true);
    expect(saved!.record.unresolvedReason).toBe(reason);
    expect(auditSince(rig, before).map((row) => row.action)).toEqual(['export.anonymised', 'export.unresolved-names-allowed']);
    expect(auditSince(rig, before).every((row) => row.entity_id === saved!.record.id)).toBe(true);
  });

  it('a filtered view exports only what it shows, and the file, the record and the message say so', async () => {
    const { rig } = workspace;
    const reviewId = await partlyRegistered(rig);
    const { file } = saveTo(rig, 'police.xlsx');
    const saved = await call(rig, 'chronology:export', { reviewId, format: 'xlsx', anonymised: false, filter: { agencies: ['Police'], from: '2019-03-01' } });
    expect(saved!.record).toMatchObject({ filtered: true, anonymised: false });
    expect(saved!.summary).toMatch(/^Saved police\.xlsx: \d+ entries from 1 agency, the filtered view \(agency Police; from 01\/03\/2019\) of 33 in all\.$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const agencies = new Set<string>();
    workbook.worksheets[0]!.eachRow((row, number) => number > 1 && agencies.add(row.getCell(6).text));
    expect([...agencies]).toEqual(['Police']);
    expect(workbook.getWorksheet('About this export')!.getRow(1).getCell(1).text).toMatch(/^This is the filtered view \(agency Police; from 01\/03\/2019\): \d+ of 33 entries\.$/);
  });

  it('a write that fails leaves no file, no partial file and no record, with a message that says what to do', async () => {
    const { rig } = workspace;
    const reviewId = await partlyRegistered(rig);
    const missing = path.join(temp, 'no-such-folder', 'composite.csv');
    rig.ports.dialogs.showSave = () => Promise.resolve(missing);
    const error = await failure(rig, 'chronology:export', { reviewId, format: 'csv', anonymised: false });
    expect(error).toEqual({ code: 'unavailable', message: 'The file could not be saved there (that folder no longer exists). Nothing was written. Choose another place and export again.' });
    expect(await call(rig, 'export:list', { reviewId })).toEqual([]);
    expect(readdirSync(temp).filter((name) => name.endsWith('.part'))).toEqual([]);
  });
});
