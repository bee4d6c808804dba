/** Cancelling a running job; its progress arrives as the `job:progress` and `job:ended` events. */
import { z } from 'zod';
import { channel } from '../ipc/channel';
import { jobIdSchema, type CancelOutcome } from '.';

const cancelInput = z.object({ jobId: jobIdSchema }).strict();

export const jobChannels = {
  /** Harmless twice, or after the job ended: the answer says which. */
  'job:cancel': channel<typeof cancelInput, { outcome: CancelOutcome }>(cancelInput),
};
