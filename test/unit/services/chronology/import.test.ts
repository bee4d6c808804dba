/**
 * Importing agency submissions through the handlers, with the six fictional fixtures and the
 * results of EXPECTED.md: every row an entry or a rejected row with its reason, the original
 * file kept inside the encrypted database, all or nothing.
 */
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, failure, useWorkspace } from '../reviews/helpers';
import { addHartwellPeople, addHartwellReview, choose, fixtureFiles, fixtures, importFile } from './helpers';

const workspace = useWorkspace();

describe('chronology import', () => {
  it('imports all six fixtures: 33 entries from 6 agencies, the blank row rejected with its reason', async () => {
    const reviewId = await addHartwellReview(workspace.rig);
    const counts: Record<string, number> = {};
    const rejected: string[] = [];
    for (const file of fixtureFiles) {
      const result = await importFile(workspace.rig, reviewId, file);
      counts[file] = result.imported;
      rejected.push(...result.rejected.map((row) => `${file} row ${row.rowNumber}: ${row.reason}`));
    }
    expect(counts).toEqual({
      'police.csv': 8,
      'health-visiting.xlsx': 7,
      'school.csv': 5,
      'childrens-social-care.xlsx': 7,
      'gp.tsv': 4,
      'hospital-ed.csv': 2,
    });
    expect(rejected).toEqual([expect.stringMatching(/^health-visiting\.xlsx row 7: blank row/i)]);
    const list = await call(workspace.rig, 'chronology:list', { reviewId, anonymised: false });
    expect(list.total).toBe(33);
    expect(list.agencies).toHaveLength(6);
  });

  it('keeps each date at the precision the agency gave it, and flags the uncertain ones', async () => {
    const reviewId = await addHartwellReview(workspace.rig);
    for (const file of fixtureFiles) await importFile(workspace.rig, reviewId, file);
    const { entries } = await call(workspace.rig, 'chronology:list', { reviewId, anonymised: false });
    const find = (text: string) => entries.find((entry) => entry.date.text === text)!;
    expect(find('approx March 2019').date).toMatchObject({ start: '2019-03-01', end: '2019-03-31', precision: 'month', approximate: true });
    expect(find('approx March 2019').flags).toContain('approximate');
    expect(find('w/c 18 February 2019').date).toMatchObject({ start: '2019-02-18', end: '2019-02-24', precision: 'week' });
    expect(find('Spring term 2019').date).toMatchObject({ precision: 'term', start: '2019-01-01' });
    expect(find('Spring term 2019').flags).toContain('range');
    expect(find('3rd April 2019').date).toMatchObject({ start: '2019-04-03', end: '2019-04-03', precision: 'day' });
    const police = entries.filter((entry) => entry.provenance.file === 'police.csv');
    expect(police[0]!.date).toMatchObject({ start: '2019-02-02', time: '23:10', precision: 'datetime' });
    const ed = entries.filter((entry) => entry.provenance.file === 'hospital-ed.csv');
    expect(ed.map((entry) => `${entry.date.start} ${entry.date.time}`)).toEqual(['2019-01-28 19:40', '2019-06-14 02:13']);
    const gp = entries.filter((entry) => entry.provenance.file === 'gp.tsv');
    expect(gp.map((entry) => entry.date.start)).toEqual(['2018-12-03', '2019-02-19', '2019-03-12', '2019-06-14']);
  });

  it('keeps text literal: multi-line cells, HTML-like and formula-like text, Windows-1252 characters', async () => {
    const reviewId = await addHartwellReview(workspace.rig);
    for (const file of ['police.csv', 'school.csv', 'childrens-social-care.xlsx']) await importFile(workspace.rig, reviewId, file);
    const { entries } = await call(workspace.rig, 'chronology:list', { reviewId, anonymised: false });
    const events = entries.map((entry) => entry.event ?? '');
    expect(events).toContain('Practitioner note contains markup <b>urgent</b> & an ampersand; and a formula-like =SUM(A1:A3) text that must stay text.');
    expect(events.some((event) => event.includes('"playing too rough".\nAccount consistent'))).toBe(true);
    expect(events.some((event) => event.includes('£20 uniform grant'))).toBe(true);
    expect(events.some((event) => event.includes('“keeps everyone up”'))).toBe(true);
    // CSC's real date cell and its ISO strings read as the same kind of day, with the separate time column.
    const csc = entries.filter((entry) => entry.provenance.file === 'childrens-social-care.xlsx');
    expect(csc.find((entry) => entry.date.start === '2019-03-12')!.date).toMatchObject({ time: '10:15', precision: 'datetime' });
  });

  it('records provenance and keeps the original file, byte for byte, as the submission', async () => {
    const reviewId = await addHartwellReview(workspace.rig);
    const result = await importFile(workspace.rig, reviewId, 'police.csv');
    const [submission] = await call(workspace.rig, 'chronology:submissions', { reviewId });
    const original = readFileSync(path.join(fixtures, 'police.csv'));
    expect(submission).toMatchObject({ id: result.submissionId, agency: 'Police', fileName: 'police.csv', format: 'csv', size: original.length, entries: 8, rejected: 0 });
    expect(submission!.sha256).toBe(createHash('sha256').update(original).digest('hex'));
    const { db } = workspace.rig.core.session.require();
    const stored = db.prepare<[string], { content: Buffer }>('SELECT content FROM chronology_submissions WHERE id = ?').get(result.submissionId)!;
    expect(Buffer.compare(stored.content, original)).toBe(0);
    const { entries } = await call(workspace.rig, 'chronology:list', { reviewId, anonymised: false });
    // Row 1 is the header, so the first data row is row 2, as a spreadsheet shows it.
    expect(entries[0]!.provenance).toEqual({ submissionId: result.submissionId, file: 'police.csv', rowNumber: 2, importedAt: '2026-11-26T09:00:00.000Z', enteredBy: null });
  });

  it('flags an event dated before the subject was born, and one in the future', async () => {
    const reviewId = await addHartwellReview(workspace.rig);
    await addHartwellPeople(workspace.rig, reviewId);
    const file = path.join(workspace.rig.dataDir, 'odd-dates.csv');
    writeFileSync(file, 'Date,Event\n01/05/2018,Before the child was born\n01/01/2027,In the future\n22/05/2019,Ordinary\n');
    await importFile(workspace.rig, reviewId, file, 'Probation');
    const { entries } = await call(workspace.rig, 'chronology:list', { reviewId, anonymised: false });
    expect(entries.map((entry) => [entry.event, entry.flags])).toEqual([
      ['Before the child was born', ['before-birth']],
      ['Ordinary', []],
      ['In the future', ['future']],
    ]);
  });

  it('rejects an impossible UK date with a reason, never swapping day and month, and lets the user fix it', async () => {
    const reviewId = await addHartwellReview(workspace.rig);
    const file = path.join(workspace.rig.dataDir, 'us-date.csv');
    writeFileSync(file, 'Date,Event\n04/13/2019,Dated the American way\n12/04/2019,Fine\n');
    const result = await importFile(workspace.rig, reviewId, file, 'Probation');
    expect(result.imported).toBe(1);
    expect(result.rejected).toEqual([expect.objectContaining({ rowNumber: 2, values: { Date: '04/13/2019', Event: 'Dated the American way' } })]);
    expect(result.rejected[0]!.reason).toMatch(/13/);
    expect(result.rejected[0]!.reason).toMatch(/day first/i);

    const [rejected] = await call(workspace.rig, 'chronology:rejected', { reviewId });
    const stillWrong = await failure(workspace.rig, 'chronology:fix-rejected', { id: rejected!.id, values: { Date: '31/02/2019' } });
    expect(stillWrong.message).toMatch(/row 2 still cannot be imported/i);
    const fixed = await call(workspace.rig, 'chronology:fix-rejected', { id: rejected!.id, values: { Date: '13/04/2019' } });
    expect(fixed).toMatchObject({ event: 'Dated the American way', date: { start: '2019-04-13' }, provenance: { rowNumber: 2, file: 'us-date.csv' } });
    expect(await call(workspace.rig, 'chronology:rejected', { reviewId })).toEqual([]);
    expect((await call(workspace.rig, 'chronology:list', { reviewId, anonymised: false })).total).toBe(2);
  });

  it('previews what an import would make without writing anything', async () => {
    const reviewId = await addHartwellReview(workspace.rig);
    const [token] = await choose(workspace.rig, reviewId, 'health-visiting.xlsx');
    const inspection = await call(workspace.rig, 'chronology:inspect', { token: token! });
    expect(inspection).toMatchObject({ format: 'xlsx', headerIndex: 2, headers: ['Date', 'Contact Type', 'Practitioner', 'Summary of Contact', 'Outcome / Plan'], agency: 'Health Visiting' });
    const preview = await call(workspace.rig, 'chronology:preview', { reviewId, token: token!, headerIndex: inspection.headerIndex, mapping: inspection.mapping, agency: 'Health Visiting' });
    expect(preview).toMatchObject({ entries: 7, rejected: 1 });
    expect(preview.rows.find((row) => row.reason)).toMatchObject({ rowNumber: 7 });
    expect((await call(workspace.rig, 'chronology:list', { reviewId, anonymised: false })).total).toBe(0);
  });

  it('refuses a mapping without a date, or with a field mapped twice, saying what to change', async () => {
    const reviewId = await addHartwellReview(workspace.rig);
    const [token] = await choose(workspace.rig, reviewId, 'gp.tsv');
    const base = { reviewId, token: token!, headerIndex: 0, agency: 'GP' };
    expect((await failure(workspace.rig, 'chronology:preview', { ...base, mapping: [null, 'eventType', 'authorRole', null, 'event'] })).message).toMatch(/no column is mapped to the date/i);
    expect((await failure(workspace.rig, 'chronology:preview', { ...base, mapping: ['date', 'event', 'authorRole', null, 'event'] })).message).toMatch(/two columns are mapped to the same field/i);
    expect((await failure(workspace.rig, 'chronology:preview', { ...base, mapping: ['date'] })).message).toMatch(/header row has 5/i);
  });

  it('remembers a mapping for the agency format when asked', async () => {
    const reviewId = await addHartwellReview(workspace.rig);
    const [first] = await choose(workspace.rig, reviewId, 'gp.tsv');
    const custom = ['date', 'eventType', 'authorRole', 'outcome', 'event'] as const;
    await call(workspace.rig, 'chronology:import', { reviewId, token: first!, headerIndex: 0, mapping: [...custom], agency: 'GP', jobId: randomUUID(), saveFormat: true });
    const [second] = await choose(workspace.rig, reviewId, 'gp.tsv');
    expect(await call(workspace.rig, 'chronology:inspect', { token: second! })).toMatchObject({ mapping: [...custom], mappingSaved: true, agency: 'GP' });
  });

  // Progress, cancel (all or nothing) and two imports of one file: import-job.test.ts.

  it('says so when a chosen file has gone, or was never chosen', async () => {
    const reviewId = await addHartwellReview(workspace.rig);
    const file = path.join(workspace.rig.dataDir, 'moved.csv');
    writeFileSync(file, 'Date,Event\n01/01/2019,x\n');
    const [token] = await choose(workspace.rig, reviewId, file);
    const { rmSync } = await import('node:fs');
    rmSync(file);
    expect((await failure(workspace.rig, 'chronology:inspect', { token: token! })).message).toMatch(/moved\.csv could not be read/);
    expect((await failure(workspace.rig, 'chronology:inspect', { token: 'no-such-token' })).message).toMatch(/choose the file again/i);
  });

  it('records the import in the audit log without any content', async () => {
    const reviewId = await addHartwellReview(workspace.rig);
    const result = await importFile(workspace.rig, reviewId, 'police.csv');
    const { db } = workspace.rig.core.session.require();
    const rows = db.prepare<[], { action: string; entity_id: string }>("SELECT action, entity_id FROM audit_log WHERE action LIKE 'chronology.%'").all();
    expect(rows).toEqual([{ action: 'chronology.imported', entity_id: result.submissionId }]);
  });
});
