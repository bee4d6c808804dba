/**
 * Findings, their evidence and categories, through their channels: evidence cited as a user cites
 * it and "Source removed" when the source goes; the refusals a user meets, with what to do; the
 * audit rows each change writes. The rig's clock stands at Thursday 26 November 2026.
 */
import { describe, expect, it } from 'vitest';
import { auditSince, call, failure, lastAuditSeq, useWorkspace } from '../reviews/helpers';
import { review, reviewWithEvidence } from './helpers';

const workspace = useWorkspace();

describe('findings', () => {
  it('cites each kind of evidence as a user would, with the detail for the side panel, names as stored', async () => {
    const { rig } = workspace;
    const { review: child, entry, episode, excerpts, themes } = await reviewWithEvidence(rig);
    const before = lastAuditSeq(rig);
    const added = await call(rig, 'findings:add', {
      source: review(child.id),
      statement: 'Agencies did not share what they knew about the home.',
      pattern: 'Referrals are made in parallel, not together.',
      categoryId: 'category-information-sharing',
      evidence: [
        { kind: 'entry', id: entry.id },
        { kind: 'episode', id: episode.id },
        { kind: 'excerpt', id: excerpts.d.id },
        { kind: 'theme', id: themes.sharing.id },
      ],
    });
    expect(added).toMatchObject({ number: 1, sourceLabel: 'LCSPR: Child Q', category: 'Information sharing', recommendationIds: [] });
    expect(added.evidence.map((e) => [e.kind, e.citation, e.removed])).toEqual([
      ['entry', '4 Mar 2026, Police: Officers attend the family home after a neighbour’s call', false],
      ['episode', 'Key practice episode: Second referral', false],
      ['excerpt', `Group conversation, Thursday 10 December 2026: “noticed the bruise and said so”`, false],
      ['theme', 'Theme: Information sharing', false],
    ]);
    expect(added.evidence[0]!.detail).toBe('Officers attend the family home after a neighbour’s call\n\nAction: Referral to children’s services');
    expect(added.evidence[1]!.detail).toBe('Monday 2 March 2026 to Friday 20 March 2026\n\nThe school and the police referred within a week.');
    expect(added.evidence[2]!.detail).toBe('“noticed the bruise and said so”');
    expect(added.evidence[3]!.detail).toBe('3 excerpts coded to it.');
    expect(auditSince(rig, before).map((row) => [row.action, row.entity_type, row.entity_id])).toEqual([['finding.added', 'finding', added.id]]);
  });

  it('numbers findings by position, edits only the fields named (null clears) and lists them in order', async () => {
    const { rig } = workspace;
    const { review: child } = await reviewWithEvidence(rig);
    const first = await call(rig, 'findings:add', { source: review(child.id), statement: 'First', pattern: 'A pattern', categoryId: 'category-supervision' });
    const second = await call(rig, 'findings:add', { source: review(child.id), statement: 'Second' });
    const before = lastAuditSeq(rig);
    const edited = await call(rig, 'findings:edit', { id: first.id, pattern: null });
    expect(edited).toMatchObject({ statement: 'First', pattern: null, category: 'Supervision', number: 1 });
    await call(rig, 'findings:edit', { id: first.id, categoryId: null });
    expect((await failure(rig, 'findings:edit', { id: first.id, categoryId: 'gone' })).message).toMatch(/^That category is not in the list any more/);
    expect(auditSince(rig, before).map((row) => row.action)).toEqual(['finding.edited', 'finding.edited']);
    const listed = await call(rig, 'findings:list', { source: review(child.id) });
    expect(listed.map((f) => [f.number, f.statement, f.category])).toEqual([
      [1, 'First', null],
      [2, 'Second', null],
    ]);
    await call(rig, 'findings:remove', { id: first.id, force: false });
    expect((await call(rig, 'findings:list', { source: review(child.id) })).map((f) => [f.id, f.number])).toEqual([[second.id, 1]]);
    expect((await failure(rig, 'findings:edit', { id: first.id, statement: 'Again' })).message).toBe('That finding is not in this workspace any more: it may have been removed. Look at the findings again.');
  });

  it('refuses evidence from another review or an unknown id, naming which, and evidence on an activity’s finding', async () => {
    const { rig } = workspace;
    const { review: child, entry } = await reviewWithEvidence(rig);
    const other = await call(rig, 'review:create', { type: 'lcspr', title: 'LCSPR: Child R', subject: 'Child R', rules: 'wt2023', dates: { aware: '2026-06-01' } });
    const theirs = await call(rig, 'episode:add', { reviewId: other.id, title: 'Their episode' });
    const fromOther = await failure(rig, 'findings:add', { source: review(child.id), statement: 'S', evidence: [{ kind: 'entry', id: entry.id }, { kind: 'episode', id: theirs.id }] });
    expect(fromOther.message).toBe(`Key practice episode episode:${theirs.id} is not in this review. Choose evidence from the finding’s own review.`);
    expect((await failure(rig, 'findings:add', { source: review(child.id), statement: 'S', evidence: [{ kind: 'excerpt', id: 'nope' }] })).message).toMatch(/^Conversation excerpt excerpt:nope is not in this review/);
    expect(await call(rig, 'findings:list', { source: review(child.id) })).toEqual([]);
    const activity = await call(rig, 'activities:add', { type: 'audit', title: 'Neglect cases', heldOn: '2026-05-01' });
    const onActivity = await failure(rig, 'findings:add', { source: { kind: 'activity', activityId: activity.id }, statement: 'S', evidence: [{ kind: 'entry', id: entry.id }] });
    expect(onActivity.message).toMatch(/^Evidence links a finding to a review’s chronology, conversations and themes, so a finding from an activity has none\. Add the finding without evidence/);
    expect((await failure(rig, 'findings:add', { source: review('no-such-review'), statement: 'S' })).code).toBe('not-found');
    expect((await failure(rig, 'findings:add', { source: { kind: 'activity', activityId: 'gone' }, statement: 'S' })).message).toMatch(/^That activity is not in this workspace any more/);
    expect((await failure(rig, 'findings:add', { source: review(child.id), statement: 'S', categoryId: 'gone' })).message).toMatch(/^That category is not in the list any more/);
    expect((await failure(rig, 'findings:add', { source: review(child.id), statement: '  ' })).message).toMatch(/Write the finding’s statement/);
  });

  it('says “Source removed” once an entry is deleted from the chronology, an entry row goes, an episode, excerpt or theme is removed', async () => {
    const { rig } = workspace;
    const { review: child, entry, episode, excerpts, themes } = await reviewWithEvidence(rig);
    const another = await call(rig, 'chronology:add-entry', { reviewId: child.id, date: '2026-04-01', agency: 'Health', event: 'Health visit' });
    const finding = await call(rig, 'findings:add', {
      source: review(child.id),
      statement: 'S',
      evidence: [
        { kind: 'entry', id: entry.id },
        { kind: 'entry', id: another.id },
        { kind: 'episode', id: episode.id },
        { kind: 'excerpt', id: excerpts.d.id },
        { kind: 'theme', id: themes.supervision.id },
      ],
    });
    await call(rig, 'chronology:delete-entry', { id: entry.id, reason: 'Entered twice by mistake' });
    rig.core.session.require().db.prepare('DELETE FROM chronology_entries WHERE id = ?').run(another.id);
    await call(rig, 'episode:remove', { id: episode.id });
    await call(rig, 'excerpts:remove', { id: excerpts.d.id });
    await call(rig, 'themes:remove', { id: themes.supervision.id, force: true });
    const [shown] = await call(rig, 'findings:list', { source: review(child.id) });
    expect(shown!.evidence.map((e) => [e.kind, e.citation, e.removed, e.detail])).toEqual([
      ['entry', 'Source removed', true, null],
      ['entry', 'Source removed', true, null],
      ['episode', 'Source removed', true, null],
      ['excerpt', 'Source removed', true, null],
      ['theme', 'Source removed', true, null],
    ]);
    expect(shown!.evidence.map((e) => e.targetId)).toEqual([entry.id, null, null, null, null]);
    expect(finding.evidence).toHaveLength(5);
    // A deleted entry cannot be cited afresh.
    expect((await failure(rig, 'findings:add-evidence', { findingId: finding.id, target: { kind: 'entry', id: entry.id } })).message).toMatch(/was deleted from the chronology\. Bring it back first, or choose another entry\./);
  });

  it('adds and takes off evidence, once each, audited', async () => {
    const { rig } = workspace;
    const { review: child, entry } = await reviewWithEvidence(rig);
    const finding = await call(rig, 'findings:add', { source: review(child.id), statement: 'S' });
    const before = lastAuditSeq(rig);
    const withIt = await call(rig, 'findings:add-evidence', { findingId: finding.id, target: { kind: 'entry', id: entry.id } });
    const again = await call(rig, 'findings:add-evidence', { findingId: finding.id, target: { kind: 'entry', id: entry.id } });
    expect(again.evidence).toHaveLength(1);
    const without = await call(rig, 'findings:remove-evidence', { id: withIt.evidence[0]!.id });
    expect(without.evidence).toEqual([]);
    expect(auditSince(rig, before).map((row) => [row.action, row.entity_id])).toEqual([
      ['finding.evidence-added', finding.id],
      ['finding.evidence-removed', finding.id],
    ]);
    expect((await failure(rig, 'findings:remove-evidence', { id: withIt.evidence[0]!.id })).message).toMatch(/^That evidence is not on the finding any more/);
  });
});

