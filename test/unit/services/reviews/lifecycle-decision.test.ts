/** Status lifecycles, the rapid-review decision and the log of copies sent. */
import { describe, expect, it } from 'vitest';
import type { TestRig } from '../workspace/session/helpers';
import { addRapidReview, auditSince, call, failure, lastAuditSeq, useWorkspace } from './helpers';

const workspace = useWorkspace();

const chair = { name: 'A. Chair', role: 'Independent chair, SVPP' };

/** A rapid review moved on to "Decision". */
async function atDecision(rig: TestRig) {
  const review = await addRapidReview(rig, { aware: '2019-12-23', notified: '2020-01-02' });
  await call(rig, 'review:set-status', { id: review.id, from: 'notified', to: 'rapid-review' });
  return call(rig, 'review:set-status', { id: review.id, from: 'rapid-review', to: 'decision' });
}

describe('status lifecycle', () => {
  it('moves forward one step at a time, recording each move and auditing it once', async () => {
    const { rig } = workspace;
    const review = await addRapidReview(rig);
    const before = lastAuditSeq(rig);
    const moved = await call(rig, 'review:set-status', { id: review.id, from: 'notified', to: 'rapid-review' });
    expect(moved.status).toBe('rapid-review');
    expect(moved.statusHistory).toEqual([{ from: 'notified', to: 'rapid-review', at: expect.any(String), reason: null }]);
    expect(auditSince(rig, before)).toEqual([expect.objectContaining({ action: 'review.status-changed', entity_id: review.id })]);
  });

  it('refuses a skip and says where the review can go', async () => {
    const review = await addRapidReview(workspace.rig);
    const error = await failure(workspace.rig, 'review:set-status', { id: review.id, from: 'notified', to: 'drafting' });
    expect(error).toEqual({ code: 'validation', message: 'A review at "Notified" cannot move to "Drafting". From here it can move to "Rapid review".' });
  });

  it('refuses a move from a status the review has already left (a double click, another window)', async () => {
    const { rig } = workspace;
    const review = await addRapidReview(rig);
    await call(rig, 'review:set-status', { id: review.id, from: 'notified', to: 'rapid-review' });
    const again = await failure(rig, 'review:set-status', { id: review.id, from: 'notified', to: 'rapid-review' });
    expect(again.message).toMatch(/at "Rapid review" now, not "Notified"/);
    expect((await call(rig, 'review:get', { id: review.id })).statusHistory).toHaveLength(1);
  });

  it('goes back one step only with a reason, which is kept in the status history', async () => {
    const { rig } = workspace;
    const review = await addRapidReview(rig);
    await call(rig, 'review:set-status', { id: review.id, from: 'notified', to: 'rapid-review' });
    const noReason = await failure(rig, 'review:set-status', { id: review.id, from: 'rapid-review', to: 'notified' });
    expect(noReason.message).toMatch(/Say why the review is going back to "Notified"/);
    const back = await call(rig, 'review:set-status', { id: review.id, from: 'rapid-review', to: 'notified', reason: 'Moved on by mistake' });
    expect(back.status).toBe('notified');
    expect(back.statusHistory.at(-1)).toMatchObject({ from: 'rapid-review', to: 'notified', reason: 'Moved on by mistake' });
  });

  it('follows each type’s own lifecycle', async () => {
    const { rig } = workspace;
    const audit = await call(rig, 'review:create', { type: 'multi-agency-audit', title: 'Neglect audit' });
    expect(audit.status).toBe('planned');
    expect((await call(rig, 'review:set-status', { id: audit.id, from: 'planned', to: 'in-progress' })).status).toBe('in-progress');
    const error = await failure(rig, 'review:create', { type: 'peer-review', title: 'Walkabout', status: 'rapid-review' });
    expect(error.message).toMatch(/has no status "Rapid review"/);
    const underway = await call(rig, 'review:create', { type: 'lcspr', title: 'LCSPR already drafting', status: 'drafting' });
    expect(underway.transitions.map((move) => move.to)).toEqual(['report-signed-off', 'tor-signed-off']);
  });
});

