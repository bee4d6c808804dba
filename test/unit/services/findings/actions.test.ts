/** Actions on a recommendation: adding, editing with a history, removing, progress, files and impact. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditSince, call, failure, lastAuditSeq, useWorkspace } from '../reviews/helpers';
import { seededPlan } from './action-plan-seed';

const workspace = useWorkspace();

const action = { text: 'Write a protocol.', agency: 'Police', leadRole: 'Detective Inspector', due: '2027-03-31' };

describe('adding an action', () => {
  it('needs a recommendation that exists, a lead agency, and a target date no earlier than the recommendation', async () => {
    const { rig } = workspace;
    await seededPlan(rig);
    expect(await failure(rig, 'actions:add', { recommendationId: 'nope', ...action })).toMatchObject({ code: 'not-found', message: expect.stringContaining('recommendation is not in this workspace') });
    expect((await failure(rig, 'actions:add', { recommendationId: 'rq1', ...action, agency: ' ' })).message).toContain('Say which agency leads the action.');
    expect((await failure(rig, 'actions:add', { recommendationId: 'rq1', ...action, due: '2026-05-31' })).message).toBe(
      'The target date (31 May 2026) is before the recommendation was made (1 Jun 2026). Choose a target date on or after 1 Jun 2026.',
    );
  });

  it('starts not started, with its recommendation, the findings it answers and where it comes from', async () => {
    const { rig } = workspace;
    const before = lastAuditSeq(rig);
    const { actions } = await seededPlan(rig);
    expect(actions.a1).toMatchObject({ status: 'not-started', rag: null, sourceLabel: 'LCSPR: Child Q', recommendation: 'Agencies share concerns about Tobias Fairweather the same day.', daysOverdue: 56 });
    expect(actions.a1.findings.map((finding) => finding.number)).toEqual([1, 2]);
    expect(actions.a4.sourceLabel).toBe('Multi-agency audit: Neglect audit 2026');
    expect(auditSince(rig, before).filter((row) => row.entity_type === 'action').map((row) => row.action)).toContain('action.added');
    expect((await call(rig, 'actions:list', { id: 'ra1' })).map((found) => found.text)).toEqual(['Put the neglect tool in the assessment form.', 'Audit use of the neglect tool.']);
  });
});

describe('editing an action', () => {
  it('writes only the fields named and keeps what changed for the history', async () => {
    const { rig } = workspace;
    const added = await call(rig, 'actions:add', { recommendationId: (await seededPlan(rig)).actions.a3.recommendationId, ...action });
    const edited = await call(rig, 'actions:edit', { id: added.id, due: '2027-04-30', leadRole: 'Detective Chief Inspector' });
    expect(edited).toMatchObject({ text: 'Write a protocol.', agency: 'Police', due: '2027-04-30', leadRole: 'Detective Chief Inspector' });
    expect(edited.history.map((event) => event.words)).toEqual(['Added for Police, due 31 Mar 2027', 'Lead officer’s role changed from Detective Inspector to Detective Chief Inspector; Target date changed from 31 Mar 2027 to 30 Apr 2027']);
    expect((await failure(rig, 'actions:edit', { id: added.id, due: '2026-01-01' })).message).toContain('The target date (1 Jan 2026) is before the recommendation was made (1 Mar 2026)');
  });
});

describe('removing an action', () => {
  it('is allowed until progress is recorded, then refused', async () => {
    const { rig } = workspace;
    const { actions } = await seededPlan(rig);
    await call(rig, 'actions:remove', { id: actions.a1.id });
    expect((await failure(rig, 'actions:get', { id: actions.a1.id })).code).toBe('not-found');
    expect((await failure(rig, 'actions:remove', { id: actions.a2.id })).message).toBe(
      'This action has a progress update recorded, and its history is the partnership’s record, so it cannot be deleted. If it will not be done, record it as not implemented, with the reason.',
    );
  });
});

describe('progress', () => {
  it('refuses "not implemented" without a reason and a day after today', async () => {
    const { rig } = workspace;
    const { actions } = await seededPlan(rig);
    expect((await failure(rig, 'actions:progress', { id: actions.a1.id, status: 'not-implemented' })).message).toContain('Say why the action will not be implemented');
    expect((await failure(rig, 'actions:progress', { id: actions.a1.id, status: 'on-track', on: '2026-11-27' })).message).toBe(
      'The date of the update (27 Nov 2026) is after today (26 Nov 2026). Record progress on the day it was reported, or an earlier day.',
    );
    const closed = await call(rig, 'actions:progress', { id: actions.a1.id, status: 'not-implemented', reason: 'The school closed.' });
    expect(closed).toMatchObject({ status: 'not-implemented', reason: 'The school closed.', statusOn: '2026-11-26', daysOverdue: 0 });
  });

  it('keeps the latest update by day: a backdated one goes in the history without replacing the status', async () => {
    const { rig } = workspace;
    const { actions } = await seededPlan(rig);
    const backdated = await call(rig, 'actions:progress', { id: actions.a2.id, status: 'on-track', rag: 'green', on: '2026-11-01' });
    expect(backdated).toMatchObject({ status: 'at-risk', rag: 'amber', statusOn: '2026-11-10' });
    expect(backdated.progress.map((update) => update.on)).toEqual(['2026-11-01', '2026-11-10']);
    expect(backdated.history.map((event) => event.words)).toEqual(['Added for Children’s Services, due 20 Nov 2026', 'On track (Green)', 'At risk (Amber): Training dates moved to December.']);
  });

  it('sets the completion day when complete and clears it when the action is reopened', async () => {
    const { rig } = workspace;
    const { actions } = await seededPlan(rig);
    const done = await call(rig, 'actions:progress', { id: actions.a1.id, status: 'complete', on: '2026-11-20' });
    expect(done).toMatchObject({ status: 'complete', completedOn: '2026-11-20', daysOverdue: 0 });
    const reopened = await call(rig, 'actions:progress', { id: actions.a1.id, status: 'off-track', rag: 'red', note: 'The protocol was withdrawn.' });
    expect(reopened).toMatchObject({ status: 'off-track', completedOn: null, daysOverdue: 56 });
  });
});

describe('files and impact', () => {
  it('keeps evidence files, refuses one over 20 MB, and saves one where the user chooses', async () => {
    const { rig } = workspace;
    const { actions } = await seededPlan(rig);
    const base64 = Buffer.from('Minutes of the training day').toString('base64');
    const attached = await call(rig, 'actions:attach', { id: actions.a4.id, purpose: 'completion', file: { fileName: 'minutes.txt', base64 } });
    expect(attached.files).toMatchObject([{ fileName: 'minutes.txt', purpose: 'completion', size: 27 }]);
    expect(attached.history.at(-1)?.words).toBe('Evidence of completion attached: minutes.txt');
    const huge = Buffer.alloc(20 * 1024 * 1024 + 1).toString('base64');
    expect((await failure(rig, 'actions:attach', { id: actions.a4.id, purpose: 'impact', file: { fileName: 'big.pdf', base64: huge } })).message).toContain('big.pdf is 20.0 MB: evidence can be at most 20 MB.');
    const folder = mkdtempSync(path.join(tmpdir(), 'prw-action-'));
    const target = path.join(folder, 'saved.txt');
    rig.ports.dialogs.showSave = () => Promise.resolve(target);
    const before = lastAuditSeq(rig);
    try {
      expect(await call(rig, 'actions:save-file', { id: attached.files[0]!.id })).toEqual({ fileName: 'minutes.txt' });
      expect(readFileSync(target, 'utf8')).toBe('Minutes of the training day');
      expect(auditSince(rig, before).map((row) => row.action)).toEqual(['action.file-saved']);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('asks for impact 12 months after completion, until impact is recorded', async () => {
    const { rig } = workspace;
    const { actions } = await seededPlan(rig);
    await call(rig, 'actions:progress', { id: actions.a1.id, status: 'complete', on: '2025-11-26' });
    expect((await call(rig, 'actions:get', { id: actions.a1.id })).impactReviewDue).toBe(true);
    expect((await call(rig, 'actions:get', { id: actions.a4.id })).impactReviewDue).toBe(false);
    const impact = await call(rig, 'actions:impact', { id: actions.a1.id, impact: 'Referrals now reach the health visitor the same day.', on: '2026-11-25' });
    expect(impact).toMatchObject({ impactReviewDue: false, impact: 'Referrals now reach the health visitor the same day.', impactOn: '2026-11-25' });
    expect(impact.history.at(-1)?.words).toBe('Impact: Referrals now reach the health visitor the same day.');
  });

  it('says "finding removed" when a finding the recommendation answered is deleted', async () => {
    const { rig } = workspace;
    const { actions, sql } = await seededPlan(rig);
    sql.db.prepare("DELETE FROM findings WHERE id = 'fq1'").run();
    const detail = await call(rig, 'actions:get', { id: actions.a1.id });
    expect(detail.findings).toEqual([
      { findingId: null, number: null, statement: null },
      { findingId: 'fq2', number: 1, statement: 'Supervision did not test the plan for Tobias Fairweather.' },
    ]);
    const register = await call(rig, 'actions:register', {});
    expect(register.rows.find((row) => row.id === actions.a1.id)?.finding).toBe('Finding removed; Finding 1: Supervision did not test the plan for Tobias Fairweather.');
  });
});
