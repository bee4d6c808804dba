/**
 * `prw chronology import` with a Word chronology, as a user runs it: the .docx named beside a CSV
 * is read like any other file, its empty table rows counted, its rejected row reported by its
 * number; a Word file it cannot read is refused with what to do. The people are invented.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxBytes, row, table } from '../services/chronology/read/docx-helpers';
import { json, prw } from './run';

let temp: string;
let dir: string;
let reviewId: string;

beforeAll(() => {
  temp = mkdtempSync(path.join(tmpdir(), 'prw-cli-docx-'));
  dir = json<{ path: string }>(prw('workspace', 'create', path.join(temp, 'Child Q'), '--json')).path;
  reviewId = json<{ id: string }>(prw('review', 'add', dir, '--type', 'lcspr', '--title', 'LCSPR: Child Q', '--json')).id;
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('prw chronology import with a Word document', () => {
  it('imports a .docx like any other file, saying how many empty table rows it left out', async () => {
    const file = path.join(temp, 'school-chronology.docx');
    writeFileSync(
      file,
      await docxBytes(
        table(
          row([{ text: 'Chronology – Brackenridge Primary School', span: 3 }]),
          row(['Date', 'Event', 'Outcome'], { header: true }),
          row(['12/09/2019', ['Reuben Quillfeather arrived late and hungry.', 'Breakfast club offered.'], 'Mother informed']),
          row(['', '', '']),
          row(['31/09/2019', 'Attendance meeting.', 'Plan agreed']),
          row(['Spring term 2020', 'Attendance at 84%.', 'Referral to the education welfare officer']),
        ),
      ),
    );
    const csv = path.join(temp, 'gp.csv');
    writeFileSync(csv, 'Date,Event\n02/10/2019,Seen by GP\n');
    const result = json<{ files: Array<{ file: string; status: string; agency: string; imported: number; rejected: number; blankRows?: number }>; rejected: Array<{ file: string; row: number; reason: string }> }>(
      prw('chronology', 'import', dir, reviewId, file, csv, '--json'),
    );
    expect(result.files).toEqual([
      expect.objectContaining({ file: 'school-chronology.docx', status: 'imported', agency: 'School', imported: 2, rejected: 1, blankRows: 1 }),
      expect.not.objectContaining({ blankRows: expect.anything() }),
    ]);
    // Row 1 is the title row, row 2 the header: the impossible date is the table's fifth row.
    expect(result.rejected).toEqual([{ file: 'school-chronology.docx', row: 5, reason: expect.stringMatching(/31/) }]);
    const entries = json<Array<{ event: string; date: { precision: string }; provenance: { file: string; rowNumber: number } }>>(prw('chronology', 'list', dir, reviewId, '--json'));
    const school = entries.filter((entry) => entry.provenance.file === 'school-chronology.docx');
    expect(school.map((entry) => [entry.provenance.rowNumber, entry.date.precision])).toEqual([
      [3, 'day'],
      [6, 'term'],
    ]);
    expect(school[0]!.event).toBe('Reuben Quillfeather arrived late and hungry.\nBreakfast club offered.');
  });

  it('says so in words without --json, and refuses a password-protected .docx with what to do', async () => {
    const nursery = path.join(temp, 'nursery.docx');
    writeFileSync(nursery, await docxBytes(table(row(['Date', 'Event']), row(['03/03/2020', 'Settling-in session.']), row([null, null]))));
    const words = prw('chronology', 'import', dir, reviewId, nursery, '--agency', 'Nursery');
    expect(words.stderr).toBe('');
    expect(words.stdout).toContain('nursery.docx: 1 entries from Nursery, 0 rows rejected, 1 empty table row left out\n');
    const protectedFile = path.join(temp, 'protected.docx');
    writeFileSync(protectedFile, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]));
    const run = prw('chronology', 'import', dir, reviewId, protectedFile);
    expect(`${run.stdout}\n${run.stderr}`).toMatch(/protected\.docx: not imported/);
    expect(`${run.stdout}\n${run.stderr}`).toMatch(/password-protected.*remove the password/);
  });
});
