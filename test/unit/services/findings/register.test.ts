/** The partnership's register: every action from two reviews and an audit, ordered, filtered and counted. */
import { describe, expect, it } from 'vitest';
import { call, failure, useWorkspace } from '../reviews/helpers';
import { seededPlan } from './action-plan-seed';

const workspace = useWorkspace();

describe('the register', () => {
  it('shows every action, overdue first (most overdue first), then by target date, each with where it comes from', async () => {
    const { rig } = workspace;
    const { actions } = await seededPlan(rig);
    const register = await call(rig, 'actions:register', {});
    expect(register.asOf).toBe('2026-11-26');
    expect(register.rows.map((row) => [row.text, row.daysOverdue])).toEqual([
      [actions.a1.text, 56],
      [actions.a2.text, 6],
      [actions.a4.text, 0],
      [actions.a5.text, 0],
      [actions.a3.text, 0],
    ]);
    expect(register.rows[0]).toMatchObject({
      sourceLabel: 'LCSPR: Child Q',
      recommendationNumber: 1,
      finding: 'Finding 1: The school’s concerns were not passed to the health visitor.; Finding 2: Supervision did not test the plan for Tobias Fairweather.',
      categories: ['Information sharing', 'Supervision'],
    });
    expect(register.rows[1]).toMatchObject({ recommendationNumber: 2, status: 'at-risk', rag: 'amber', statusOn: '2026-11-10' });
    expect(register.rows[2]).toMatchObject({ sourceLabel: 'Multi-agency audit: Neglect audit 2026', status: 'complete', completedOn: '2026-08-20' });
  });

  it('counts by status and by agency (agencies matched whatever their capitals)', async () => {
    const { rig } = workspace;
    await seededPlan(rig);
    const { counts } = await call(rig, 'actions:register', {});
    expect(counts).toMatchObject({ total: 5, overdue: 2, byStatus: { 'not-started': 1, 'on-track': 1, 'at-risk': 1, 'off-track': 1, complete: 1, 'not-implemented': 0 } });
    expect(counts.byAgency).toEqual([
      { agency: 'Children’s Services', total: 1, overdue: 1, atRisk: 1, complete: 0 },
      { agency: 'Community Health', total: 1, overdue: 0, atRisk: 0, complete: 1 },
      { agency: 'Police', total: 3, overdue: 1, atRisk: 1, complete: 0 },
    ]);
  });

  it('filters by source, agency, status, RAG, overdue and category, and offers choices from every action', async () => {
    const { rig } = workspace;
    const { q, actions } = await seededPlan(rig);
    const texts = async (filter: object) => (await call(rig, 'actions:register', filter as never)).rows.map((row) => row.text);
    expect(await texts({ source: { kind: 'review', reviewId: q.id } })).toEqual([actions.a1.text, actions.a2.text]);
    expect(await texts({ source: { kind: 'activity', activityId: 'audit-1' } })).toEqual([actions.a4.text, actions.a5.text]);
    expect(await texts({ agency: 'POLICE' })).toEqual([actions.a1.text, actions.a5.text, actions.a3.text]);
    expect(await texts({ status: 'off-track' })).toEqual([actions.a5.text]);
    expect(await texts({ rag: 'green' })).toEqual([actions.a4.text, actions.a3.text]);
    expect(await texts({ overdue: true })).toEqual([actions.a1.text, actions.a2.text]);
    expect(await texts({ category: 'escalation' })).toEqual([actions.a3.text]);
    const filtered = await call(rig, 'actions:register', { agency: 'Community Health' });
    expect(filtered.counts.total).toBe(1);
    expect(filtered.choices).toEqual({
      agencies: ['Children’s Services', 'Community Health', 'Police'],
      sources: [
        { source: { kind: 'review', reviewId: q.id }, label: 'LCSPR: Child Q' },
        { source: { kind: 'activity', activityId: 'audit-1' }, label: 'Multi-agency audit: Neglect audit 2026' },
        { source: expect.objectContaining({ kind: 'review' }), label: 'Rapid review: Child M' },
      ],
      categories: ['Assessment', 'Escalation', 'Information sharing', 'Supervision'],
    });
  });

  it('counts overdue days to the day asked about', async () => {
    const { rig } = workspace;
    const { actions } = await seededPlan(rig);
    const later = await call(rig, 'actions:register', { asOf: '2027-04-01' });
    expect(later.rows.map((row) => [row.text, row.daysOverdue])).toEqual([
      [actions.a1.text, 182],
      [actions.a2.text, 132],
      [actions.a5.text, 76],
      [actions.a3.text, 1],
      [actions.a4.text, 0],
    ]);
    expect((await failure(rig, 'actions:register', { asOf: '2027-02-30' })).code).toBe('validation');
  });
});
