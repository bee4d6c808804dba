/** The job runner every long operation uses: progress, cancel (twice, late), and refusing overlaps. */
import { describe, expect, it } from 'vitest';
import { Jobs, type Job } from '../../../electron/services/jobs';
import type { EventName } from '../../../shared/ipc/contract';

function jobs() {
  const events: Array<{ event: EventName; payload: Record<string, unknown> }> = [];
  return { events, jobs: new Jobs((event, payload) => void events.push({ event, payload: payload as Record<string, unknown> })) };
}

const id = '6f1c2b7e-8d4a-4f3b-9c2e-1a2b3c4d5e6f';

describe('jobs', () => {
  it('reports progress at most about a hundred times, in order, then one end', async () => {
    const { jobs: runner, events } = jobs();
    await runner.run({ id, kind: 'import' }, async (job) => {
      for (let done = 0; done <= 25_000; done++) job.progress('checking', done, 25_000);
      job.progress('saving', 0, 25_000);
      job.progress('saving', 25_000, 25_000);
    });
    const progress = events.filter((item) => item.event === 'job:progress').map((item) => item.payload);
    expect(progress.length).toBeLessThanOrEqual(105);
    expect(progress[0]).toEqual({ jobId: id, kind: 'import', phase: 'checking', done: 0, total: 25_000 });
    expect(progress.at(-1)).toEqual({ jobId: id, kind: 'import', phase: 'saving', done: 25_000, total: 25_000 });
    const checking = progress.filter((item) => item.phase === 'checking').map((item) => item.done as number);
    expect(checking).toEqual([...checking].sort((a, b) => a - b));
    expect(checking.at(-1)).toBe(25_000);
    expect(events.at(-1)).toEqual({ event: 'job:ended', payload: { jobId: id, kind: 'import', outcome: 'done' } });
  });

  it('cancel stops the work with the kind’s message; twice is harmless; after the end says finished', async () => {
    const { jobs: runner, events } = jobs();
    let seen: Job | undefined;
    const running = runner.run({ id, kind: 'export' }, async (job) => {
      seen = job;
      for (;;) await job.pause();
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(runner.cancel(id)).toBe('cancelling');
    expect(runner.cancel(id)).toBe('cancelling');
    await expect(running).rejects.toMatchObject({ code: 'cancelled', message: 'Export cancelled: no file was written.' });
    expect(seen?.signal.aborted).toBe(true);
    expect(runner.cancel(id)).toBe('finished');
    expect(runner.cancel('00000000-0000-4000-8000-000000000000')).toBe('unknown');
    expect(events.at(-1)).toEqual({ event: 'job:ended', payload: { jobId: id, kind: 'export', outcome: 'cancelled' } });
  });

  it('refuses a second job on the same thing while the first runs, naming it, and allows it after', async () => {
    const { jobs: runner } = jobs();
    let release!: () => void;
    const first = runner.run({ kind: 'import', exclusive: 'file:/tmp/gp.csv', describes: 'An import of gp.csv' }, () => new Promise<void>((resolve) => (release = resolve)));
    await expect(runner.run({ kind: 'import', exclusive: 'file:/tmp/gp.csv' }, async () => 'second')).rejects.toMatchObject({
      code: 'busy',
      message: 'An import of gp.csv is already running. Wait for it to finish, or cancel it, then try again.',
    });
    await expect(runner.run({ kind: 'import', exclusive: 'file:/tmp/school.csv' }, async () => 'other file')).resolves.toBe('other file');
    release();
    await first;
    await expect(runner.run({ kind: 'import', exclusive: 'file:/tmp/gp.csv' }, async () => 'again')).resolves.toBe('again');
  });

  it('refuses a job id used before, so a repeated request cannot run twice', async () => {
    const { jobs: runner } = jobs();
    await runner.run({ id, kind: 'backup' }, async () => undefined);
    await expect(runner.run({ id, kind: 'backup' }, async () => undefined)).rejects.toMatchObject({ code: 'validation' });
  });

  it('locking cancels the kinds it names and leaves the others running', async () => {
    const { jobs: runner } = jobs();
    const importing = runner.run({ kind: 'import' }, async (job) => {
      for (;;) await job.pause();
    });
    let restored = false;
    const restoring = runner.run({ kind: 'restore' }, async (job) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      job.throwIfCancelled();
      restored = true;
    });
    runner.cancelKinds(['import', 'export', 'duplicates']);
    await expect(importing).rejects.toMatchObject({ code: 'cancelled' });
    await restoring;
    expect(restored).toBe(true);
  });
});
