/** The reviews register's channels (reviews, the rapid-review decision, escalations) and the people register's. */
import type { HandlersOf } from './types';
import {
  addEscalation,
  addPerson,
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
} from '../reviews';
import type { PeopleChannel, ReviewChannel } from '../../../shared/ipc/contract';
import type { Kernel } from '../kernel';

export function reviewHandlers(context: Kernel): HandlersOf<ReviewChannel> {
  return {
    'review:list': () => listReviews(context),
    'review:get': ({ id }) => getReviewDetail(context, id),
    'review:create': (input) => createReview(context, input),
    'review:update': (patch) => updateReview(context, patch),
    'review:set-status': (input) => setReviewStatus(context, input),
    'review:record-decision': (input) => recordDecision(context, input),
    'review:log-copy': (input) => logCopy(context, input),
    'escalation:list': ({ reviewId }) => listEscalations(context, reviewId),
    'escalation:add': (input) => addEscalation(context, input),
    'escalation:update': (patch) => updateEscalation(context, patch),
  };
}

export function peopleHandlers(context: Kernel): HandlersOf<PeopleChannel> {
  return {
    'people:list': ({ reviewId }) => listPeople(context, reviewId),
    'people:add': (input) => addPerson(context, input),
    'people:update': (patch) => updatePerson(context, patch),
    'people:remove': ({ id }) => removePerson(context, id),
    'people:suggest-pseudonym': (input) => suggestFor(context, input),
  };
}
