/**
 * `prw agency` as a user runs it: the --json shapes are the contract, exactly. Dates count
 * from today (the CLI has no clock of its own to fake), so the expected dates come from the same
 * working-day arithmetic over the shipped bank holidays.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addWorkingDays, parseBankHolidays, parseLocalDate, workingDaysBetween, type LocalDate } from '../../../shared/deadlines';
import { json, prw, root } from './run';

const holidays = parseBankHolidays(JSON.parse(readFileSync(path.join(root, 'resources/bank-holidays/england-and-wales.json'), 'utf8')));
const pad = (value: number) => String(value).padStart(2, '0');
const now = new Date();
const today = parseLocalDate(`${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`);
/** Notified six weeks ago: summaries (working day 10) are well past. */
const notified: LocalDate = addDays(today, -42);
const due = addWorkingDays(notified, 10, holidays);
const daysLate = workingDaysBetween(due, today, holidays);

let temp: string;
let dir: string;
let reviewId: string;

interface RequestJson {
  id: string;
  agency: string;
  asks: string[];
  sent: string | null;
  due: string | null;
  status: string;
  daysLate?: number;
}

// The CLI is built once for the whole run (vitest's globalSetup): building it here would race the other files running it.
beforeAll(() => {
  temp = mkdtempSync(path.join(tmpdir(), 'prw-cli-agency-'));
  dir = json<{ path: string }>(prw('workspace', 'create', path.join(temp, 'Child M'), '--json')).path;
  reviewId = json<{ id: string }>(
    prw('review', 'add', dir, '--type', 'rapid-review', '--title', 'Rapid review: Child M', '--subject', 'Child M', '--rules', 'wt2023', '--notified', notified, '--json'),
  ).id;
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('prw agency', () => {
  it('request --json prints exactly id, agency, asks, sent, due and status; the due date is working day 10 after the notification', () => {
    const sent = addDays(notified, 1);
    const made = json<RequestJson>(prw('agency', 'request', dir, reviewId, '--agency', 'Northshire Police', '--asks', 'chronology,summary', '--sent', sent, '--contact', 'DI, Public Protection Unit', '--json'));
    expect(Object.keys(made)).toEqual(['id', 'agency', 'asks', 'sent', 'due', 'status']);
    expect(made).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), agency: 'Northshire Police', asks: ['chronology', 'summary'], sent, due, status: 'late' });
  });

  it('list --json adds daysLate in working days, 0 when not late, for one review or every review', () => {
    json(prw('agency', 'request', dir, reviewId, '--agency', 'Housing', '--asks', 'information', '--due', addDays(today, 30), '--json'));
    const listed = json<RequestJson[]>(prw('agency', 'list', dir, reviewId, '--json'));
    expect(listed.map((request) => Object.keys(request))).toEqual([
      ['id', 'agency', 'asks', 'sent', 'due', 'status', 'daysLate'],
      ['id', 'agency', 'asks', 'sent', 'due', 'status', 'daysLate'],
    ]);
    expect(listed.map((request) => [request.agency, request.status, request.daysLate])).toEqual([
      ['Housing', 'requested', 0],
      ['Northshire Police', 'late', daysLate],
    ]);
    expect(json<RequestJson[]>(prw('agency', 'list', dir, '--json'))).toEqual(listed);
  });

  it('update records a chase, a nil return (who confirmed it from --note) and what came back', () => {
    const [housing, police] = json<RequestJson[]>(prw('agency', 'list', dir, reviewId, '--json'));
    const chased = json<RequestJson>(prw('agency', 'update', dir, police!.id, '--status', 'chased', '--date', addDays(due, 2), '--note', 'Emailed the unit', '--json'));
    expect(chased).toMatchObject({ id: police!.id, status: 'chased', daysLate });
    const nil = json<RequestJson>(prw('agency', 'update', dir, housing!.id, '--status', 'nil-return', '--note', 'Head of tenancy services', '--json'));
    expect(nil).toMatchObject({ status: 'nil-return', daysLate: 0 });
    const received = json<RequestJson>(prw('agency', 'update', dir, police!.id, '--status', 'received', '--json'));
    expect(received).toMatchObject({ status: 'received', daysLate: 0 });
  });

  it('pack --json writes the template and the letter into the folder and prints exactly their paths', () => {
    const out = path.join(temp, 'pack for police');
    const written = json<{ template: string; letter: string }>(prw('agency', 'pack', dir, reviewId, '--agency', 'northshire police', '--out', out, '--json'));
    expect(Object.keys(written)).toEqual(['template', 'letter']);
    expect(written).toEqual({ template: path.join(out, 'chronology-template-northshire-police.xlsx'), letter: path.join(out, 'request-letter-northshire-police.pdf') });
    expect(readFileSync(written.template).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(readFileSync(written.letter).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const missing = prw('agency', 'pack', dir, reviewId, '--agency', 'Fire service', '--out', out, '--json');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('This review has no request to Fire service.');
  });

  it('refuses bad input with one line and exit 1: an unknown ask, a due date before the date sent, an unknown status', () => {
    const asks = prw('agency', 'request', dir, reviewId, '--agency', 'School', '--asks', 'chronology,minutes', '--json');
    expect(asks.status).toBe(1);
    expect(asks.stderr).toMatch(/--asks: use one or more of chronology, summary, report, information/);
    const early = prw('agency', 'request', dir, reviewId, '--agency', 'School', '--asks', 'summary', '--sent', '2026-03-10', '--due', '2026-03-09', '--json');
    expect(early.status).toBe(1);
    expect(early.stderr).toContain('The due date (Monday 9 March 2026) is before the date the request was sent (Tuesday 10 March 2026). Check both dates.');
    const status = prw('agency', 'update', dir, 'not-a-request', '--status', 'lost', '--json');
    expect(status.status).toBe(1);
    expect(status.stderr).toMatch(/--status/);
    expect(json<RequestJson[]>(prw('agency', 'list', dir, reviewId, '--json'))).toHaveLength(2);
  });
});
