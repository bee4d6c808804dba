/** Cancelling a job; the jobs themselves start from their own domain's channels. */
import type { JobChannel } from '../../../shared/ipc/contract';
import type { Jobs } from '../jobs';
import type { HandlersOf } from './types';

export function jobHandlers(jobs: Jobs): HandlersOf<JobChannel> {
  return {
    'job:cancel': ({ jobId }) => ({ outcome: jobs.cancel(jobId) }),
  };
}
