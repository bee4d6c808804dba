/**
 * Agency requests through their channels. The rig's clock stands at Thursday 26 November 2026;
 * the rapid review's notification went on Monday 2 November, so agency summaries were due on
 * working day 10: Mon 16 Nov (3–6 Nov: 1–4, 9–13: 5–9, 16: 10). By the 26th that is 8 working
 * days late (17–20, 23–26).
 */
import { describe, expect, it } from 'vitest';
import { auditSince, call, failure, lastAuditSeq, useWorkspace } from '../reviews/helpers';
import { importFile } from '../chronology/helpers';
import type { TestRig } from '../workspace/session/helpers';

const workspace = useWorkspace();

async function rapidReview(rig: TestRig, rules: 'local' | 'wt2023' | 'wt2018' = 'wt2023') {
  return call(rig, 'review:create', { type: 'rapid-review', title: 'Rapid review: Child M', subject: 'Child M', rules, dates: { aware: '2026-10-29', notified: '2026-11-02' } });
}

describe('asking agencies for their returns', () => {
  it('gives each request of a rapid review the due date of working day 10 after the notification, and says late once it passes', async () => {
    const { rig } = workspace;
    const review = await rapidReview(rig);
    const before = lastAuditSeq(rig);
    const police = await call(rig, 'agency:add', { reviewId: review.id, agency: 'Northshire Police', asks: ['chronology'], sent: '2026-11-03', contact: 'Detective Inspector, Public Protection Unit' });
    expect(police).toMatchObject({ agency: 'Northshire Police', asks: ['chronology'], sent: '2026-11-03', due: '2026-11-16', dueEntered: false, status: 'requested', shownStatus: 'late', daysLate: 8 });
    expect(police.dueRule).toMatch(/^10 working days from the notification being sent\. .*Working Together to Safeguard Children 2023/);
    // Asks are kept in one order whatever order they were typed in.
    const school = await call(rig, 'agency:add', { reviewId: review.id, agency: 'Riverside Primary School', asks: ['summary', 'chronology'] });
    expect(school.asks).toEqual(['chronology', 'summary']);
    expect(auditSince(rig, before).map((row) => row.action)).toEqual(['agency-request.added', 'agency-request.added']);
    expect((await call(rig, 'agency:list', { reviewId: review.id })).map((request) => request.agency)).toEqual(['Northshire Police', 'Riverside Primary School']);
  });

  it('takes a typed due date over the rules, and goes back to the rules when it is cleared', async () => {
    const { rig } = workspace;
    const review = await rapidReview(rig);
    const typed = await call(rig, 'agency:add', { reviewId: review.id, agency: 'GP practice', asks: ['summary'], sent: '2026-11-03', due: '2026-12-01' });
    expect(typed).toMatchObject({ due: '2026-12-01', dueEntered: true, dueRule: 'Entered by hand', shownStatus: 'requested', daysLate: 0 });
    const cleared = await call(rig, 'agency:edit', { id: typed.id, due: null });
    expect(cleared).toMatchObject({ due: '2026-11-16', dueEntered: false, shownStatus: 'late' });
  });

  it('refuses a due date before the date sent, typed or from the rules, and keeps nothing', async () => {
    const { rig } = workspace;
    const review = await rapidReview(rig);
    const typed = await failure(rig, 'agency:add', { reviewId: review.id, agency: 'GP practice', asks: ['summary'], sent: '2026-11-10', due: '2026-11-09' });
    expect(typed).toEqual({ code: 'validation', message: 'The due date (Monday 9 November 2026) is before the date the request was sent (Tuesday 10 November 2026). Check both dates.' });
    const ruled = await failure(rig, 'agency:add', { reviewId: review.id, agency: 'GP practice', asks: ['summary'], sent: '2026-11-20' });
    expect(ruled.message).toBe('The rules make this return due on Monday 16 November 2026, before the request was sent (Friday 20 November 2026). Type the due date you gave the agency.');
    expect(await call(rig, 'agency:list', { reviewId: review.id })).toEqual([]);
    expect((await failure(rig, 'agency:add', { reviewId: review.id, agency: 'GP practice', asks: [] })).message).toMatch(/Say what the agency is asked for/);
  });

  it('leaves the due date empty where no rule gives one (Working Together 2018) rather than inventing it', async () => {
    const { rig } = workspace;
    const review = await rapidReview(rig, 'wt2018');
    expect(await call(rig, 'agency:add', { reviewId: review.id, agency: 'Housing', asks: ['information'] })).toMatchObject({ due: null, dueRule: null, shownStatus: 'requested', daysLate: 0 });
  });

  it('takes an LCSPR’s due date from the terms of reference’s milestone for agency reports', async () => {
    const { rig } = workspace;
    const review = await call(rig, 'review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
    const before = await call(rig, 'agency:add', { reviewId: review.id, agency: 'Northshire Police', asks: ['report', 'chronology'] });
    expect(before.due).toBeNull();
    await call(rig, 'terms:start', { reviewId: review.id, template: 'lcspr-rapid-review-led' });
    await call(rig, 'terms:set', {
      reviewId: review.id,
      field: 'milestones',
      value: [
        { label: 'Panel meets', due: '2027-01-05' },
        { label: 'Agency reports (IMRs) and chronologies in', due: '2027-01-29' },
      ],
    });
    const edited = await call(rig, 'agency:edit', { id: before.id, asks: ['report', 'chronology'] });
    expect(edited).toMatchObject({ due: '2027-01-29', dueEntered: false });
    expect(edited.dueRule).toContain('“Agency reports (IMRs) and chronologies in”');
  });
});

describe('what came back', () => {
  it('records a dated chase, a nil return with who confirmed it, and a withdrawal; a closed request takes nothing more until reopened', async () => {
    const { rig } = workspace;
    const review = await rapidReview(rig);
    const [health, housing, youth] = await Promise.all(['Community health', 'Housing', 'Youth service'].map((agency) => call(rig, 'agency:add', { reviewId: review.id, agency, asks: ['summary'], sent: '2026-11-03' })));
    const chased = await call(rig, 'agency:record', { id: health!.id, status: 'chased', on: '2026-11-18', note: 'Phoned the safeguarding lead' });
    expect(chased).toMatchObject({ status: 'chased', shownStatus: 'chased', daysLate: 8, chases: [{ on: '2026-11-18', note: 'Phoned the safeguarding lead' }] });
    await call(rig, 'agency:record', { id: health!.id, status: 'chased', on: '2026-11-24' });
    expect((await call(rig, 'agency:list', { reviewId: review.id }))[0]?.chases.map((chase) => chase.on)).toEqual(['2026-11-18', '2026-11-24']);

    const unconfirmed = await failure(rig, 'agency:record', { id: housing!.id, status: 'nil-return' });
    expect(unconfirmed.message).toMatch(/^Say who confirmed the nil return/);
    const nil = await call(rig, 'agency:record', { id: housing!.id, status: 'nil-return', on: '2026-11-05', confirmedBy: 'Head of tenancy services' });
    expect(nil).toMatchObject({ status: 'nil-return', shownStatus: 'nil-return', closedOn: '2026-11-05', confirmedBy: 'Head of tenancy services', daysLate: 0 });

    const withdrawn = await call(rig, 'agency:record', { id: youth!.id, status: 'withdrawn' });
    expect(withdrawn).toMatchObject({ status: 'withdrawn', closedOn: '2026-11-26', daysLate: 0 });
    expect((await failure(rig, 'agency:record', { id: youth!.id, status: 'chased' })).message).toBe('This request is already marked “withdrawn”. Reopen it before recording anything else.');
    expect(await call(rig, 'agency:reopen', { id: youth!.id })).toMatchObject({ status: 'requested', closedOn: null, shownStatus: 'late' });
    expect((await failure(rig, 'agency:record', { id: health!.id, status: 'received', on: '2026-11-02' })).message).toBe('Monday 2 November 2026 is before the request was sent (Tuesday 3 November 2026). Check the date.');
  });

  it('marks an agency’s chronology request received when its chronology is imported, and links the two', async () => {
    const { rig } = workspace;
    const review = await rapidReview(rig);
    const police = await call(rig, 'agency:add', { reviewId: review.id, agency: 'Police', asks: ['chronology', 'summary'], sent: '2026-11-03' });
    const school = await call(rig, 'agency:add', { reviewId: review.id, agency: 'School', asks: ['summary'], sent: '2026-11-03' });
    const before = lastAuditSeq(rig);
    const imported = await importFile(rig, review.id, 'police.csv', 'the police');
    expect(imported.answered).toEqual({ requestId: police.id });
    const [policeNow, schoolNow] = await call(rig, 'agency:list', { reviewId: review.id });
    expect(policeNow).toMatchObject({ id: police.id, status: 'received', closedOn: '2026-11-26', daysLate: 0, submissionIds: [imported.submissionId] });
    expect(schoolNow).toMatchObject({ id: school.id, status: 'requested', shownStatus: 'late' });
    expect(auditSince(rig, before).map((row) => row.action)).toEqual(['chronology.imported', 'agency-request.received']);
  });
});

describe('the view across reviews', () => {
  it('lists every review’s requests with their review, today and the end of this working week', async () => {
    const { rig } = workspace;
    const rapid = await rapidReview(rig);
    const lcspr = await call(rig, 'review:create', { type: 'lcspr', title: 'LCSPR: Baby O', subject: 'Baby O' });
    await call(rig, 'agency:add', { reviewId: rapid.id, agency: 'Police', asks: ['chronology'] });
    await call(rig, 'agency:add', { reviewId: lcspr.id, agency: 'Hospital trust', asks: ['report'], due: '2026-11-27' });
    const overview = await call(rig, 'agency:overview', {});
    expect(overview.today).toBe('2026-11-26');
    expect(overview.weekEnd).toBe('2026-11-27');
    expect(overview.requests.map((request) => [request.review.title, request.agency, request.shownStatus, request.daysLate])).toEqual([
      ['LCSPR: Baby O', 'Hospital trust', 'requested', 0],
      ['Rapid review: Child M', 'Police', 'late', 8],
    ]);
    expect(await call(rig, 'agency:list', {})).toHaveLength(2);
  });
});
