/**
 * The jobs store behind the jobs panel: jobs the core reports, named by the screen that started
 * them, in words; Cancel before the core has the job, twice, or after the end; nothing left
 * behind when a job ends, when its call returns, or when the workspace locks.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { JobProgress } from '../../../../shared/jobs';

const api = vi.hoisted(() => ({ call: vi.fn(), subscribe: vi.fn() }));
vi.mock('../../../../renderer/lib/api', () => api);

const { asJob, useJobs } = await import('../../../../renderer/features/jobs/store');
const { jobInWords, cancelName } = await import('../../../../renderer/features/jobs/words');
const { dropWorkspaceData } = await import('../../../../renderer/lib/reset-on-lock');

let jobNumber = 0;
const newId = () => `00000000-0000-4000-8000-${String(++jobNumber).padStart(12, '0')}`;
const progress = (jobId: string, change: Partial<JobProgress> = {}): JobProgress => ({ jobId, kind: 'export', phase: 'rendering', done: 40, total: 100, ...change });
const state = () => useJobs.getState();
const job = (jobId: string) => state().jobs.find((each) => each.jobId === jobId);

beforeEach(() => {
  api.call.mockReset();
  api.subscribe.mockReset();
  useJobs.setState(useJobs.getInitialState(), true);
});

describe('a job in words', () => {
  it('names the job and says what it is doing and how far it has got', () => {
    expect(jobInWords('Importing the file', { phase: 'checking', done: 12_000, total: 25_000 })).toBe('Importing the file — checking rows 12,000 of 25,000');
    expect(jobInWords('Exporting the PDF', { phase: 'rendering', done: 40, total: 472 })).toBe('Exporting the PDF — laying out the pages (8%)');
    expect(jobInWords('Exporting the PDF', { phase: 'checking-file', done: 40, total: 472 })).toBe('Exporting the PDF — checking the finished file, page 40 of 472');
    expect(jobInWords('Exporting the PDF', { phase: 'writing', done: 0, total: 1 })).toBe('Exporting the PDF — saving the file');
    expect(jobInWords('Exporting the PDF', null)).toBe('Exporting the PDF…');
    expect(cancelName('Exporting the PDF')).toBe('Cancel exporting the PDF');
  });
});

describe('the jobs store', () => {
  it('follows the core’s events once listening, and stops when told', () => {
    const stops = [vi.fn(), vi.fn()];
    api.subscribe.mockReturnValueOnce(stops[0]).mockReturnValueOnce(stops[1]);
    const stop = state().listen();
    expect(api.subscribe.mock.calls.map(([event]) => event)).toEqual(['job:progress', 'job:ended']);
    const [[, onProgress], [, onEnded]] = api.subscribe.mock.calls as [[string, (payload: unknown) => void], [string, (payload: unknown) => void]];
    const jobId = newId();
    onProgress(progress(jobId));
    expect(job(jobId)).toMatchObject({ phase: 'rendering', done: 40, total: 100 });
    onEnded({ jobId, kind: 'export', outcome: 'done' });
    expect(job(jobId)).toBeUndefined();
    stop();
    expect(stops[0]).toHaveBeenCalled();
    expect(stops[1]).toHaveBeenCalled();
  });

  it('names a job by what the screen that started it called it, and says when it starts and ends', () => {
    const jobId = newId();
    state().expect({ jobId, kind: 'export', label: 'Exporting the PDF' });
    expect(job(jobId)).toMatchObject({ label: 'Exporting the PDF', phase: null });
    expect(state().announcement).toBe('');
    state().heard(progress(jobId));
    expect(job(jobId)).toMatchObject({ label: 'Exporting the PDF', phase: 'rendering', done: 40, total: 100 });
    expect(state().announcement).toBe('Exporting the PDF…');
    state().ended({ jobId, kind: 'export', outcome: 'cancelled' });
    expect(state().jobs).toEqual([]);
    expect(state().announcement).toBe('Exporting the PDF: cancelled.');
  });

  it('calls a job it was not told about by its kind, and says nothing of a job shown in place', () => {
    const other = newId();
    state().heard(progress(other, { kind: 'backup', phase: 'copying' }));
    expect(job(other)).toMatchObject({ label: 'Backing up the workspace', inPlace: false });
    const imported = newId();
    state().expect({ jobId: imported, kind: 'import', label: 'Importing gp.csv', inPlace: true });
    state().heard(progress(imported, { kind: 'import', phase: 'checking' }));
    state().ended({ jobId: imported, kind: 'import', outcome: 'done' });
    expect(state().announcement).toBe('Backing up the workspace…');
  });

  it('a progress report arriving after the end does not bring the job back', () => {
    const jobId = newId();
    state().heard(progress(jobId));
    state().ended({ jobId, kind: 'export', outcome: 'done' });
    state().heard(progress(jobId, { done: 90 }));
    expect(state().jobs).toEqual([]);
  });

  it('cancels once however often Cancel is pressed', async () => {
    const jobId = newId();
    state().heard(progress(jobId));
    api.call.mockResolvedValue({ outcome: 'cancelling' });
    await Promise.all([state().cancel(jobId), state().cancel(jobId)]);
    expect(api.call.mock.calls).toEqual([['job:cancel', { jobId }]]);
    expect(job(jobId)).toMatchObject({ cancelling: true });
    expect(state().announcement).toBe('Exporting a file: cancelling…');
  });

  it('a cancel pressed before the core had the job is sent again when the core reports it', async () => {
    const jobId = newId();
    state().expect({ jobId, kind: 'import', label: 'Importing gp.csv', inPlace: true });
    api.call.mockResolvedValueOnce({ outcome: 'unknown' }).mockResolvedValueOnce({ outcome: 'cancelling' });
    await state().cancel(jobId);
    expect(job(jobId)).toMatchObject({ cancelling: true, phase: null });
    state().heard(progress(jobId, { kind: 'import', phase: 'reading', done: 0, total: 1 }));
    await vi.waitFor(() => expect(api.call).toHaveBeenCalledTimes(2));
    expect(api.call.mock.calls).toEqual([
      ['job:cancel', { jobId }],
      ['job:cancel', { jobId }],
    ]);
  });

  it('a cancel after the job finished clears it', async () => {
    const jobId = newId();
    state().heard(progress(jobId));
    api.call.mockResolvedValue({ outcome: 'finished' });
    await state().cancel(jobId);
    expect(state().jobs).toEqual([]);
  });

  it('a cancel the core could not take is undone, and the problem shown', async () => {
    const jobId = newId();
    state().heard(progress(jobId));
    api.call.mockRejectedValue(new Error('offline'));
    await state().cancel(jobId);
    expect(job(jobId)).toMatchObject({ cancelling: false });
  });

  it('asJob gives the work its job id and forgets the job when the work ends, even when it fails', async () => {
    let seen = '';
    const result = await asJob('duplicates', 'Finding likely duplicates', async (jobId) => {
      seen = jobId;
      expect(job(jobId)).toMatchObject({ kind: 'duplicates', label: 'Finding likely duplicates' });
      return 3;
    });
    expect(result).toBe(3);
    expect(seen).toMatch(/^[0-9a-f-]{36}$/);
    expect(state().jobs).toEqual([]);
    await expect(
      asJob('export', 'Exporting the PDF', () => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(state().jobs).toEqual([]);
  });

  it('keeps nothing once the workspace locks', () => {
    state().expect({ jobId: newId(), kind: 'import', label: 'Importing gp.csv', inPlace: true });
    state().heard(progress(newId()));
    dropWorkspaceData();
    expect(state().jobs).toEqual([]);
    expect(state().announcement).toBe('');
  });
});
