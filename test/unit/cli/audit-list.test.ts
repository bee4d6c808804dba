/**
 * `prw audit list` (issue #15): the audit log as a reader sees it — newest first, day-first
 * dates, who, what in words and what it was about — with --since and --json. A person's name
 * from the people register never appears: the log holds ids only.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chronologyFixtures } from '../../fixtures/paths';
import { json, prw } from './run';

interface Listed {
  at: string;
  who: string;
  what: string;
  target: string;
}

let temp: string;
let dir: string;
const personName = 'Tamsin Quarrendon';

beforeAll(() => {
  temp = mkdtempSync(path.join(tmpdir(), 'prw-cli-audit-list-'));
  dir = json<{ path: string }>(prw('workspace', 'create', path.join(temp, 'Child Q'), '--json')).path;
  const reviewId = json<{ id: string }>(prw('review', 'add', dir, '--type', 'lcspr', '--title', 'LCSPR: Child Q', '--json')).id;
  json(prw('people', 'add', dir, reviewId, '--name', personName, '--role', 'parent', '--json'));
  json(prw('chronology', 'import', dir, reviewId, path.join(chronologyFixtures, 'gp.tsv'), '--json'));
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('prw audit list', () => {
  it('--json: every entry newest first as {at, who, what, target}, in words, naming the command line’s user and no one from the register', () => {
    const rows = json<Listed[]>(prw('audit', 'list', dir, '--json'));
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(['at', 'target', 'what', 'who']);
    const whats = rows.map((row) => row.what);
    // Oldest last: the workspace was created first; this very command's unlock is the newest.
    expect(whats.at(-1)).toBe('Created the workspace');
    expect(whats[0]).toBe('Unlocked the workspace');
    expect(whats).toContain('Added a review');
    expect(whats).toContain('Added a person to the people register');
    expect(whats).toContain('Imported a chronology submission');
    expect(rows.map((row) => Date.parse(row.at))).toEqual(rows.map((row) => Date.parse(row.at)).sort((a, b) => b - a));
    expect(new Set(rows.map((row) => row.who))).toEqual(new Set(['CLI tester']));
    expect(rows.find((row) => row.what === 'Imported a chronology submission')?.target).toMatch(/^Chronology submission \S+$/);
    expect(rows.find((row) => row.what.startsWith('Added a person'))?.target).toMatch(/^Person in the people register \S+$/);
    const text = JSON.stringify(rows);
    for (const part of personName.split(' ')) expect(text).not.toContain(part);
    // Never the raw dotted id.
    for (const row of rows) expect(row.what).not.toMatch(/\b[a-z-]+\.[a-z-]+\b/);
  });

  it('text: one line per entry with its day-first date and time, newest first', () => {
    const result = prw('audit', 'list', dir);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    const day = '(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}';
    for (const line of lines) expect(line).toMatch(new RegExp(`^${day} — CLI tester — .+ \\(.+\\)$`));
    expect(lines[0]).toMatch(/ — Unlocked the workspace \(Workspace\)$/);
    expect(lines.at(-1)).toMatch(/ — Created the workspace \(Workspace\)$/);
    expect(result.stdout).not.toContain('Quarrendon');
  });

  it('--since: only entries from that day on; a day to come has none and says so', () => {
    const today = new Date();
    const iso = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
    const all = json<Listed[]>(prw('audit', 'list', dir, '--json'));
    const sinceToday = json<Listed[]>(prw('audit', 'list', dir, '--since', iso(today), '--json'));
    // Everything was done today, so from today is everything (and this run's own unlock).
    expect(sinceToday.length).toBe(all.length + 2);
    const tomorrow = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1);
    expect(json<Listed[]>(prw('audit', 'list', dir, '--since', iso(tomorrow), '--json'))).toEqual([]);
    const none = prw('audit', 'list', dir, '--since', iso(tomorrow));
    expect(none.status).toBe(0);
    expect(none.stdout).toMatch(/^The audit log has no entries since (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2} \d{4}\.\n$/);
  });

  it('a --since that is not a date: one line saying so, exit 1, and the workspace not opened', () => {
    const before = json<Listed[]>(prw('audit', 'list', dir, '--json')).length;
    for (const bad of ['7/12/2026', '2026-02-31', 'yesterday']) {
      const result = prw('audit', 'list', dir, '--since', bad);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(new RegExp(`^prw: --since "${bad.replace(/[/]/g, '\\/')}" is not a date: .+YYYY-MM-DD.+\\n$`));
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
    // Each listing unlocks and locks (two entries); the refused ones opened nothing.
    expect(json<Listed[]>(prw('audit', 'list', dir, '--json')).length).toBe(before + 2);
  });
});
