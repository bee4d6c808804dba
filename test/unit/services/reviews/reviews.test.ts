/** The reviews register through its channels: create, read, patch, dates and the audit trail. */
import { describe, expect, it } from 'vitest';
import { addRapidReview, auditSince, call, failure, lastAuditSeq, useWorkspace } from './helpers';

const workspace = useWorkspace();

describe('creating and reading reviews', () => {
  it('creates a review at the start of its lifecycle, with the local rule set by default, and lists it', async () => {
    const { rig } = workspace;
    const before = lastAuditSeq(rig);
    const created = await call(rig, 'review:create', {
      type: 'dhr',
      title: 'Domestic homicide review: Family U',
      subject: 'Family U',
      agencies: ['Police', 'Adult social care'],
      parallelProcesses: [{ kind: 'criminal-proceedings', note: 'Trial listed for spring' }],
    });
    expect(created).toMatchObject({ type: 'dhr', status: 'notified', rules: 'local', subject: 'Family U', agencies: ['Police', 'Adult social care'] });
    expect(created.transitions).toEqual([{ to: 'decision', label: 'Decision', kind: 'forward', needsReason: false }]);
    expect(await call(rig, 'review:get', { id: created.id })).toEqual(created);
    const listed = await call(rig, 'review:list', {});
    expect(listed).toEqual([expect.objectContaining({ id: created.id, title: 'Domestic homicide review: Family U', status: 'notified' })]);
    expect(auditSince(rig, before)).toEqual([expect.objectContaining({ action: 'review.created', entity_type: 'review', entity_id: created.id })]);
  });

  it('shows the deadlines its dates allow, each naming its rule and source', async () => {
    const review = await addRapidReview(workspace.rig, { aware: '2019-12-23', notified: '2020-01-02' });
    expect(review.deadlines.map(({ id, due }) => ({ id, due }))).toEqual([
      { id: 'notification', due: '2020-01-02' },
      { id: 'agency-summary', due: '2020-01-16' },
      { id: 'rapid-review', due: '2020-01-23' },
    ]);
    expect(review.deadlines[0]).toMatchObject({ label: expect.any(String), rule: expect.stringContaining('local'), source: expect.stringContaining('s16C') });
    expect(review.deadlineProblem).toBeNull();
    // The register lists them too, so it can show what is due next.
    expect((await call(workspace.rig, 'review:list', {}))[0]?.deadlines).toEqual(review.deadlines);
  });

  it('adds the notice to the Secretary of State and Ofsted once the review records the child was looked after (Working Together 2023)', async () => {
    const review = await addRapidReview(workspace.rig, { aware: '2024-12-20' });
    const wt2023 = await call(workspace.rig, 'review:update', { id: review.id, rules: 'wt2023' });
    expect(wt2023.lookedAfter).toBe(false);
    expect(wt2023.deadlines.map((deadline) => deadline.id)).toEqual(['notification']);
    const lookedAfter = await call(workspace.rig, 'review:update', { id: review.id, lookedAfter: true });
    expect(lookedAfter.deadlines.map(({ id, due, label }) => ({ id, due, label }))).toEqual([
      { id: 'notification', due: '2024-12-31', label: 'Notify the national Panel and Ofsted' },
      { id: 'looked-after-notice', due: '2024-12-31', label: 'Notify the Secretary of State and Ofsted (the child was looked after)' },
    ]);
    expect((await call(workspace.rig, 'review:list', {}))[0]?.lookedAfter).toBe(true);
  });

  it('says which rule sets cover a review type, and refuses an unknown one', async () => {
    const { rig } = workspace;
    const sar = await failure(rig, 'review:create', { type: 'sar', title: 'SAR: Mr B', rules: 'wt2023' });
    expect(sar).toEqual({ code: 'validation', message: expect.stringMatching(/Working Together 2023 has no deadlines for a Safeguarding adults review.*local rule set/) });
    expect((await failure(rig, 'review:create', { type: 'lcspr', title: 'LCSPR', rules: 'wt2030' })).code).toBe('validation');
    expect((await failure(rig, 'review:create', { type: 'serious-case-review', title: 'SCR' })).code).toBe('validation');
  });

  it('needs an unlocked workspace', async () => {
    const { rig } = workspace;
    await rig.core.session.lock('user');
    for (const [channel, input] of [
      ['review:list', {}],
      ['review:create', { type: 'lcspr', title: 'LCSPR: Child M' }],
      ['people:list', { reviewId: 'x' }],
      ['escalation:list', {}],
    ] as const) {
      expect(await failure(rig, channel, input)).toEqual({ code: 'forbidden', message: expect.stringContaining('Unlock the workspace') });
    }
  });

  it('reports an unknown review as not found', async () => {
    expect(await failure(workspace.rig, 'review:get', { id: 'no-such-review' })).toMatchObject({ code: 'not-found' });
    expect(await failure(workspace.rig, 'review:update', { id: 'no-such-review', title: 'x' })).toMatchObject({ code: 'not-found' });
  });
});