describe('categories', () => {
  it('lists the six to start with, in order with counts; adds and renames with unique names whatever the case; removing keeps findings, uncategorised', async () => {
    const { rig } = workspace;
    const { review: child } = await reviewWithEvidence(rig);
    expect((await call(rig, 'categories:list', {})).map((c) => c.name)).toEqual(['Information sharing', 'Assessment', 'Supervision', 'Escalation', 'Voice of the child', 'Professional curiosity']);
    const before = lastAuditSeq(rig);
    const added = await call(rig, 'categories:add', { name: 'Neglect' });
    expect(added).toMatchObject({ name: 'Neglect', position: 6, findings: 0 });
    expect((await failure(rig, 'categories:add', { name: 'information SHARING' })).message).toBe('There is already a category called “Information sharing”. Choose another name.');
    expect((await failure(rig, 'categories:rename', { id: added.id, name: 'supervision' })).message).toBe('There is already a category called “Supervision”. Choose another name.');
    const renamed = await call(rig, 'categories:rename', { id: added.id, name: 'Neglect and home conditions' });
    await call(rig, 'findings:add', { source: review(child.id), statement: 'One', categoryId: added.id });
    const kept = await call(rig, 'findings:add', { source: review(child.id), statement: 'Two', categoryId: added.id });
    expect((await call(rig, 'categories:list', {})).at(-1)).toMatchObject({ name: 'Neglect and home conditions', findings: 2 });
    expect(await call(rig, 'categories:remove', { id: renamed.id })).toEqual({ uncategorised: 2 });
    const listed = await call(rig, 'findings:list', { source: review(child.id) });
    expect(listed.find((f) => f.id === kept.id)).toMatchObject({ statement: 'Two', categoryId: null, category: null });
    expect(auditSince(rig, before).map((row) => [row.action, row.entity_type]).filter(([action]) => action!.startsWith('category'))).toEqual([
      ['category.added', 'category'],
      ['category.renamed', 'category'],
      ['category.removed', 'category'],
    ]);
  });
});

