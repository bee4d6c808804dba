/**
 * Recommendations through their channels: they answer findings of one source and take it, are
 * made today unless dated, keep "finding removed" when a finding goes, and are refused where an
 * action would be due before they were made or while they have actions. The rig's clock stands at
 * Thursday 26 November 2026. Actions are written straight to the table: their channels are another part's.
 */
import { describe, expect, it } from 'vitest';
import type { TestRig } from '../workspace/session/helpers';
import { auditSince, call, failure, lastAuditSeq, useWorkspace } from '../reviews/helpers';
import { review, reviewWithEvidence } from './helpers';

const workspace = useWorkspace();

function addAction(rig: TestRig, recommendationId: string, due: string, text = 'Joint referral training for schools and police'): void {
  rig.core.session
    .require()
    .db.prepare("INSERT INTO actions (id, recommendation_id, text, lead_agency, lead_role, due_on, created_at, updated_at) VALUES (?, ?, ?, 'Police', 'Head of Safeguarding', ?, 'now', 'now')")
    .run(`action-${due}`, recommendationId, text, due);
}

async function twoFindings(rig: TestRig) {
  const { review: child } = await reviewWithEvidence(rig);
  const one = await call(rig, 'findings:add', { source: review(child.id), statement: 'Agencies did not share what they knew' });
  const two = await call(rig, 'findings:add', { source: review(child.id), statement: 'Supervision did not ask about the child' });
  return { child, one, two };
}