describe('field-level edits', () => {
  it('two edits to different fields, each made from a stale copy, both survive', async () => {
    const { rig } = workspace;
    const review = await addRapidReview(rig);
    // Two windows load the review, then each saves its own change without reloading.
    const first = await call(rig, 'review:get', { id: review.id });
    const second = await call(rig, 'review:get', { id: review.id });
    await call(rig, 'review:update', { id: first.id, title: 'Rapid review: Child M (renamed)', dates: { notified: '2020-01-02' } });
    await call(rig, 'review:update', { id: second.id, agencies: ['Police', 'Health visiting'], dates: { decision: '2020-01-20' } });
    const after = await call(rig, 'review:get', { id: review.id });
    expect(after).toMatchObject({
      title: 'Rapid review: Child M (renamed)',
      agencies: ['Police', 'Health visiting'],
      dates: { aware: '2019-12-23', notified: '2020-01-02', decision: '2020-01-20' },
      subject: 'Child M',
    });
  });

  it('clears a field with null, leaves the rest alone, and audits each edit once', async () => {
    const { rig } = workspace;
    const review = await call(rig, 'review:create', {
      type: 'lcspr',
      title: 'LCSPR: Child M',
      subject: 'Child M',
      reviewers: [{ name: 'A. Reviewer', role: 'Independent reviewer' }],
      panelMembers: [{ name: 'P. Member', agency: 'Education' }],
    });
    const before = lastAuditSeq(rig);
    const updated = await call(rig, 'review:update', { id: review.id, subject: null, rules: 'wt2023' });
    expect(updated).toMatchObject({ subject: null, rules: 'wt2023', reviewers: review.reviewers, panelMembers: review.panelMembers, title: 'LCSPR: Child M' });
    await call(rig, 'review:update', { id: review.id });
    expect(auditSince(rig, before)).toEqual([expect.objectContaining({ action: 'review.updated', entity_id: review.id })]);
  });

  it('refuses the whole edit when one part of it is invalid', async () => {
    const { rig } = workspace;
    const review = await addRapidReview(rig);
    const error = await failure(rig, 'review:update', { id: review.id, title: 'Changed', dates: { notified: '2019-12-20' } });
    expect(error.code).toBe('validation');
    expect(await call(rig, 'review:get', { id: review.id })).toMatchObject({ title: 'Rapid review: Child M', dates: { notified: null } });
  });

  it('refuses fields that are not part of a review (the input is strict)', async () => {
    const review = await addRapidReview(workspace.rig);
    expect((await failure(workspace.rig, 'review:update', { id: review.id, type: 'sar' })).code).toBe('validation');
    expect((await failure(workspace.rig, 'review:update', { id: review.id, status: 'closed' })).code).toBe('validation');
  });
});

describe('key dates', () => {
  it('refuses an impossible date, saying why', async () => {
    const error = await failure(workspace.rig, 'review:create', { type: 'rapid-review', title: 'RR', dates: { aware: '2019-02-30' } });
    expect(error).toEqual({ code: 'validation', message: expect.stringContaining('The date of awareness "2019-02-30" is not a real date: February 2019 has 28 days') });
    const malformed = await failure(workspace.rig, 'review:create', { type: 'rapid-review', title: 'RR', dates: { notified: '02/01/2020' } });
    expect(malformed.message).toContain('YYYY-MM-DD');
  });

  it('refuses a notification before awareness, on creation and on an edit that would make it so', async () => {
    const { rig } = workspace;
    const error = await failure(rig, 'review:create', { type: 'rapid-review', title: 'RR', dates: { aware: '2019-03-04', notified: '2019-03-01' } });
    expect(error).toEqual({
      code: 'validation',
      message:
        'The date the notification was sent (2019-03-01) is before the date the local authority became aware of the incident (2019-03-04). A notification can only be sent once the incident is known: check both dates.',
    });
    const review = await addRapidReview(rig, { aware: '2019-03-01', notified: '2019-03-04' });
    const edit = await failure(rig, 'review:update', { id: review.id, dates: { aware: '2019-03-05' } });
    expect(edit.message).toMatch(/is before the date the local authority became aware/);
    // Clearing the later date makes the same edit acceptable.
    await call(rig, 'review:update', { id: review.id, dates: { notified: null } });
    expect((await call(rig, 'review:update', { id: review.id, dates: { aware: '2019-03-05' } })).dates.aware).toBe('2019-03-05');
  });

  it('accepts the same day for awareness and notification', async () => {
    const review = await addRapidReview(workspace.rig, { aware: '2020-05-08', notified: '2020-05-08' });
    expect(review.dates).toMatchObject({ aware: '2020-05-08', notified: '2020-05-08' });
  });
});
