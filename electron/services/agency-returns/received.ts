/**
 * A chronology imported for an agency answers that agency's chronology request in the review:
 * the open request is marked received on the day of the import and linked to the submission. A
 * corrected file for a request already received is linked too, and changes nothing else.
 */
import { audit, type Db, type Kernel, type SubmissionImported } from '../kernel';
import { isOpen } from '../../../shared/agency-returns/model';
import { linkSubmission, listRequests, updateRequestFields } from './request-repository';

/** "The Police", "police " and "Police" are one agency; anything else is not guessed at. */
export function sameAgency(a: string, b: string): boolean {
  const fold = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ').replace(/^the /, '');
  return fold(a) === fold(b);
}

/** The kernel's submission-imported hook (inside the import's write): the request it answered, or null when none asked for it. */
export function answerRequest(kernel: Kernel, db: Db, { reviewId, agency, submissionId }: SubmissionImported): { requestId: string } | null {
  const asked = listRequests(db, reviewId).filter((request) => request.asks.includes('chronology') && sameAgency(request.agency, agency));
  const open = asked.find((request) => isOpen(request.status));
  const answered = open ?? asked.find((request) => request.status === 'received');
  if (!answered) return null;
  linkSubmission(db, answered.id, submissionId);
  if (open) {
    updateRequestFields(db, open.id, { status: 'received', closedOn: kernel.deadlines.today() }, kernel.now().toISOString());
    audit(kernel, 'agency-request.received', 'agency-request', open.id);
  }
  return { requestId: answered.id };
}
