/** The Findings store: it reads the source on screen, sends each change for that source, reads the plan again after it, and keeps nothing after a lock. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../../shared/errors';
import type { Finding, Recommendation } from '../../../../shared/findings/model';

const api = vi.hoisted(() => ({ call: vi.fn(), subscribe: vi.fn() }));
vi.mock('../../../../renderer/lib/api', () => api);

const { useFindings } = await import('../../../../renderer/features/findings/store');
const { dropWorkspaceData } = await import('../../../../renderer/lib/reset-on-lock');

const source = { kind: 'review' as const, reviewId: 'r1' };
const finding = { id: 'f1', number: 1, statement: 'Referrals stall.', recommendationIds: ['rec1'], evidence: [] } as unknown as Finding;
const recommendation = { id: 'rec1', number: 1, findings: [{ findingId: 'f1', number: 1, statement: 'Referrals stall.' }] } as unknown as Recommendation;

/** The core as a table of answers; a function answers from the input. */
function core(answers: Record<string, unknown>) {
  const calls: Array<[string, unknown]> = [];
  api.call.mockImplementation(async (channel: string, input: unknown) => {
    calls.push([channel, input]);
    const answer = answers[channel];
    if (answer instanceof AppError) throw answer;
    return typeof answer === 'function' ? (answer as (input: unknown) => unknown)(input) : answer;
  });
  return calls;
}

const plan = { 'findings:list': [finding], 'recommendations:list': [recommendation], 'actions:list': [], 'categories:list': [], 'briefings:list': [] };

async function settled() {
  await vi.waitFor(() => expect(useFindings.getState().recommendations).not.toBeNull());
}

beforeEach(() => {
  api.call.mockReset();
  dropWorkspaceData();
});

describe('useFindings', () => {
  it('reads a source’s findings, recommendations with their actions, categories and briefings', async () => {
    const calls = core(plan);
    useFindings.getState().showSource(source);
    await settled();
    expect(useFindings.getState().findings).toEqual([finding]);
    expect(useFindings.getState().actions).toEqual({ rec1: [] });
    expect(calls).toContainEqual(['actions:list', { id: 'rec1' }]);
    expect(calls).toContainEqual(['briefings:list', { reviewId: 'r1' }]);
  });

  it('reads the source afresh when the area is come back to, keeping what it shows meanwhile', async () => {
    const calls = core(plan);
    useFindings.getState().showSource(source);
    await settled();
    useFindings.getState().showSource({ ...source });
    expect(useFindings.getState().findings).toEqual([finding]);
    await vi.waitFor(() => expect(calls.filter(([channel]) => channel === 'findings:list')).toHaveLength(2));
  });

  it('an activity has no briefings to read', async () => {
    const calls = core(plan);
    useFindings.getState().showSource({ kind: 'activity', activityId: 'a1' });
    await settled();
    expect(calls.map(([channel]) => channel)).not.toContain('briefings:list');
    expect(calls).toContainEqual(['findings:list', { source: { kind: 'activity', activityId: 'a1' } }]);
  });

  it('adds a finding to the source on screen and reads the plan again', async () => {
    const calls = core({ ...plan, 'findings:add': finding });
    useFindings.getState().showSource(source);
    await settled();
    const outcome = await useFindings.getState().addFinding({ statement: 'Referrals stall.', pattern: null, categoryId: null });
    expect(outcome).toEqual({ ok: true, value: finding });
    expect(calls).toContainEqual(['findings:add', { source, statement: 'Referrals stall.', pattern: null, categoryId: null, evidence: [] }]);
    expect(calls.filter(([channel]) => channel === 'findings:list')).toHaveLength(2);
  });

  it('hands back the core’s refusal to delete a recommendation with actions, as an outcome the screen shows', async () => {
    const refusal = new AppError('validation', 'Recommendation 1 has 2 actions: delete them first.');
    core({ ...plan, 'recommendations:remove': refusal });
    useFindings.getState().showSource(source);
    await settled();
    expect(await useFindings.getState().removeRecommendation('rec1')).toEqual({ ok: false, error: refusal });
    expect(useFindings.getState().busy).toBe(false);
  });

  it('searches the chronology itself for entries, and the review’s themes by the words typed', async () => {
    const calls = core({ ...plan, 'chronology:list': { entries: [], total: 0, matched: 0, agencies: [] }, 'themes:list': [{ id: 't1', name: 'Neglect' }, { id: 't2', name: 'Escalation' }] });
    useFindings.getState().showSource(source);
    await settled();
    await useFindings.getState().findEvidence('entry', 'strategy');
    expect(calls).toContainEqual(['chronology:list', { reviewId: 'r1', anonymised: false, filter: { text: 'strategy' }, window: { offset: 0, limit: 20 } }]);
    expect(await useFindings.getState().findEvidence('theme', 'esc')).toEqual({ ok: true, value: [{ id: 't2', label: 'Escalation' }] });
  });

  it('attaches a file as base64 with its name', async () => {
    const calls = core({ ...plan, 'actions:attach': { id: 'x1' } });
    useFindings.getState().showSource(source);
    await settled();
    const file = new File(['minutes'], 'minutes.txt');
    await useFindings.getState().attach('x1', 'completion', file);
    expect(calls).toContainEqual(['actions:attach', { id: 'x1', purpose: 'completion', file: { fileName: 'minutes.txt', base64: Buffer.from('minutes').toString('base64') } }]);
  });

  it('keeps nothing after the workspace locks', async () => {
    core(plan);
    useFindings.getState().showSource(source);
    await settled();
    dropWorkspaceData();
    expect(useFindings.getState().source).toBeNull();
    expect(useFindings.getState().findings).toBeNull();
  });
});

describe('an action on screen', () => {
  it('keeps a progress update made while the action was still being read', async () => {
    let answer: (value: unknown) => void = () => {};
    const stale = { id: 'x1', status: 'not-started' };
    const updated = { id: 'x1', status: 'at-risk' };
    core({ ...plan, 'actions:get': () => new Promise((resolve) => (answer = resolve)), 'actions:progress': updated });
    useFindings.getState().showSource(source);
    await settled();
    useFindings.getState().show({ name: 'action', id: 'x1' });
    await useFindings.getState().recordProgress({ id: 'x1', status: 'at-risk' });
    answer(stale);
    await vi.waitFor(() => expect(useFindings.getState().open).toEqual(updated));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(useFindings.getState().open).toEqual(updated);
  });
});
