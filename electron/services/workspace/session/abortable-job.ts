/**
 * A job that also stops when the session asks it to (locking the workspace cancels a
 * re-encryption), reporting progress through the job it wraps.
 */
import { cancelledError, type Job } from '../../jobs';

export function abortableJob(job: Job, stop: AbortSignal): Job {
  const signal = AbortSignal.any([job.signal, stop]);
  const throwIfCancelled = () => {
    if (signal.aborted) throw cancelledError(job.kind);
  };
  return {
    id: job.id,
    kind: job.kind,
    signal,
    progress: (phase, done, total) => job.progress(phase, done, total),
    throwIfCancelled,
    pause: async () => {
      await job.pause();
      throwIfCancelled();
    },
  };
}
