/**
 * Long operations running in the core (an import, an export, likely duplicates, a backup…): what
 * each is doing, how far it has got, and Cancel. The core reports every job (`job:progress`,
 * `job:ended`); a screen that starts one names it first (`asJob`), and may show it in place
 * instead of in the jobs panel (the import wizard does). A job's name can hold a file name, so
 * everything goes on lock.
 */
import { create } from 'zustand';
import type { JobEnded, JobKind, JobPhase, JobProgress } from '../../../shared/jobs';
import { call, subscribe } from '../../lib/api';
import { notifyError } from '../../lib/notify';
import { resetOnLock } from '../../lib/reset-on-lock';
import { kindWords } from './words';

export interface JobView {
  jobId: string;
  kind: JobKind;
  /** "Exporting the PDF". */
  label: string;
  /** Null until the core reports the job running. */
  phase: JobPhase | null;
  done: number;
  total: number;
  /** Cancel was pressed; the job ends when the core next checks. */
  cancelling: boolean;
  /** Shown by the screen that started it, not in the panel. */
  inPlace: boolean;
}

interface JobsState {
  /** This window's jobs about to start, and every job the core reports running, in order. */
  jobs: JobView[];
  /** The latest start or end in the panel, said to screen readers (politely). */
  announcement: string;

  /** Follows the core's job events; returns how to stop. Called once, by the panel. */
  listen: () => () => void;
  /** A screen is about to start a job with this id. */
  expect: (job: { jobId: string; kind: JobKind; label: string; inPlace?: boolean }) => void;
  /** The call that ran the job returned: nothing more is shown of it. */
  settle: (jobId: string) => void;
  /** Harmless twice, or once the job is over. */
  cancel: (jobId: string) => Promise<void>;
  heard: (progress: JobProgress) => void;
  ended: (ended: JobEnded) => void;
}

/** Jobs already over: a progress event arriving after the end must not bring one back. */
const over: string[] = [];
function forget(jobId: string): void {
  over.push(jobId);
  if (over.length > 200) over.shift();
}

const endWords: Record<JobEnded['outcome'], string> = { done: 'finished', cancelled: 'cancelled', failed: 'stopped before the end' };

export const useJobs = create<JobsState>()((set, get) => {
  const find = (jobId: string) => get().jobs.find((job) => job.jobId === jobId);
  const patch = (jobId: string, change: Partial<JobView>) => set({ jobs: get().jobs.map((job) => (job.jobId === jobId ? { ...job, ...change } : job)) });
  const drop = (jobId: string) => {
    forget(jobId);
    if (find(jobId)) set({ jobs: get().jobs.filter((job) => job.jobId !== jobId) });
  };

  async function sendCancel(jobId: string): Promise<void> {
    try {
      const { outcome } = await call('job:cancel', { jobId });
      // Already over: its end (or the call that ran it) clears it. Unknown: the core has not
      // started it yet, and the first word of it sends the cancel again.
      if (outcome === 'finished') drop(jobId);
    } catch (error) {
      patch(jobId, { cancelling: false });
      notifyError(error);
    }
  }

  return {
    jobs: [],
    announcement: '',

    listen: () => {
      const stopProgress = subscribe('job:progress', (progress) => get().heard(progress));
      const stopEnded = subscribe('job:ended', (ended) => get().ended(ended));
      return () => {
        stopProgress();
        stopEnded();
      };
    },
    expect: ({ jobId, kind, label, inPlace = false }) => {
      if (find(jobId)) return;
      set({ jobs: [...get().jobs, { jobId, kind, label, phase: null, done: 0, total: 0, cancelling: false, inPlace }] });
    },
    settle: (jobId) => drop(jobId),
    cancel: async (jobId) => {
      const job = find(jobId);
      if (!job || job.cancelling) return;
      patch(jobId, { cancelling: true });
      if (!job.inPlace) set({ announcement: `${job.label}: cancelling…` });
      await sendCancel(jobId);
    },
    heard: ({ jobId, kind, phase, done, total }) => {
      if (over.includes(jobId)) return;
      const job = find(jobId);
      if (!job) {
        const label = kindWords[kind];
        set({ jobs: [...get().jobs, { jobId, kind, label, phase, done, total, cancelling: false, inPlace: false }], announcement: `${label}…` });
        return;
      }
      patch(jobId, { phase, done, total });
      if (job.phase !== null) return;
      if (!job.inPlace) set({ announcement: `${job.label}…` });
      // Cancel was pressed before the core had the job: now it has, send it again.
      if (job.cancelling) void sendCancel(jobId);
    },
    ended: ({ jobId, outcome }) => {
      const job = find(jobId);
      drop(jobId);
      if (job && !job.inPlace && job.phase !== null) set({ announcement: `${job.label}: ${endWords[outcome]}.` });
    },
  };
});

resetOnLock(useJobs, { jobs: [], announcement: '' });

/**
 * Runs `work` as a job this window starts: `work` gets the job's id to pass to the core (and to
 * cancel with). The job is named in the panel, or shown in place by the caller.
 */
export async function asJob<T>(kind: JobKind, label: string, work: (jobId: string) => Promise<T>, options: { inPlace?: boolean } = {}): Promise<T> {
  const jobId = crypto.randomUUID();
  useJobs.getState().expect({ jobId, kind, label, ...options });
  try {
    return await work(jobId);
  } finally {
    useJobs.getState().settle(jobId);
  }
}

export const selectJobs = (state: JobsState) => state.jobs;
export const selectAnnouncement = (state: JobsState) => state.announcement;
export const selectJob = (jobId: string | null) => (state: JobsState) => (jobId === null ? null : (state.jobs.find((job) => job.jobId === jobId) ?? null));
