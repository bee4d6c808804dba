/** The reviews register: reviews, the rapid-review decision and escalations. */
import { channel, noInput } from '../ipc/channel';
import {
  escalationAddInput,
  escalationListInput,
  escalationPatchInput,
  idInput,
  logCopyInput,
  recordDecisionInput,
  reviewCreateInput,
  reviewPatchInput,
  setStatusInput,
} from './schemas';
import type { CopySent, Escalation, ReviewDetail, ReviewSummary } from './types';

export const reviewChannels = {
  // The reviews register (issue #4). Each needs an unlocked workspace; updates are field-level
  // patches (only the fields named are written, null clears one). Inputs: shared/reviews/schemas.ts.
  /** Most recently changed first. */
  'review:list': channel<typeof noInput, ReviewSummary[]>(noInput),
  /** The review with its decision, copies log, status history, next moves and deadlines. */
  'review:get': channel<typeof idInput, ReviewDetail>(idInput),
  'review:create': channel<typeof reviewCreateInput, ReviewDetail>(reviewCreateInput),
  'review:update': channel<typeof reviewPatchInput, ReviewDetail>(reviewPatchInput),
  /** One step along the type's lifecycle; `from` is the status the user saw, going back needs a reason. */
  'review:set-status': channel<typeof setStatusInput, ReviewDetail>(setStatusInput),
  /** Rapid reviews: outcome (a), (b) or (c); (c) lets the review move on to "LCSPR commissioned". */
  'review:record-decision': channel<typeof recordDecisionInput, ReviewDetail>(recordDecisionInput),
  'review:log-copy': channel<typeof logCopyInput, CopySent>(logCopyInput),

  /** Newest first; all, or those linked to one review. */
  'escalation:list': channel<typeof escalationListInput, Escalation[]>(escalationListInput),
  /** The stage's due date is worked out from the deadline engine's rule unless one is entered. */
  'escalation:add': channel<typeof escalationAddInput, Escalation>(escalationAddInput),
  'escalation:update': channel<typeof escalationPatchInput, Escalation>(escalationPatchInput),

};
