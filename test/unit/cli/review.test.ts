/**
 * `prw review` and `prw people` as a user runs them: a separate process, the passphrase from the
 * environment, JSON on stdout, and one line on stderr with exit 1 (user error) or 2 (usage).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const passphrase = 'sturdy maple kettle 9';
let temp: string;
let dir: string;
let reviewId: string;

function prw(...args: string[]) {
  return prwWith({}, ...args);
}

function prwWith(env: Record<string, string>, ...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(root, 'bin/prw.cjs'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, PRW_PASSPHRASE: passphrase, PRW_DISPLAY_NAME: 'CLI tester', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function json<T>(result: { status: number | null; stdout: string; stderr: string }): T {
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as T;
}

beforeAll(() => {
  temp = mkdtempSync(path.join(tmpdir(), 'prw-cli-review-'));
  dir = json<{ path: string }>(prw('workspace', 'create', path.join(temp, 'Child M'), '--json')).path;
  reviewId = json<{ id: string }>(
    prw('review', 'add', dir, '--type', 'rapid-review', '--title', 'Rapid review: Child M', '--subject', 'Child M', '--aware', '2019-12-23', '--json'),
  ).id;
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('prw review', () => {
  it('add --json prints the new id; list and show find the review', () => {
    expect(reviewId).toMatch(/^[0-9a-f-]{36}$/);
    const listed = json<Array<{ id: string; type: string; status: string; title: string }>>(prw('review', 'list', dir, '--json'));
    expect(listed).toEqual([expect.objectContaining({ id: reviewId, type: 'rapid-review', status: 'notified', title: 'Rapid review: Child M' })]);
    const shown = json<{ id: string; rules: string; dates: { aware: string }; deadlines: Array<{ id: string; due: string; rule: string; source: string }> }>(
      prw('review', 'show', dir, reviewId, '--json'),
    );
    expect(shown).toMatchObject({ id: reviewId, rules: 'local', dates: { aware: '2019-12-23' } });
    // Aware Monday 23 December 2019: notification due Thursday 2 January 2020.
    expect(shown.deadlines).toEqual([expect.objectContaining({ id: 'notification', due: '2020-01-02', rule: expect.stringContaining('5 working days') })]);
  });

  it('show without --json reads as text, with the deadlines', () => {
    const result = prw('review', 'show', dir, reviewId);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Status: Notified');
    expect(result.stdout).toContain('Due Thu 2 Jan 2020: Notify the national Panel and Ofsted — 5 working days from becoming aware of the incident');
    expect(result.stdout).toContain("Rule set: The partnership's plan");
    expect(result.stdout).toContain('The date the local authority became aware of the incident: Mon 23 Dec 2019');
    // Dates day first, in words: no YYYY-MM-DD and no rule set id in the text a person reads.
    expect(result.stdout).not.toMatch(/\d{4}-\d{2}-\d{2}|local:/);
  });

  it('refuses an impossible date or a notification before awareness with one line and exit 1', () => {
    const impossible = prw('review', 'add', dir, '--type', 'sar', '--title', 'SAR', '--referral', '2019-02-30');
    expect(impossible.status).toBe(1);
    expect(impossible.stderr).toBe('prw: The referral date "2019-02-30" is not a real date: February 2019 has 28 days: write it as YYYY-MM-DD, e.g. 2020-01-02.\n');
    const order = prw('review', 'add', dir, '--type', 'rapid-review', '--title', 'RR', '--aware', '2019-03-04', '--notified', '2019-03-01');
    expect(order.status).toBe(1);
    expect(order.stderr).toMatch(/^prw: The date the notification was sent \(2019-03-01\) is before .*\n$/);
  });

  it('checks the values before unlocking anything', () => {
    const result = prwWith({ PRW_PASSPHRASE: 'not the passphrase' }, 'review', 'add', dir, '--type', 'lcspr', '--title', 'LCSPR', '--decision', '2020-13-01');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^prw: The decision date "2020-13-01" has no month 13/);
  });

  it('exits 2 for an unknown type or rule set and for a missing title', () => {
    expect(prw('review', 'add', dir, '--type', 'scr', '--title', 'x').status).toBe(2);
    expect(prw('review', 'add', dir, '--type', 'lcspr', '--title', 'x', '--rules', 'wt2030').status).toBe(2);
    const missing = prw('review', 'add', dir, '--type', 'lcspr');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--title');
  });

  it('says when a review id is not in the workspace', () => {
    const result = prw('review', 'show', dir, 'no-such-review');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^prw: No review with that id is in this workspace/);
  });
});

describe('prw people', () => {
  it('adds people with suggested or chosen pseudonyms and lists them with their aliases', () => {
    const child = json<{ id: string; pseudonym: string }>(prw('people', 'add', dir, reviewId, '--name', 'Maisie Hartwell', '--role', 'child', '--alias', 'Maisy Hartwell', '--alias', 'M. Hartwel', '--dob', '2016-05-22', '--json'));
    expect(child).toEqual({ id: expect.any(String), pseudonym: 'Child M' });
    const visitor = json<{ pseudonym: string }>(
      prw('people', 'add', dir, reviewId, '--name', 'Janet Hartwell', '--role', 'practitioner', '--practitioner-role', 'Health Visitor', '--agency', 'Community health', '--json'),
    );
    expect(visitor.pseudonym).toBe('Practitioner 1 (Health Visitor)');
    const chosen = prw('people', 'add', dir, reviewId, '--name', 'Kerry Hartwell', '--role', 'parent', '--pseudonym', 'Mother');
    expect(chosen.status).toBe(0);
    expect(chosen.stdout).toMatch(/^Added parent "Mother": [0-9a-f-]{36}\n$/);
    const listed = json<Array<{ name: string; pseudonym: string; aliases: string[]; dateOfBirth: string | null; agency: string | null }>>(prw('people', 'list', dir, reviewId, '--json'));
    expect(listed.map(({ name, pseudonym }) => [pseudonym, name])).toEqual([
      ['Child M', 'Maisie Hartwell'],
      ['Practitioner 1 (Health Visitor)', 'Janet Hartwell'],
      ['Mother', 'Kerry Hartwell'],
    ]);
    expect(listed[0]).toMatchObject({ aliases: ['Maisy Hartwell', 'M. Hartwel'], dateOfBirth: '2016-05-22' });
    expect(listed[1]).toMatchObject({ agency: 'Community health' });
  });

  it('refuses a taken pseudonym or one holding a name, without repeating any name on stderr', () => {
    const taken = prw('people', 'add', dir, reviewId, '--name', 'Dean Farrow', '--role', 'carer', '--pseudonym', 'child m');
    expect(taken.status).toBe(1);
    expect(taken.stderr).toBe('prw: Someone else in this review already has the pseudonym "child m". Choose a different one.\n');
    const revealing = prw('people', 'add', dir, reviewId, '--name', 'Dean Farrow', '--role', 'carer', '--pseudonym', 'Mr Farrow');
    expect(revealing.status).toBe(1);
    for (const result of [taken, revealing]) expect(result.stderr).not.toMatch(/Dean|Farrow|Hartwell|Maisie|Kerry/);
  });

  it('exits 2 for an unknown role, 1 for a practitioner without a role', () => {
    expect(prw('people', 'add', dir, reviewId, '--name', 'Tyler Hartwell', '--role', 'cousin').status).toBe(2);
    const practitioner = prw('people', 'add', dir, reviewId, '--name', 'Pat Example', '--role', 'practitioner');
    expect(practitioner.status).toBe(1);
    expect(practitioner.stderr).toContain("Give the practitioner's role");
  });
});
