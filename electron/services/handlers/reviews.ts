/** The reviews register's channels: reviews, the rapid-review decision, people, escalations. */
import type { HandlersOf } from '.';
import type { Ports } from '../ports';
import {
  addEscalation,
  addPerson,
  createRegisterContext,
  createReview,
  getReviewDetail,
  listEscalations,
  listPeople,
  listReviews,
  logCopy,
  recordDecision,
  removePerson,
  setReviewStatus,
  suggestFor,
  updateEscalation,
  updatePerson,
  updateReview,
  type RegisterContext,
} from '../reviews';
import type { WorkspaceSession } from '../workspace/session/session';

type ReviewChannels =
  | 'review:list'
  | 'review:get'
  | 'review:create'
  | 'review:update'
  | 'review:set-status'
  | 'review:record-decision'
  | 'review:log-copy'
  | 'people:list'
  | 'people:add'
  | 'people:update'
  | 'people:remove'
  | 'people:suggest-pseudonym'
  | 'escalation:list'
  | 'escalation:add'
  | 'escalation:update';

export function reviewHandlers(session: WorkspaceSession, ports: Ports, context: RegisterContext = createRegisterContext(session, () => ports.timers.now())): HandlersOf<ReviewChannels> {
  return {
    'review:list': () => listReviews(context),
    'review:get': ({ id }) => getReviewDetail(context, id),
    'review:create': (input) => createReview(context, input),
    'review:update': (patch) => updateReview(context, patch),
    'review:set-status': (input) => setReviewStatus(context, input),
    'review:record-decision': (input) => recordDecision(context, input),
    'review:log-copy': (input) => logCopy(context, input),
    'people:list': ({ reviewId }) => listPeople(context, reviewId),
    'people:add': (input) => addPerson(context, input),
    'people:update': (patch) => updatePerson(context, patch),
    'people:remove': ({ id }) => removePerson(context, id),
    'people:suggest-pseudonym': (input) => suggestFor(context, input),
    'escalation:list': ({ reviewId }) => listEscalations(context, reviewId),
    'escalation:add': (input) => addEscalation(context, input),
    'escalation:update': (patch) => updateEscalation(context, patch),
  };
}
