/** The reviews register: reviews, the rapid-review decision, people and pseudonyms, escalations. */
export { createReview, getReviewDetail, listReviews, setReviewStatus, updateReview } from './review-service';
export { logCopy, recordDecision } from './decision-service';
export { addPerson, listPeople, removePerson, suggestFor, updatePerson } from './people-service';
export { addEscalation, listEscalations, updateEscalation } from './escalation-service';
