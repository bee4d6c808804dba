/**
 * An import as a job, through the channels the app uses: progress in order (reading, checking,
 * saving), a cancel mid-way that adds nothing, a cancel pressed twice or after the end, and a
 * second import of a file already being imported refused as busy.
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JobEnded, JobProgress } from '../../../../shared/jobs';
import type { EventName } from '../../../../shared/ipc/contract';
import { call, failure, useWorkspace } from '../reviews/helpers';
import type { TestRig } from '../workspace/session/helpers';
import { addHartwellReview, choose } from './helpers';

const workspace = useWorkspace();

/** A fictional file of `rows` one-line events, enough for several slices of checking. */
function largeFile(rig: TestRig, rows: number): string {
  const file = path.join(rig.dataDir, `large-${rows}.csv`);
  const lines = Array.from({ length: rows }, (_, index) => `${String((index % 28) + 1).padStart(2, '0')}/03/2019,Home visit ${index}`);
  writeFileSync(file, ['Date,Event', ...lines].join('\n'));
  return file;
}

/** Runs `react` on every event as the core emits it (synchronously, as a window would hear it). */
function onEvent(rig: TestRig, react: (event: EventName, payload: unknown) => void): void {
  const emit = rig.ports.emit;
  rig.ports.emit = (event, payload) => {
    emit(event, payload);
    react(event, payload);
  };
}

const progressOf = (rig: TestRig, jobId: string) => rig.events.filter(({ event, payload }) => event === 'job:progress' && (payload as JobProgress).jobId === jobId).map(({ payload }) => payload as JobProgress);
const endsOf = (rig: TestRig) => rig.events.filter(({ event }) => event === 'job:ended').map(({ payload }) => payload as JobEnded);

async function startImport(rig: TestRig, reviewId: string, token: string, jobId = randomUUID()) {
  return call(rig, 'chronology:import', { reviewId, token, headerIndex: 0, mapping: ['date', 'event'], agency: 'Probation', jobId, saveFormat: false });
}

describe('an import as a job', () => {
  it('reports reading, then checking row by row, then saving, with sane counts, and ends done', async () => {
    const { rig } = workspace;
    const reviewId = await addHartwellReview(rig);
    const [token] = await choose(rig, reviewId, largeFile(rig, 12_000));
    const jobId = randomUUID();
    const result = await startImport(rig, reviewId, token!, jobId);
    expect(result.imported).toBe(12_000);

    const progress = progressOf(rig, jobId);
    const phases = progress.map(({ phase }) => phase).filter((phase, index, all) => phase !== all[index - 1]);
    expect(phases).toEqual(['reading', 'checking', 'saving']);
    expect(progress.every(({ kind, done, total }) => kind === 'import' && done >= 0 && done <= total)).toBe(true);
    const checking = progress.filter(({ phase }) => phase === 'checking');
    expect(checking.length).toBeGreaterThan(1);
    for (let index = 1; index < checking.length; index++) expect(checking[index]!.done).toBeGreaterThan(checking[index - 1]!.done);
    expect(checking.at(-1)).toMatchObject({ done: 12_000, total: 12_000 });
    expect(progress.at(-1)).toMatchObject({ phase: 'saving', done: 12_000, total: 12_000 });
    expect(endsOf(rig)).toEqual([{ jobId, kind: 'import', outcome: 'done' }]);
  });

  it('cancelled while checking rows: nothing is added, and a second cancel or one after the end is harmless', async () => {
    const { rig } = workspace;
    const reviewId = await addHartwellReview(rig);
    const [token] = await choose(rig, reviewId, largeFile(rig, 30_000));
    const jobId = randomUUID();
    const answers: Array<Promise<{ outcome: string }>> = [];
    onEvent(rig, (event, payload) => {
      // The user presses Cancel as the first rows are checked, then presses it again.
      if (event === 'job:progress' && (payload as JobProgress).phase === 'checking' && answers.length === 0) {
        answers.push(call(rig, 'job:cancel', { jobId }), call(rig, 'job:cancel', { jobId }));
      }
    });

    const error = await startImport(rig, reviewId, token!, jobId).catch((caught: unknown) => caught as { code: string; message: string });
    expect(error).toMatchObject({ code: 'cancelled', message: 'Import cancelled: nothing from the file was added.' });
    expect(await Promise.all(answers)).toEqual([{ outcome: 'cancelling' }, { outcome: 'cancelling' }]);
    expect(progressOf(rig, jobId).some(({ phase }) => phase === 'saving')).toBe(false);
    expect(endsOf(rig)).toEqual([{ jobId, kind: 'import', outcome: 'cancelled' }]);

    expect((await call(rig, 'chronology:list', { reviewId, anonymised: false })).total).toBe(0);
    expect(await call(rig, 'chronology:submissions', { reviewId })).toEqual([]);
    expect(await call(rig, 'chronology:rejected', { reviewId })).toEqual([]);

    expect(await call(rig, 'job:cancel', { jobId })).toEqual({ outcome: 'finished' });
    expect(await call(rig, 'job:cancel', { jobId: randomUUID() })).toEqual({ outcome: 'unknown' });
    expect(endsOf(rig)).toHaveLength(1);
  });

  it('a cancel after the import finished changes nothing: the entries stay', async () => {
    const { rig } = workspace;
    const reviewId = await addHartwellReview(rig);
    const [token] = await choose(rig, reviewId, largeFile(rig, 50));
    const jobId = randomUUID();
    await startImport(rig, reviewId, token!, jobId);
    expect(await call(rig, 'job:cancel', { jobId })).toEqual({ outcome: 'finished' });
    expect((await call(rig, 'chronology:list', { reviewId, anonymised: false })).total).toBe(50);
  });

  it('refuses a second import of a file already being imported, however it was chosen, and allows it once the first is over', async () => {
    const { rig } = workspace;
    const reviewId = await addHartwellReview(rig);
    const file = largeFile(rig, 20_000);
    const [token] = await choose(rig, reviewId, file);
    const [again] = await choose(rig, reviewId, file);
    const refusals: Array<Promise<{ code: string; message: string }>> = [];
    onEvent(rig, (event, payload) => {
      if (event === 'job:progress' && (payload as JobProgress).phase === 'reading' && refusals.length === 0) {
        const input = { reviewId, headerIndex: 0, mapping: ['date', 'event'], agency: 'Probation', saveFormat: false };
        refusals.push(failure(rig, 'chronology:import', { ...input, token }), failure(rig, 'chronology:import', { ...input, token: again }));
      }
    });

    const first = await startImport(rig, reviewId, token!);
    expect(first.imported).toBe(20_000);
    const busy = 'An import of this file is already running. Wait for it to finish, or cancel it, then try again.';
    expect(await Promise.all(refusals)).toEqual([
      { code: 'busy', message: busy },
      { code: 'busy', message: busy },
    ]);
    // Refused before it started: the refused imports never became jobs.
    expect(endsOf(rig)).toHaveLength(1);
    expect((await call(rig, 'chronology:list', { reviewId, anonymised: false })).total).toBe(20_000);

    // The same file once more is refused as already imported unless asked for (same-file.test.ts).
    await call(rig, 'chronology:import', { reviewId, token: again!, headerIndex: 0, mapping: ['date', 'event'], agency: 'Probation', jobId: randomUUID(), saveFormat: false, again: true });
    expect((await call(rig, 'chronology:list', { reviewId, anonymised: false })).total).toBe(40_000);
  });
});
