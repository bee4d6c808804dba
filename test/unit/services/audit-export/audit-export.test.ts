/**
 * Settings → Audit log → Export (issue #15): what the viewer's filters show, as CSV or PDF,
 * through the one export path — a private temporary file, the check of the finished file against
 * every review's people register, then the rename and an entry in the audit log.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../electron/services';
import type { Channel, ChannelInput, ChannelResult } from '../../../../shared/ipc/contract';
import { PdfReader } from '../../pdf-reader';
import { createRig, testPassphrase, type TestRig } from '../workspace/session/helpers';

const dayFirst = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}$/;

let rig: TestRig;
let saveTo: string | null;
beforeEach(async () => {
  rig = createRig({ displayName: 'Jo Chair', role: 'Independent chair' });
  saveTo = null;
  rig.ports.dialogs.showSave = () => Promise.resolve(saveTo);
  await rig.core.session.create(rig.dataDir, 'Child M', testPassphrase);
  const review = await call('review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
  await call('people:add', { reviewId: review.id, name: 'Wilhelmina Strangeways', role: 'child', pseudonym: 'Child M' });
  await call('backup:create', {});
});
afterEach(() => rig.cleanup());

async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelResult<C>> {
  const result = await dispatch(rig.core.handlers, channel, input);
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
  return result.value;
}

function csvRows(file: string): string[][] {
  return Papa.parse<string[]>(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

describe('exporting the audit log', () => {
  it('CSV: exactly the filtered entries, in the viewer’s words, day first; the export is then in the log', async () => {
    saveTo = path.join(rig.dataDir, 'backups.csv');
    const viewer = await call('audit:list', { kinds: ['backups'] });
    const result = await call('audit:export', { format: 'csv', kinds: ['backups'] });
    expect(result).toEqual({ path: saveTo, summary: 'Saved backups.csv: 1 entry (Kind of action: Backups and restores).' });
    expect(statSync(saveTo).mode & 0o777).toBe(0o600);
    const [header, ...rows] = csvRows(saveTo);
    expect(header).toEqual(['When', 'Who', 'What', 'About']);
    expect(rows).toEqual(viewer.rows.map((row) => [expect.stringMatching(dayFirst), row.who, row.what, row.target]));
    expect(rows[0]!.slice(1)).toEqual(['Jo Chair (Independent chair)', 'Took a backup', expect.stringMatching(/^Backup, taken /)]);
    expect(readFileSync(saveTo, 'utf8')).not.toContain('Strangeways');
    // Only the file: no temporary file left beside it.
    expect(readdirSync(rig.dataDir).filter((name) => name.includes('backups.csv'))).toEqual(['backups.csv']);
    const after = await call('audit:list', { kinds: ['exports'] });
    expect(after.rows.map((row) => row.what)).toEqual(['Exported the audit log']);
  });

  it('PDF: the filtered entries in a table a PDF reader reads, with the filters said in words', async () => {
    saveTo = path.join(rig.dataDir, 'audit.pdf');
    await call('audit:export', { format: 'pdf', actor: 'Jo Chair (Independent chair)', kinds: ['reviews', 'people'] });
    const pdf = new PdfReader(readFileSync(saveTo));
    try {
      const text = (await pdf.pages()).join('\n');
      expect(text).toContain('Workspace: Child M');
      expect(text).toContain('2 entries, newest first.');
      // A long sentence wraps: read it as one line.
      expect(text.replace(/\s+/g, ' ')).toContain('Only the entries that match these filters: Kind of action: Reviews, decisions, escalations and agency requests, People register; person: Jo Chair (Independent chair).');
      expect(text).toContain('Added a review');
      expect(text).not.toContain('Took a backup');
      expect(text).not.toContain('Strangeways');
      expect(text).toMatch(/(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}/);
      expect((await pdf.info()).tagged).toBe(true);
    } finally {
      await pdf.close();
    }
  });

  it('cancelling the save dialog writes nothing and records nothing', async () => {
    expect(await call('audit:export', { format: 'csv' })).toBeNull();
    expect((await call('audit:list', { kinds: ['exports'] })).total).toBe(0);
  });

  it('a name from a people register in the finished file stops the export: nothing is saved or recorded', async () => {
    // Someone acting under a registered person's name puts it in the "Who" column.
    await call('settings:set', { displayName: 'Wilhelmina Strangeways', role: '' });
    await call('review:create', { type: 'lcspr', title: 'LCSPR: Child N', subject: 'Child N' });
    saveTo = path.join(rig.dataDir, 'leak.csv');
    await expect(call('audit:export', { format: 'csv' })).rejects.toThrow(/^The file was not saved: a check of the finished file found the real name of Child M/);
    expect(existsSync(saveTo)).toBe(false);
    expect(readdirSync(rig.dataDir).filter((name) => name.includes('leak'))).toEqual([]);
    expect((await call('audit:list', { kinds: ['exports'] })).total).toBe(0);
  });
});
