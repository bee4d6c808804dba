/**
 * `prw tor sign-off … --decided-on --how [--evidence]` as a user runs it: the chair's approval
 * given by email three days ago recorded with the email attached, the person running the command
 * as the recorder, the evidence saved again; bad input refused in one line, changing nothing.
 */
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, prw } from './run';

let temp: string;
let dir: string;
let reviewId: string;

function localDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
const daysFromToday = (days: number) => {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return localDay(date);
};
const chair = ['--by', 'Pat Example', '--role', 'Independent Chair, SVPP'];

interface Decision {
  at: string;
  how: string;
  recordedBy: string;
  evidence: { fileName: string; size: number } | null;
}
interface Version {
  number: number;
  status: string;
  decisions: Decision[];
}
const show = () => json<{ current: Version; history: unknown[] }>(prw('tor', 'show', dir, reviewId, '--json'));

beforeAll(() => {
  temp = mkdtempSync(path.join(tmpdir(), 'prw-cli-tor-decision-'));
  dir = json<{ path: string }>(prw('workspace', 'create', path.join(temp, 'Child M'), '--json')).path;
  reviewId = json<{ id: string }>(prw('review', 'add', dir, '--type', 'lcspr', '--title', 'LCSPR: Child M', '--subject', 'Child M', '--json')).id;
  json(prw('tor', 'start', dir, reviewId, '--template', 'lcspr-rapid-review-led', '--json'));
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('prw tor sign-off: the recorded decision', () => {
  it('refuses bad input in one line with exit 1, and changes nothing', () => {
    json(prw('tor', 'submit', dir, reviewId, '--json'));
    const email = path.join(temp, 'approval.eml');
    writeFileSync(email, 'I approve. Pat');
    const large = path.join(temp, 'recording.msg');
    writeFileSync(large, '');
    truncateSync(large, 20 * 1024 * 1024 + 1);
    const cases: Array<[string[], RegExp]> = [
      [['--decided-on', daysFromToday(1), '--how', 'email'], /^prw: The decision cannot have been made on .*: that is in the future \(today is .*\)\. Give the day the chair decided\.$/],
      [['--decided-on', '23/11/2026', '--how', 'email'], /^prw: The date of the decision "23\/11\/2026" .*YYYY-MM-DD/],
      [['--decided-on', daysFromToday(-3), '--how', 'phone'], /^prw: --how must be one of meeting, email, in-person, letter; "phone" is not one of them\.$/],
      [['--decided-on', daysFromToday(-3), '--how', 'email', '--evidence', path.join(temp, 'missing.eml')], /^prw: Could not read the evidence file missing\.eml: .*Nothing was recorded\.$/],
      [['--decided-on', daysFromToday(-3), '--how', 'email', '--evidence', large], /^prw: recording\.msg is 20\.0 MB: evidence can be at most 20 MB\. .*Nothing was recorded\.$/],
      // Still the template's guidance under Background: not terms the chair can approve.
      [['--decided-on', daysFromToday(-3), '--how', 'email', '--evidence', email], /^prw: Nothing was recorded: Background still holds the template’s guidance/],
    ];
    for (const [options, message] of cases) {
      const run = prw('tor', 'sign-off', dir, reviewId, ...chair, ...options);
      expect(run.status, options.join(' ')).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr.trim()).toMatch(message);
    }
    expect(show().current).toMatchObject({ number: 1, status: 'submitted', decisions: [] });
  });

  it('records the chair’s approval given by email three days ago, with the email, recorded by the user running it; the evidence saves again', () => {
    const sections = path.join(temp, 'sections.txt');
    writeFileSync(sections, '## Background\nChild M was seriously harmed in December 2019.\n\n## Purpose\nTo identify improvements to safeguard children.\n');
    json(prw('tor', 'set-sections', dir, reviewId, '--file', sections, '--json'));
    json(prw('tor', 'submit', dir, reviewId, '--json'));
    const email = path.join(temp, 'Chair approval.eml');
    writeFileSync(email, 'From: Pat Example\r\nSubject: Terms of reference\r\n\r\nI approve version 1.\r\n');
    const threeDaysAgo = daysFromToday(-3);

    const run = prw('tor', 'sign-off', dir, reviewId, ...chair, '--decided-on', threeDaysAgo, '--how', 'email', '--evidence', email);
    expect(run.stderr).toBe('');
    const [year, month, day] = threeDaysAgo.split('-').map(Number) as [number, number, number];
    const longDay = new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    expect(run.stdout).toContain(`Approved by Pat Example, Independent Chair, SVPP, on ${longDay} (by email); recorded by CLI tester on`);
    expect(run.stdout).toMatch(/Evidence: Chair approval\.eml \(SHA-256 [0-9a-f]{64}\)/);
    expect(show().current).toMatchObject({
      number: 1,
      status: 'signed-off',
      decisions: [{ at: threeDaysAgo, how: 'email', recordedBy: 'CLI tester', evidence: { fileName: 'Chair approval.eml', size: readFileSync(email).length } }],
    });

    const out = path.join(temp, 'evidence-copy.eml');
    expect(prw('tor', 'evidence', dir, reviewId, '--version', '1', '--out', out).stdout).toMatch(/^Wrote Chair approval\.eml \(\d+ bytes\)/);
    expect(readFileSync(out).equals(readFileSync(email))).toBe(true);
    const none = prw('tor', 'evidence', dir, reviewId, '--version', '2', '--out', out);
    expect(none.status).toBe(1);
    expect(none.stderr.trim()).toBe('prw: These terms of reference have no version 2.');
  });
});
