/**
 * `prw chronology add|edit|delete|submissions|remove-submission` as a user runs them: an entry of
 * the reviewer's own, corrected and deleted with reasons, and a wrong file taken out again. Bad
 * input is refused in one line, exit 1, and changes nothing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chronologyFixtures } from '../../fixtures/paths';
import { json, prw } from './run';

interface Entry {
  id: string;
  date: { start: string; end: string; precision: string; text: string };
  agency: string;
  event?: string;
  action?: string;
  provenance: { file: string; enteredBy: string | null };
}

let temp: string;
let dir: string;
let reviewId: string;

const list = () => json<Entry[]>(prw('chronology', 'list', dir, reviewId, '--json'));

/** A refusal: one line on stderr, exit 1, nothing on stdout. */
function refused(result: ReturnType<typeof prw>): string {
  expect(result.status).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  return result.stderr;
}

beforeAll(() => {
  temp = mkdtempSync(path.join(tmpdir(), 'prw-cli-entries-'));
  dir = json<{ path: string }>(prw('workspace', 'create', path.join(temp, 'Child M'), '--json')).path;
  reviewId = json<{ id: string }>(prw('review', 'add', dir, '--type', 'lcspr', '--title', 'LCSPR: Child M', '--json')).id;
  json(prw('chronology', 'import', dir, reviewId, ...['police.csv', 'health-visiting.xlsx', 'gp.tsv'].map((file) => path.join(chronologyFixtures, file)), '--json'));
}, 120_000);
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('prw chronology: entries by hand', () => {
  it('add --json prints {"id"}; the entry is in the composite with the date read as an import reads it', () => {
    const added = json<Record<string, unknown>>(
      prw('chronology', 'add', dir, reviewId, '--date', 'approx March 2019', '--agency', 'Early Help', '--event', 'Family support worker visited', '--action', 'Referral discussed', '--json'),
    );
    expect(Object.keys(added)).toEqual(['id']);
    const entry = list().find((candidate) => candidate.id === added.id)!;
    expect(entry).toMatchObject({ agency: 'Early Help', event: 'Family support worker visited', action: 'Referral discussed', provenance: { file: '', enteredBy: 'CLI tester' } });
    expect(entry.date).toMatchObject({ start: '2019-03-01', end: '2019-03-31', precision: 'month' });
  });

  it('refuses a date it cannot read, saying which forms it reads, and adds nothing', () => {
    const before = list().length;
    const message = refused(prw('chronology', 'add', dir, reviewId, '--date', 'the week after Easter', '--agency', 'Police', '--event', 'Visit'));
    expect(message).toMatch(/not a date we can read: write it as 14\/06\/2019, 14 June 2019/);
    expect(list()).toHaveLength(before);
  });

  it('edit corrects an entry with a reason; delete takes one out with a reason', () => {
    const [first, second] = list();
    expect(prw('chronology', 'edit', dir, reviewId, first!.id, '--event', 'Neighbour called about shouting', '--date', '3/2/2019', '--reason', 'Police log checked').status).toBe(0);
    const corrected = list().find((entry) => entry.id === first!.id)!;
    expect(corrected.event).toBe('Neighbour called about shouting');
    expect(corrected.date).toMatchObject({ start: '2019-02-03', text: '3/2/2019' });

    const deleted = prw('chronology', 'delete', dir, reviewId, second!.id, '--reason', 'Recorded against the wrong family');
    expect(deleted.status).toBe(0);
    expect(deleted.stdout).toMatch(/kept in the workspace/);
    expect(list().map((entry) => entry.id)).not.toContain(second!.id);
  });

  it('says so of an entry it does not know, an empty reason and an edit with nothing to change, and changes nothing', () => {
    const before = list();
    expect(refused(prw('chronology', 'edit', dir, reviewId, 'no-such-entry', '--event', 'x', '--reason', 'y'))).toMatch(/There is no chronology entry no-such-entry in this review/);
    expect(refused(prw('chronology', 'delete', dir, reviewId, 'no-such-entry', '--reason', 'y'))).toMatch(/There is no chronology entry no-such-entry/);
    expect(refused(prw('chronology', 'delete', dir, reviewId, before[0]!.id, '--reason', ' '))).toMatch(/--reason: Give a reason/);
    expect(refused(prw('chronology', 'edit', dir, reviewId, before[0]!.id, '--reason', 'Checked'))).toMatch(/Say what to correct/);
    expect(list()).toEqual(before);
  });
});

describe('prw chronology: submissions', () => {
  it('submissions --json lists each file; remove-submission takes its entries out', () => {
    const submissions = json<Array<Record<string, unknown>>>(prw('chronology', 'submissions', dir, reviewId, '--json'));
    expect(submissions.map((submission) => Object.keys(submission))).toEqual(Array(3).fill(['id', 'file', 'agency', 'imported', 'rejected']));
    expect(submissions.map(({ file, agency, rejected }) => [file, agency, rejected])).toEqual([
      ['police.csv', 'Police', 0],
      ['health-visiting.xlsx', 'Health Visiting', 1],
      ['gp.tsv', 'GP', 0],
    ]);
    const health = submissions[1]!;
    // Entries deleted one by one (above) no longer count.
    const shown = list().filter((entry) => entry.provenance.file === 'health-visiting.xlsx').length;
    expect(health.imported).toBe(shown);

    expect(refused(prw('chronology', 'remove-submission', dir, reviewId, 'no-such-file', '--reason', 'Wrong child'))).toMatch(/There is no agency submission no-such-file/);
    const removed = prw('chronology', 'remove-submission', dir, reviewId, String(health.id), '--reason', 'Sent for the wrong child');
    expect(removed.status).toBe(0);
    expect(removed.stdout).toContain(`Removed health-visiting.xlsx (Health Visiting): its ${shown} entries and 1 rejected row are out of the chronology.`);
    expect(list().some((entry) => entry.provenance.file === 'health-visiting.xlsx')).toBe(false);
    const after = json<Array<{ file: string }>>(prw('chronology', 'submissions', dir, reviewId, '--json'));
    expect(after.map((submission) => submission.file)).toEqual(['police.csv', 'gp.tsv']);
  });

  it('import --replaces takes in the corrected file and the one it replaces out; one file only', () => {
    const corrected = path.join(temp, 'gp-corrected.tsv');
    writeFileSync(corrected, ['Date\tEvent\tAction', '03/12/2018\tHV call: EPDS 14, mother declined appointment.\tLetter sent'].join('\n'));
    const gp = json<Array<{ id: string; file: string }>>(prw('chronology', 'submissions', dir, reviewId, '--json')).find((submission) => submission.file === 'gp.tsv')!;
    expect(refused(prw('chronology', 'import', dir, reviewId, corrected, corrected, '--agency', 'GP', '--replaces', gp.id))).toMatch(/Give one file with --replaces/);

    const result = prw('chronology', 'import', dir, reviewId, corrected, '--agency', 'GP', '--replaces', gp.id);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const files = list().map((entry) => entry.provenance.file);
    expect(files).toContain('gp-corrected.tsv');
    expect(files).not.toContain('gp.tsv');
    const after = json<Array<{ file: string }>>(prw('chronology', 'submissions', dir, reviewId, '--json'));
    expect(after.map((submission) => submission.file)).toEqual(['police.csv', 'gp-corrected.tsv']);
  });
});
