/** The Action plan store: the register keeps its filter for the exports, anonymised exports pass the names check, and nothing is kept after a lock. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../../shared/errors';
import { answerFrom } from '../fake-core';
import type { ActionDetail, Register } from '../../../../shared/findings/model';

const api = vi.hoisted(() => ({ call: vi.fn(), subscribe: vi.fn() }));
vi.mock('../../../../renderer/lib/api', () => api);

const { usePlan } = await import('../../../../renderer/features/action-plan/store');
const { dropWorkspaceData } = await import('../../../../renderer/lib/reset-on-lock');

const noneByStatus = { 'not-started': 0, 'on-track': 0, 'at-risk': 0, 'off-track': 0, complete: 0, 'not-implemented': 0 };
const register: Register = {
  asOf: '2026-11-26',
  rows: [],
  counts: { total: 0, overdue: 0, byStatus: noneByStatus, byAgency: [] },
  choices: { agencies: [], sources: [{ source: { kind: 'activity', activityId: 'a1' }, label: 'Peer review: Early help' }, { source: { kind: 'review', reviewId: 'r2' }, label: 'CSPR Child Q' }], categories: [] },
};
const detail = { id: 'x1', text: 'Run multi-agency supervision training' } as ActionDetail;
const saved = { path: '/tmp/plan.xlsx', summary: 'Saved.', record: {} };

const core = (answers: Record<string, unknown>) => answerFrom(api.call, answers);

beforeEach(() => {
  api.call.mockReset();
  dropWorkspaceData();
});

describe('usePlan', () => {
  it('reads the register with a filter, keeps it, and reads the action shown again', async () => {
    const calls = core({ 'actions:register': register, 'actions:get': detail });
    await usePlan.getState().openAction('x1');
    const outcome = await usePlan.getState().loadRegister({ agency: 'Police', overdue: true });
    expect(outcome.ok).toBe(true);
    expect(usePlan.getState().filter).toEqual({ agency: 'Police', overdue: true });
    expect(calls.filter(([channel]) => channel === 'actions:get')).toHaveLength(2);
    expect(usePlan.getState().detail).toBe(detail);
  });

  it('closes the action shown when a screen opens, so the screen starts at its heading', async () => {
    core({ 'actions:register': register, 'actions:get': detail, 'categories:list': [] });
    await usePlan.getState().openAction('x1');
    usePlan.getState().show({ name: 'categories' });
    expect(usePlan.getState()).toMatchObject({ detailId: null, detail: null });
  });

  it('keeps the register shown when a filter is refused, and says why', async () => {
    core({ 'actions:register': new AppError('validation', 'The date to count overdue days to is not a real date.') });
    const outcome = await usePlan.getState().loadRegister({ asOf: '2026-02-30' });
    expect(outcome).toMatchObject({ ok: false, error: { message: 'The date to count overdue days to is not a real date.' } });
    expect(usePlan.getState().filter).toEqual({});
  });

  it('checks the names of an anonymised register export against the filtered register, then exports that filter', async () => {
    const calls = core({ 'actions:register': register, 'export:check-names': { candidates: [] }, 'actions:export': saved });
    await usePlan.getState().loadRegister({ status: 'at-risk' });
    const outcome = await usePlan.getState().exportRegister('xlsx', false);
    expect(outcome).toEqual({ ok: true, value: saved });
    expect(calls).toContainEqual(['export:check-names', { subject: { kind: 'action-register', format: 'xlsx', filter: { status: 'at-risk' } } }]);
    expect(calls.find(([channel]) => channel === 'actions:export')?.[1]).toMatchObject({ format: 'xlsx', filter: { status: 'at-risk' }, named: false });
  });

  it('says in place of the register or the year’s tables why they could not be read', async () => {
    core({ 'actions:register': new AppError('internal', 'The register could not be read. Try again.'), 'annual:report': new AppError('internal', 'The tables could not be read. Try again.') });
    await usePlan.getState().loadRegister();
    await usePlan.getState().loadAnnual(2026);
    expect(usePlan.getState()).toMatchObject({ registerProblem: 'The register could not be read. Try again.', annualProblem: 'The tables could not be read. Try again.', register: null });
    core({ 'actions:register': register });
    await usePlan.getState().loadRegister();
    expect(usePlan.getState()).toMatchObject({ registerProblem: null, register });
  });

  it('exports with real names without the names check', async () => {
    const calls = core({ 'annual:report': { year: 2026, sources: [] }, 'annual:export': saved });
    await usePlan.getState().loadAnnual(2026);
    const outcome = await usePlan.getState().exportAnnual('pdf', true);
    expect(outcome).toEqual({ ok: true, value: saved });
    expect(calls.map(([channel]) => channel)).toEqual(['annual:report', 'annual:export']);
    expect(calls[1]![1]).toMatchObject({ year: 2026, format: 'pdf', named: true });
  });

  it('removes a category, says how many findings lost it, and lists the categories again', async () => {
    const calls = core({ 'categories:remove': { uncategorised: 3 }, 'categories:list': [] });
    const outcome = await usePlan.getState().removeCategory('c1');
    expect(outcome).toEqual({ ok: true, value: { uncategorised: 3 } });
    expect(calls.map(([channel]) => channel)).toEqual(['categories:remove', 'categories:list']);
    expect(usePlan.getState().categories).toEqual([]);
  });

  it('shows the core’s refusal to remove an activity its findings come from', async () => {
    core({ 'activities:remove': new AppError('validation', 'Findings come from this activity. Remove them first.') });
    const outcome = await usePlan.getState().removeActivity('a1');
    expect(outcome).toMatchObject({ ok: false, error: { message: 'Findings come from this activity. Remove them first.' } });
  });

  it('keeps nothing once the workspace is locked', async () => {
    core({ 'actions:register': register, 'actions:get': detail });
    usePlan.getState().show({ name: 'categories' });
    await usePlan.getState().loadRegister({ overdue: true });
    dropWorkspaceData();
    expect(usePlan.getState()).toMatchObject({ screen: { name: 'register' }, register: null, filter: {}, detail: null });
  });
});
