/**
 * `prw finding` and `prw recommendation` as a user runs them (issue #18): the --json shapes are
 * the contract, exactly; refusals exit 1 with a message saying what to do. Every name is invented.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, prw } from './run';

let temp: string;
let dir: string;
let reviewId: string;
let otherReview: string;
let entryId: string;

beforeAll(() => {
  temp = mkdtempSync(path.join(tmpdir(), 'prw-cli-finding-'));
  dir = json<{ path: string }>(prw('workspace', 'create', path.join(temp, 'Child Q'), '--json')).path;
  const review = (title: string, subject: string) => json<{ id: string }>(prw('review', 'add', dir, '--type', 'lcspr', '--title', title, '--subject', subject, '--rules', 'wt2023', '--aware', '2026-06-01', '--json')).id;
  reviewId = review('LCSPR: Child Q', 'Child Q');
  otherReview = review('LCSPR: Child R', 'Child R');
  entryId = json<{ id: string }>(prw('chronology', 'add', dir, reviewId, '--date', '2026-03-04', '--agency', 'Police', '--event', 'Officers attend the family home', '--json')).id;
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('prw finding and prw recommendation', () => {
  it('finding add --json prints exactly {"id"}; the category is found by name whatever its case; list prints the contract shape', () => {
    const added = json<{ id: string }>(
      prw('finding', 'add', dir, reviewId, '--statement', 'Agencies did not share what they knew', '--pattern', 'Parallel referrals', '--category', 'information SHARING', '--evidence', `entry:${entryId}`, '--json'),
    );
    expect(Object.keys(added)).toEqual(['id']);
    const plain = prw('finding', 'add', dir, reviewId, '--statement', 'Supervision did not ask about the child');
    expect(plain.stderr).toBe('');
    expect(plain.stdout).toMatch(/^Added finding 2: \S+\n$/);
    const listed = json<unknown[]>(prw('finding', 'list', dir, reviewId, '--json'));
    expect(listed[0]).toEqual({ id: added.id, number: 1, statement: 'Agencies did not share what they knew', category: 'Information sharing', evidence: [{ kind: 'entry', citation: '4 Mar 2026, Police: Officers attend the family home' }] });
    expect(Object.keys(listed[1] as object)).toEqual(['id', 'number', 'statement', 'category', 'evidence']);
  });

  it('refuses an unknown category naming those there are, malformed evidence saying the form, and evidence from another review', () => {
    const category = prw('finding', 'add', dir, reviewId, '--statement', 'S', '--category', 'Housing', '--json');
    expect(category.status).toBe(1);
    expect(category.stdout).toBe('');
    expect(category.stderr).toMatch(/there is no category called “Housing”\. The categories are “Information sharing”, “Assessment”, “Supervision”, “Escalation”, “Voice of the child”, “Professional curiosity”/);
    const malformed = prw('finding', 'add', dir, reviewId, '--statement', 'S', '--evidence', `chronology:${entryId}`, '--json');
    expect(malformed.status).toBe(1);
    expect(malformed.stderr).toMatch(/write it as entry:ID, episode:ID, excerpt:ID or theme:ID/);
    const elsewhere = prw('finding', 'add', dir, otherReview, '--statement', 'S', '--evidence', `entry:${entryId}`, '--json');
    expect(elsewhere.status).toBe(1);
    expect(elsewhere.stderr).toMatch(new RegExp(`Chronology entry entry:${entryId} is not in this review`));
    expect(json<unknown[]>(prw('finding', 'list', dir, otherReview, '--json'))).toEqual([]);
  });

  it('recommendation add --json prints exactly {"id"}; removing its finding needs --force and leaves the recommendation', () => {
    const finding = json<{ id: string }>(prw('finding', 'add', dir, otherReview, '--statement', 'Escalation was not used', '--json')).id;
    const added = json<{ id: string }>(prw('recommendation', 'add', dir, '--finding', finding, '--text', 'Remind staff of the escalation policy', '--to', 'Police', '--to', 'Community Health', '--json'));
    expect(Object.keys(added)).toEqual(['id']);
    const plain = prw('recommendation', 'add', dir, '--finding', finding, '--text', 'Audit escalations');
    expect(plain.stderr).toBe('');
    expect(plain.stdout).toMatch(/^Added recommendation 2 for “LCSPR: Child R”, to the partnership: \S+\n$/);
    const unknown = prw('recommendation', 'add', dir, '--finding', 'no-such-finding', '--text', 'R', '--json');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/Finding no-such-finding is not in this workspace/);
    const asked = prw('finding', 'remove', dir, finding, '--json');
    expect(asked.status).toBe(1);
    expect(asked.stderr).toMatch(/2 recommendations answer this finding\. They stay, marked “finding removed”\. Confirm to remove the finding \(from the command line: --force\)\./);
    expect(json<{ recommendations: number }>(prw('finding', 'remove', dir, finding, '--force', '--json'))).toEqual({ recommendations: 2 });
    expect(json<unknown[]>(prw('finding', 'list', dir, otherReview, '--json'))).toEqual([]);
  });
});
