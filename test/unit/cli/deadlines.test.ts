/**
 * `prw deadlines` as a user runs it: no workspace, JSON or a table on stdout, and for a bad
 * value one line on stderr with exit 1 (exit 2 only for a malformed command line).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../../electron/cli/program';

const root = path.resolve(__dirname, '../../..');
let temp: string;

function capture() {
  const io = { stdout: '', stderr: '', out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) };
  return io;
}

async function prw(...args: string[]) {
  const io = capture();
  const status = await run(args, io);
  return { status, stdout: io.stdout, stderr: io.stderr };
}

async function json(...args: string[]) {
  const result = await prw('deadlines', ...args, '--json');
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as { id: string; due: string; rule: string; source: string }[];
}

beforeAll(() => {
  temp = mkdtempSync(path.join(tmpdir(), 'prw-deadlines-'));
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('prw deadlines (in process)', () => {
  it('prints the notification deadline as JSON', async () => {
    const deadlines = await json('--type', 'rapid-review', '--aware', '2019-12-23');
    expect(deadlines).toEqual([
      { id: 'notification', due: '2020-01-02', rule: 'local: 5 working days from becoming aware of the incident', source: expect.stringContaining('Children Act 2004 s16C') },
    ]);
    expect(Object.keys(deadlines[0] ?? {})).toEqual(['id', 'due', 'rule', 'source']);
  });

  it('adds the deadlines that --notified, --decision and --publication allow', async () => {
    const deadlines = await json('--type', 'rapid-review', '--aware', '2019-12-23', '--notified', '2020-01-02', '--decision', '2020-08-31', '--publication', '2020-09-14');
    expect(deadlines.map(({ id, due }) => [id, due])).toEqual([
      ['notification', '2020-01-02'],
      ['agency-summary', '2020-01-16'], // 10 working days after the notification
      ['rapid-review', '2020-01-23'],
      ['lcspr', '2021-02-28'], // 31 Aug 2020 + 6 months, clamped
      ['publication-notice', '2020-09-03'], // Mon 14 Sep 2020 back 7: 11, 10, 9, 8, 7, 4, 3 Sep
    ]);
  });

  it('uses another rule set with --rules, and adds the looked-after notice with --looked-after', async () => {
    const deadlines = await json('--type', 'rapid-review', '--aware', '2019-12-23', '--notified', '2020-01-02', '--rules', 'wt2023');
    expect(deadlines.map(({ id, due, rule }) => [id, due, rule])).toEqual([
      ['notification', '2020-01-02', 'wt2023: 5 working days from becoming aware of the incident'],
      ['agency-summary', '2020-01-16', 'wt2023: 10 working days from the notification being sent'],
      ['rapid-review', '2020-01-23', 'wt2023: 15 working days from the notification being sent'],
    ]);
    const lookedAfter = await json('--type', 'rapid-review', '--aware', '2019-12-23', '--rules', 'wt2023', '--looked-after');
    expect(lookedAfter.map(({ id, due }) => [id, due])).toEqual([
      ['notification', '2020-01-02'],
      ['looked-after-notice', '2020-01-02'],
    ]);
  });

  it('covers SARs, DHRs and escalations', async () => {
    expect(await json('--type', 'sar', '--referral', '2024-08-31')).toMatchObject([{ id: 'sar-completion', due: '2025-02-28' }]);
    expect((await json('--type', 'dhr', '--notified', '2023-01-31')).map((item) => item.id)).toEqual(['dhr-decision', 'dhr-overview']);
    expect(await json('--type', 'escalation', '--stage1', '2024-12-20')).toMatchObject([{ id: 'escalation-stage-1', due: '2024-12-24' }]);
  });

  it('prints a readable table with the sources by default', async () => {
    const result = await prw('deadlines', '--type', 'rapid-review', '--aware', '2019-12-23', '--notified', '2020-01-02', '--referral', '2020-01-01');
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('Deadlines for a serious incident notification and rapid review (rule set: local)');
    expect(lines[2]).toMatch(/^Deadline +Due +Rule$/);
    expect(lines[3]).toMatch(/^notification +Thu 2 Jan 2020 +local: 5 working days from becoming aware of the incident$/);
    expect(lines[4]).toMatch(/^agency-summary +Thu 16 Jan 2020 +local: 10 working days from the notification being sent$/);
    expect(lines[5]).toMatch(/^rapid-review +Thu 23 Jan 2020 +local: 15 working days from the notification being sent$/);
    expect(lines[3]?.indexOf('Thu')).toBe(lines[2]?.indexOf('Due')); // columns line up
    expect(result.stdout).toContain('Sources\n  notification: gov.uk: Report a serious child safeguarding incident');
    expect(result.stdout).toContain('Not used by the local rule set for this review type: --referral.');
  });

  it('says which dates to give when there are none', async () => {
    const result = await prw('deadlines', '--type', 'lcspr');
    expect(result.stdout).toContain('No deadlines yet: give a date to count from (--decision, --publication).');
    expect(await json('--type', 'lcspr')).toEqual([]);
  });

  it.each([
    [['--rules', 'wt2020'], 'prw: Unknown rule set "wt2020". Use one of: local (the default), wt2018, wt2023.'],
    [['--aware', '2019-02-30'], 'prw: The awareness date "2019-02-30" is not a real date: February 2019 has 28 days. Write it as YYYY-MM-DD, e.g. 2020-01-02.'],
    [['--aware', '2019-12-23', '--notified', '2019-12-20'], 'prw: The notification date (2019-12-20) is before the awareness date (2019-12-23). Check both dates.'],
    [['--aware', '2030-12-27'], 'prw: Bank holidays for 2031 are not loaded (loaded: 2018–2030) — load a newer bank-holidays file from gov.uk.'],
  ])('exits 1 with one line on stderr for a bad value (%j)', async (args, message) => {
    const result = await prw('deadlines', '--type', 'rapid-review', ...args);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(message + '\n');
  });

  it('exits 1 for an unknown review type, listing the known ones', async () => {
    const result = await prw('deadlines', '--type', 'scr', '--aware', '2019-12-23');
    expect([result.status, result.stderr]).toEqual([1, 'prw: Unknown review type "scr". Use one of: rapid-review, lcspr, sar, dhr, escalation.\n']);
  });

  it('exits 2 for a malformed command line', async () => {
    expect((await prw('deadlines', '--aware', '2019-12-23')).stderr).toContain("required option '--type <type>' not specified");
    expect((await prw('deadlines', '--aware', '2019-12-23')).status).toBe(2);
    expect((await prw('deadlines', '--type', 'rapid-review', '--incident', '2019-12-23')).status).toBe(2);
  });

  it('uses a newer gov.uk file from --bank-holidays for the years it covers', async () => {
    const file = path.join(temp, 'bank-holidays.json');
    const events = [{ title: 'New Year’s Day', date: '2031-01-01', notes: '', bunting: true }];
    writeFileSync(file, JSON.stringify({ 'england-and-wales': { division: 'england-and-wales', events } }));
    // Fri 27 Dec 2030: Mon 30 (1), Tue 31 (2), Wed 1 Jan 2031 ✗, Thu 2 (3), Fri 3 (4), Mon 6 (5).
    expect(await json('--type', 'rapid-review', '--aware', '2030-12-27', '--bank-holidays', file)).toMatchObject([{ id: 'notification', due: '2031-01-06' }]);
  });

  it('explains a --bank-holidays file it cannot use, naming only the file', async () => {
    const notJson = path.join(temp, 'notes.txt');
    writeFileSync(notJson, 'not json');
    const wrongShape = path.join(temp, 'wrong.json');
    writeFileSync(wrongShape, JSON.stringify({ scotland: { division: 'scotland', events: [] } }));
    const args = ['deadlines', '--type', 'rapid-review', '--aware', '2019-12-23', '--bank-holidays'];
    expect((await prw(...args, notJson)).stderr).toBe('prw: The bank-holidays file "notes.txt" is not JSON. Download https://www.gov.uk/bank-holidays.json and load that.\n');
    expect((await prw(...args, wrongShape)).stderr).toMatch(/^prw: "wrong\.json": This bank-holidays file has no "england-and-wales" division/);
    const missing = await prw(...args, path.join(temp, 'missing.json'));
    expect([missing.status, missing.stderr]).toEqual([1, 'prw: The bank-holidays file "missing.json" does not exist. Check the path and try again.\n']);
  });
});

describe('prw deadlines (installed launcher)', () => {
  const prwBin = (...args: string[]) => spawnSync(process.execPath, [path.join(root, 'bin/prw.cjs'), 'deadlines', ...args], { encoding: 'utf8', cwd: tmpdir() });

  it('finds the shipped bank holidays from the bundle, whatever the working directory', () => {
    const result = prwBin('--type', 'rapid-review', '--aware', '2019-12-23', '--json');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject([{ id: 'notification', due: '2020-01-02' }]);
  });

  it('exits 1 with one line for an unknown rule set', () => {
    const result = prwBin('--type', 'rapid-review', '--aware', '2019-12-23', '--rules', 'nope');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('prw: Unknown rule set "nope". Use one of: local (the default), wt2018, wt2023.\n');
  });
});
