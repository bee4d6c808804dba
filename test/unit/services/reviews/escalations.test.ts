/** Escalations under the case resolution protocol: stage due dates from the deadline engine. */
import { describe, expect, it } from 'vitest';
import { addRapidReview, auditSince, call, failure, lastAuditSeq, useWorkspace } from './helpers';

const workspace = useWorkspace();

const base = {
  raisedBy: 'Health Visitor, Community health',
  agencies: ['Community health', 'Children’s social care'],
  issue: 'Disagreement about whether the threshold for a strategy discussion is met.',
};

describe('escalations', () => {
  it('works out each stage’s due date in working days (2, 5, 2), over weekends and bank holidays', async () => {
    const { rig } = workspace;
    // Friday 20 December 2019: +2 working days skips the weekend → Tuesday 24th.
    const stage1 = await call(rig, 'escalation:add', { ...base, stage: 1, raisedOn: '2019-12-20' });
    expect(stage1).toMatchObject({ stage: 1, stageStartedOn: '2019-12-20', stageDue: '2019-12-24', stageDueRule: expect.stringMatching(/^local: 2 working days/) });
    // Monday 23 December 2019 +5: 24, 27, 30, 31 December, 2 January.
    const stage2 = await call(rig, 'escalation:add', { ...base, stage: 2, raisedOn: '2019-12-23' });
    expect(stage2.stageDue).toBe('2020-01-02');
    // Thursday 7 May 2020 +2: Friday 8 May was a bank holiday (VE Day) → Tuesday 12 May.
    const stage3 = await call(rig, 'escalation:add', { ...base, stage: 3, raisedOn: '2020-05-07' });
    expect(stage3.stageDue).toBe('2020-05-12');
    // Stage 4 has no clock: an entered date is kept and marked as entered.
    const stage4 = await call(rig, 'escalation:add', { ...base, stage: 4, raisedOn: '2020-05-07' });
    expect(stage4).toMatchObject({ stageDue: null, stageDueRule: null });
    const entered = await call(rig, 'escalation:add', { ...base, stage: 4, raisedOn: '2020-05-07', stageDue: '2020-05-20' });
    expect(entered).toMatchObject({ stageDue: '2020-05-20', stageDueRule: 'entered' });
  });

  it('moving to the next stage needs the day it began, and the due date follows', async () => {
    const { rig } = workspace;
    const escalation = await call(rig, 'escalation:add', { ...base, stage: 1, raisedOn: '2020-01-06' });
    const error = await failure(rig, 'escalation:update', { id: escalation.id, stage: 2 });
    expect(error.message).toBe('Give the date the escalation moved to stage 2: its due date counts from that day.');
    const before = lastAuditSeq(rig);
    const moved = await call(rig, 'escalation:update', { id: escalation.id, stage: 2, stageStartedOn: '2020-01-09' });
    expect(moved).toMatchObject({ stage: 2, raisedOn: '2020-01-06', stageStartedOn: '2020-01-09', stageDue: '2020-01-16' });
    const resolved = await call(rig, 'escalation:update', { id: escalation.id, outcome: 'Strategy discussion held.', resolvedOn: '2020-01-14' });
    expect(resolved).toMatchObject({ stage: 2, stageDue: '2020-01-16', outcome: 'Strategy discussion held.', resolvedOn: '2020-01-14', issue: base.issue });
    expect(auditSince(rig, before).map((row) => [row.action, row.entity_type, row.entity_id])).toEqual([
      ['escalation.updated', 'escalation', escalation.id],
      ['escalation.updated', 'escalation', escalation.id],
    ]);
  });

  it('refuses dates out of order and impossible dates', async () => {
    const { rig } = workspace;
    const early = await failure(rig, 'escalation:add', { ...base, stage: 1, raisedOn: '2020-01-06', resolvedOn: '2020-01-03' });
    expect(early.message).toBe('The date it was resolved (2020-01-03) is before it was raised (2020-01-06). Check both dates.');
    const impossible = await failure(rig, 'escalation:add', { ...base, stage: 1, raisedOn: '2021-02-29' });
    expect(impossible.message).toContain('February 2021 has 28 days');
    expect((await failure(rig, 'escalation:add', { ...base, stage: 5, raisedOn: '2020-01-06' })).code).toBe('validation');
  });

  it('links to a review if wanted, and lists all or one review’s', async () => {
    const { rig } = workspace;
    const review = await addRapidReview(rig);
    const linked = await call(rig, 'escalation:add', { ...base, stage: 1, raisedOn: '2020-01-06', reviewId: review.id });
    const other = await call(rig, 'escalation:add', { ...base, stage: 1, raisedOn: '2020-01-07' });
    expect((await call(rig, 'escalation:list', { reviewId: review.id })).map((item) => item.id)).toEqual([linked.id]);
    expect((await call(rig, 'escalation:list', {})).map((item) => item.id)).toEqual([other.id, linked.id]);
    expect((await failure(rig, 'escalation:add', { ...base, stage: 1, raisedOn: '2020-01-06', reviewId: 'nope' })).code).toBe('not-found');
    const unlinked = await call(rig, 'escalation:update', { id: linked.id, reviewId: null });
    expect(unlinked.reviewId).toBeNull();
  });
});