describe('recommendations', () => {
  it('answers findings of one review, takes its source, is made today unless dated, numbered in order', async () => {
    const { rig } = workspace;
    const { child, one, two } = await twoFindings(rig);
    const before = lastAuditSeq(rig);
    const first = await call(rig, 'recommendations:add', { findingIds: [one.id, two.id], text: 'Agree one referral route', to: ['Police', 'Children’s Services'] });
    expect(first).toMatchObject({ source: review(child.id), sourceLabel: 'LCSPR: Child Q', number: 1, madeOn: '2026-11-26', addressedTo: ['Police', 'Children’s Services'], actions: 0 });
    expect(first.findings).toEqual([
      { findingId: one.id, number: 1, statement: 'Agencies did not share what they knew' },
      { findingId: two.id, number: 2, statement: 'Supervision did not ask about the child' },
    ]);
    const second = await call(rig, 'recommendations:add', { findingIds: [two.id], text: 'Audit supervision records', madeOn: '2026-10-01' });
    expect(second).toMatchObject({ number: 2, madeOn: '2026-10-01', addressedTo: [] });
    expect((await call(rig, 'findings:list', { source: review(child.id) })).map((f) => f.recommendationIds)).toEqual([[first.id], [first.id, second.id]]);
    expect((await call(rig, 'recommendations:list', { source: review(child.id) })).map((r) => [r.number, r.text])).toEqual([
      [1, 'Agree one referral route'],
      [2, 'Audit supervision records'],
    ]);
    expect(auditSince(rig, before).map((row) => [row.action, row.entity_type])).toEqual([
      ['recommendation.added', 'recommendation'],
      ['recommendation.added', 'recommendation'],
    ]);
  });

  it('refuses findings of two sources or an unknown finding', async () => {
    const { rig } = workspace;
    const { one } = await twoFindings(rig);
    const activity = await call(rig, 'activities:add', { type: 'audit', title: 'Neglect cases', heldOn: '2026-05-01' });
    const theirs = await call(rig, 'findings:add', { source: { kind: 'activity', activityId: activity.id }, statement: 'Plans were not reviewed' });
    const mixed = await failure(rig, 'recommendations:add', { findingIds: [one.id, theirs.id], text: 'R' });
    expect(mixed.message).toBe('A recommendation answers findings of one review or activity: “Multi-agency audit: Neglect cases” is not “LCSPR: Child Q”. Make a recommendation for each.');
    expect((await failure(rig, 'recommendations:add', { findingIds: ['gone'], text: 'R' })).message).toBe('Finding gone is not in this workspace: it may have been removed. Look at the findings again.');
    expect((await failure(rig, 'recommendations:add', { findingIds: [], text: 'R' })).message).toMatch(/Choose the finding \(or findings\) the recommendation answers/);
    const onActivity = await call(rig, 'recommendations:add', { findingIds: [theirs.id], text: 'Review plans monthly' });
    expect(onActivity.source).toEqual({ kind: 'activity', activityId: activity.id });
    const moved = await failure(rig, 'recommendations:edit', { id: onActivity.id, findingIds: [one.id] });
    expect(moved.message).toBe('A recommendation answers findings of its own review or activity, “Multi-agency audit: Neglect cases”. Choose findings from there.');
    // The activity's recommendation outlives its finding, and keeps the activity too.
    await call(rig, 'findings:remove', { id: theirs.id, force: true });
    expect((await failure(rig, 'activities:remove', { id: activity.id })).message).toBe('“Multi-agency audit: Neglect cases” cannot be removed: a recommendation comes from it. Remove its findings and recommendations first, or keep the activity.');
  });

  it('edits only the fields named; findingIds replaces the set; a made-on date after an action’s target date is refused, naming it', async () => {
    const { rig } = workspace;
    const { one, two } = await twoFindings(rig);
    const made = await call(rig, 'recommendations:add', { findingIds: [one.id], text: 'Agree one referral route', to: ['Police'], madeOn: '2026-09-01' });
    const before = lastAuditSeq(rig);
    const edited = await call(rig, 'recommendations:edit', { id: made.id, findingIds: [two.id] });
    expect(edited).toMatchObject({ text: 'Agree one referral route', addressedTo: ['Police'], madeOn: '2026-09-01' });
    expect(edited.findings.map((f) => f.findingId)).toEqual([two.id]);
    addAction(rig, made.id, '2026-10-15');
    expect((await call(rig, 'recommendations:list', { source: made.source }))[0]!.actions).toBe(1);
    const late = await failure(rig, 'recommendations:edit', { id: made.id, madeOn: '2026-11-01' });
    expect(late.message).toBe('An action of this recommendation (“Joint referral training for schools and police”) has the target date Thursday 15 October 2026, before Sunday 1 November 2026. Give a date on or before Thursday 15 October 2026, or change the action’s target date first.');
    expect((await call(rig, 'recommendations:edit', { id: made.id, madeOn: '2026-10-15', to: [] })).addressedTo).toEqual([]);
    expect(auditSince(rig, before).map((row) => row.action)).toEqual(['recommendation.edited', 'recommendation.edited']);
  });

  it('removal is refused while it has actions', async () => {
    const { rig } = workspace;
    const { one } = await twoFindings(rig);
    const made = await call(rig, 'recommendations:add', { findingIds: [one.id], text: 'R', madeOn: '2026-09-01' });
    const bare = await call(rig, 'recommendations:add', { findingIds: [one.id], text: 'Another' });
    addAction(rig, made.id, '2026-12-01');
    expect((await failure(rig, 'recommendations:remove', { id: made.id })).message).toBe('This recommendation has an action in the action plan, so it cannot be removed. Remove the action first, or keep the recommendation.');
    const before = lastAuditSeq(rig);
    await call(rig, 'recommendations:remove', { id: bare.id });
    expect(auditSince(rig, before).map((row) => [row.action, row.entity_id])).toEqual([['recommendation.removed', bare.id]]);
    expect((await failure(rig, 'recommendations:remove', { id: bare.id })).code).toBe('not-found');
  });

  it('a finding that recommendations answer is removed only when forced; they stay, saying “Finding removed”', async () => {
    const { rig } = workspace;
    const { child, one, two } = await twoFindings(rig);
    await call(rig, 'recommendations:add', { findingIds: [one.id, two.id], text: 'Agree one referral route' });
    await call(rig, 'recommendations:add', { findingIds: [one.id], text: 'Share the referral record' });
    const asked = await failure(rig, 'findings:remove', { id: one.id, force: false });
    expect(asked.message).toBe('2 recommendations answer this finding. They stay, marked “finding removed”. Confirm to remove the finding (from the command line: --force).');
    expect(await call(rig, 'findings:remove', { id: one.id, force: true })).toEqual({ recommendations: 2 });
    const [first, second] = await call(rig, 'recommendations:list', { source: review(child.id) });
    expect(first!.findings).toEqual([
      { findingId: null, number: null, statement: 'Finding removed' },
      { findingId: two.id, number: 1, statement: 'Supervision did not ask about the child' },
    ]);
    expect(second!.findings).toEqual([{ findingId: null, number: null, statement: 'Finding removed' }]);
  });
});
