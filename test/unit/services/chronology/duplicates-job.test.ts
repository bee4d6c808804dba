/**
 * Finding likely duplicates as a job, on the fictional Hartwell fixtures: progress day by day while
 * entries are compared, a cancel that changes nothing, a cancel pressed twice or after the end.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { JobEnded, JobProgress } from '../../../../shared/jobs';
import { call, useWorkspace } from '../reviews/helpers';
import type { TestRig } from '../workspace/session/helpers';
import { addHartwellReview, fixtureFiles, importFile } from './helpers';

const workspace = useWorkspace();

async function hartwell(rig: TestRig): Promise<string> {
  const reviewId = await addHartwellReview(rig);
  for (const file of fixtureFiles) await importFile(rig, reviewId, file);
  rig.events.length = 0;
  return reviewId;
}

const progressOf = (rig: TestRig) => rig.events.filter(({ event }) => event === 'job:progress').map(({ payload }) => payload as JobProgress);
const endsOf = (rig: TestRig) => rig.events.filter(({ event }) => event === 'job:ended').map(({ payload }) => payload as JobEnded);

describe('likely duplicates as a job', () => {
  it('reports comparing the 33 entries from none to all, and ends done with the three pairs', async () => {
    const { rig } = workspace;
    const reviewId = await hartwell(rig);
    const jobId = randomUUID();
    const pairs = await call(rig, 'chronology:duplicates', { reviewId, anonymised: false, jobId });
    expect(pairs).toHaveLength(3);
    // Day by day through the entries: from none to all, never backwards.
    const progress = progressOf(rig);
    expect(progress[0]).toEqual({ jobId, kind: 'duplicates', phase: 'comparing', done: 0, total: 33 });
    expect(progress.at(-1)).toEqual({ jobId, kind: 'duplicates', phase: 'comparing', done: 33, total: 33 });
    expect(progress.length).toBeGreaterThan(2);
    const done = progress.map((event) => event.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(endsOf(rig)).toEqual([{ jobId, kind: 'duplicates', outcome: 'done' }]);
    expect(await call(rig, 'job:cancel', { jobId })).toEqual({ outcome: 'finished' });
  });

  it('cancelled: says so, changes nothing, and a second cancel is harmless', async () => {
    const { rig } = workspace;
    const reviewId = await hartwell(rig);
    const jobId = randomUUID();
    const answers: Array<Promise<{ outcome: string }>> = [];
    const emit = rig.ports.emit;
    rig.ports.emit = (event, payload) => {
      emit(event, payload);
      if (event === 'job:progress' && answers.length === 0) answers.push(call(rig, 'job:cancel', { jobId }), call(rig, 'job:cancel', { jobId }));
    };
    const error = await call(rig, 'chronology:duplicates', { reviewId, anonymised: false, jobId }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'cancelled', message: 'The search for duplicates was cancelled: nothing was changed.' });
    expect(await Promise.all(answers)).toEqual([{ outcome: 'cancelling' }, { outcome: 'cancelling' }]);
    expect(endsOf(rig)).toEqual([{ jobId, kind: 'duplicates', outcome: 'cancelled' }]);
    expect(await call(rig, 'job:cancel', { jobId })).toEqual({ outcome: 'finished' });

    rig.ports.emit = emit;
    const pairs = await call(rig, 'chronology:duplicates', { reviewId, anonymised: false });
    expect(pairs.map((pair) => pair.decision)).toEqual([null, null, null]);
  });
});