describe('the rapid review decision', () => {
  it('holds the review at "Decision" until a decision is recorded, and says so', async () => {
    const review = await atDecision(workspace.rig);
    expect(review.transitions).toEqual([
      expect.objectContaining({ to: 'lcspr-commissioned', kind: 'forward', blockedBy: expect.stringContaining('decision (c)') }),
      expect.objectContaining({ to: 'closed', kind: 'shortcut', blockedBy: expect.stringContaining('(a) or (b)') }),
      expect.objectContaining({ to: 'rapid-review', kind: 'back', needsReason: true }),
    ]);
    const error = await failure(workspace.rig, 'review:set-status', { id: review.id, from: 'decision', to: 'lcspr-commissioned' });
    expect(error.message).toBe('A local CSPR can be commissioned only once the rapid review decision (c) is recorded. Record the decision first.');
  });

  it('decision (c) lets the review move on to "LCSPR commissioned", and its date becomes the decision date', async () => {
    const { rig } = workspace;
    const review = await atDecision(rig);
    const before = lastAuditSeq(rig);
    const decided = await call(rig, 'review:record-decision', {
      reviewId: review.id,
      outcome: 'c',
      rationale: 'Practice learning about neglect and the voice of the child across agencies.',
      agreedBy: chair,
      agreedOn: '2020-01-22',
      methodology: 'SCIE Learning Together, with appreciative-inquiry conversations',
      indicativeTermsOfReference: 'Period: January 2018 to December 2019. Key lines of enquiry: …',
    });
    expect(decided.decision).toMatchObject({ outcome: 'c', agreedBy: chair, agreedOn: '2020-01-22', methodology: expect.stringContaining('Learning Together') });
    expect(decided.dates.decision).toBe('2020-01-22');
    expect(decided.deadlines.find((deadline) => deadline.id === 'lcspr')).toMatchObject({ due: '2020-07-22' });
    expect(decided.transitions[0]).toEqual({ to: 'lcspr-commissioned', label: 'LCSPR commissioned', kind: 'forward', needsReason: false });
    expect(auditSince(rig, before)).toEqual([expect.objectContaining({ action: 'review.decision-recorded', entity_id: review.id })]);
    const moved = await call(rig, 'review:set-status', { id: review.id, from: 'decision', to: 'lcspr-commissioned' });
    expect(moved.status).toBe('lcspr-commissioned');
    // Once moved on, the decision is fixed until the review is moved back.
    const change = await failure(rig, 'review:record-decision', { reviewId: review.id, outcome: 'b', rationale: 'x', agreedBy: chair, agreedOn: '2020-01-23' });
    expect(change.message).toMatch(/cannot be changed once the review has moved on from "Decision"/);
  });

  it('recording the decision on a review still at "Notified" moves it to "Decision", saying why in its history', async () => {
    const { rig } = workspace;
    const review = await call(rig, 'review:create', { type: 'rapid-review', title: 'Rapid review: Child M', subject: 'Child M', dates: { aware: '2019-12-23' } });
    expect(review.status).toBe('notified');
    const decided = await call(rig, 'review:record-decision', { reviewId: review.id, outcome: 'b', rationale: 'Learning already identified.', agreedBy: chair, agreedOn: '2020-01-22' });
    expect(decided.status).toBe('decision');
    expect(decided.statusHistory.at(-1)).toMatchObject({ from: 'notified', to: 'decision', reason: 'The rapid review decision was recorded.' });
  });

  it('decision (b) closes the review at its decision and does not allow an LCSPR', async () => {
    const { rig } = workspace;
    const review = await atDecision(rig);
    await call(rig, 'review:record-decision', { reviewId: review.id, outcome: 'b', rationale: 'Learning already identified.', agreedBy: chair, agreedOn: '2020-01-22' });
    expect((await failure(rig, 'review:set-status', { id: review.id, from: 'decision', to: 'lcspr-commissioned' })).code).toBe('validation');
    const closed = await call(rig, 'review:set-status', { id: review.id, from: 'decision', to: 'closed' });
    expect(closed.status).toBe('closed');
    // Back along the shortcut it came by, with a reason.
    expect(closed.transitions.map((move) => move.to)).toEqual(['published', 'decision']);
  });

  it('needs methodology and indicative terms of reference for (c), and a decision date after the notification', async () => {
    const { rig } = workspace;
    const review = await atDecision(rig);
    const missing = await failure(rig, 'review:record-decision', { reviewId: review.id, outcome: 'c', rationale: 'x', agreedBy: chair, agreedOn: '2020-01-22' });
    expect(missing).toMatchObject({ code: 'validation', message: expect.stringContaining('methodology') });
    const early = await failure(rig, 'review:record-decision', { reviewId: review.id, outcome: 'a', rationale: 'x', agreedBy: chair, agreedOn: '2019-12-01' });
    expect(early.message).toMatch(/The date of the decision \(2019-12-01\) is before/);
    expect((await call(rig, 'review:get', { id: review.id })).decision).toBeNull();
  });

  it('belongs to rapid reviews only', async () => {
    const sar = await call(workspace.rig, 'review:create', { type: 'sar', title: 'SAR: Mr B' });
    const error = await failure(workspace.rig, 'review:record-decision', { reviewId: sar.id, outcome: 'b', rationale: 'x', agreedBy: chair, agreedOn: '2020-01-22' });
    expect(error.message).toMatch(/Only a rapid review has a rapid review decision/);
  });
});

describe('copies sent to partnership members', () => {
  it('logs each copy (to whom, when) in date order, after the decision exists', async () => {
    const { rig } = workspace;
    const review = await atDecision(rig);
    const early = await failure(rig, 'review:log-copy', { reviewId: review.id, document: 'decision', sentTo: 'SVPP members', sentOn: '2020-01-23' });
    expect(early.message).toBe('Record the rapid review decision before logging the copies sent of it.');
    await call(rig, 'review:record-decision', { reviewId: review.id, outcome: 'a', rationale: 'National significance.', agreedBy: chair, agreedOn: '2020-01-22' });
    const before = lastAuditSeq(rig);
    const second = await call(rig, 'review:log-copy', { reviewId: review.id, document: 'decision', sentTo: 'Director of Children’s Services', sentOn: '2020-01-24' });
    const first = await call(rig, 'review:log-copy', { reviewId: review.id, document: 'notification', sentTo: 'SVPP members', sentOn: '2020-01-03', note: 'By secure email' });
    const detail = await call(rig, 'review:get', { id: review.id });
    expect(detail.copies).toEqual([first, second]);
    expect(first).toMatchObject({ document: 'notification', sentTo: 'SVPP members', sentOn: '2020-01-03', note: 'By secure email' });
    expect(auditSince(rig, before).map((row) => [row.action, row.entity_type, row.entity_id])).toEqual([
      ['review.copy-logged', 'review-copy', second.id],
      ['review.copy-logged', 'review-copy', first.id],
    ]);
  });
});