describe('activities', () => {
  it('adds, edits, lists with finding counts; removal is refused while findings come from it', async () => {
    const { rig } = workspace;
    const before = lastAuditSeq(rig);
    const activity = await call(rig, 'activities:add', { type: 'section-11', title: 'Schools self-assessment', heldOn: '2026-09-14', lead: 'Education safeguarding team' });
    const edited = await call(rig, 'activities:edit', { id: activity.id, lead: null, title: 'Schools Section 11 return' });
    expect(edited).toMatchObject({ type: 'section-11', title: 'Schools Section 11 return', heldOn: '2026-09-14', lead: null, findings: 0 });
    const finding = await call(rig, 'findings:add', { source: { kind: 'activity', activityId: activity.id }, statement: 'Training records incomplete' });
    expect(finding.sourceLabel).toBe('Section 11 / safeguarding self-assessment: Schools Section 11 return');
    expect((await call(rig, 'activities:list', {})).map((a) => [a.title, a.findings])).toEqual([['Schools Section 11 return', 1]]);
    const refused = await failure(rig, 'activities:remove', { id: activity.id });
    expect(refused.message).toBe('“Section 11 / safeguarding self-assessment: Schools Section 11 return” cannot be removed: a finding comes from it. Remove its findings and recommendations first, or keep the activity.');
    await call(rig, 'findings:remove', { id: finding.id, force: false });
    await call(rig, 'activities:remove', { id: activity.id });
    expect(await call(rig, 'activities:list', {})).toEqual([]);
    expect(auditSince(rig, before).map((row) => row.action)).toEqual(['activity.added', 'activity.edited', 'finding.added', 'finding.removed', 'activity.removed']);
    expect((await failure(rig, 'activities:edit', { id: activity.id, title: 'X' })).code).toBe('not-found');
  });
});
