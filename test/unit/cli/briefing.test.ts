/**
 * `prw briefing` as a user runs it (issue #18): the --json shapes are the contract,
 * exactly; refusals exit 1 with the core's message. The findings are written into the workspace
 * through a core in this process (their own commands are built alongside), then it is locked and
 * the CLI opens it. Every person is invented.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../services/reviews/helpers';
import { reviewWithPractitioners } from '../services/interviews/helpers';
import { seedFinding } from '../services/findings/plan-seed';
import { createRig, type TestRig } from '../services/workspace/session/helpers';
import { json, passphrase, prw } from './run';

let rig: TestRig;
let dir: string;
let reviewId: string;
let emptyReviewId: string;
let documentId: string;

beforeAll(async () => {
  rig = createRig();
  dir = (await rig.core.session.create(rig.dataDir, 'Child Q', passphrase)).path;
  const { review } = await reviewWithPractitioners(rig);
  reviewId = review.id;
  seedFinding(rig, { reviewId }, 'Tobias Fairweather was not seen alone by any agency.', { category: 'Voice of the child' });
  emptyReviewId = (await call(rig, 'review:create', { type: 'rapid-review', title: 'Rapid review: Child R', subject: 'Child R', dates: { aware: '2026-01-10' } })).id;
  await rig.core.session.lock('user');
});
afterAll(async () => {
  await rig.core.shutdown();
  rmSync(rig.dataDir, { recursive: true, force: true });
});

describe('prw briefing', () => {
  it('create --json prints exactly {"documentId"}; a review without findings is refused with the core’s message', () => {
    const made = json<{ documentId: string }>(prw('briefing', 'create', dir, reviewId, '--json'));
    expect(Object.keys(made)).toEqual(['documentId']);
    documentId = made.documentId;
    const refused = prw('briefing', 'create', dir, emptyReviewId, '--json');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('This review has no findings yet. Record its findings first, then make the briefing from them.');
    expect(refused.stdout).toBe('');
  });

  it('log --json prints exactly the agency’s line; again for the same agency it replaces it; a future day is refused', () => {
    const first = json<Record<string, unknown>>(prw('briefing', 'log', dir, documentId, '--agency', 'Police', '--received', '2026-11-20', '--json'));
    expect(Object.keys(first)).toEqual(['id', 'agency', 'receivedOn', 'used']);
    expect(first).toMatchObject({ agency: 'Police', receivedOn: '2026-11-20', used: null });
    const again = json<Record<string, unknown>>(prw('briefing', 'log', dir, documentId, '--agency', 'Police', '--received', '2026-11-21', '--used', 'In supervision', '--json'));
    expect(again).toEqual({ id: first.id, agency: 'Police', receivedOn: '2026-11-21', used: 'In supervision' });
    json(prw('briefing', 'log', dir, documentId, '--agency', 'Community Health', '--received', '2026-11-22', '--json'));
    const future = prw('briefing', 'log', dir, documentId, '--agency', 'Police', '--received', '2099-01-01', '--json');
    expect(future.status).toBe(1);
    expect(future.stderr).toContain('in the future');
  });

  it('list --json gives each briefing with its deliveries and the agencies not confirming use', () => {
    const listed = json<unknown[]>(prw('briefing', 'list', dir, reviewId, '--json'));
    expect(listed).toEqual([
      {
        documentId,
        title: '7-minute briefing: LCSPR: Child Q',
        deliveries: [
          { agency: 'Community Health', receivedOn: '2026-11-22', used: null },
          { agency: 'Police', receivedOn: '2026-11-21', used: 'In supervision' },
        ],
        notConfirmed: ['Community Health'],
      },
    ]);
  });
});
