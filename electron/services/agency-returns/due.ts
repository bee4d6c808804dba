/**
 * When an agency's return is due, and where that date comes from:
 * - typed on the request: it wins, and says "Entered by hand";
 * - a rapid review's summary, chronology or information: the review's `agency-summary` deadline
 *   (10 working days after the notification in the partnership's plan and Working Together 2023);
 * - an LCSPR, SAR or DHR, or an agency report in any review: the terms of reference's milestone
 *   for agency reports or chronologies (`agency-report`), from the signed-off terms when there are.
 * Nothing is invented: with no rule and no milestone the due date stays empty until typed.
 */
import { deadlineLabels } from '../../../shared/deadlines';
import type { RequestAsk } from '../../../shared/agency-returns/model';
import type { Review } from '../../../shared/reviews/types';
import type { Kernel, Db } from '../kernel';
import { termsInForce } from '../terms';

export const enteredRule = 'Entered by hand';

export interface DueDate {
  due: string | null;
  dueRule: string | null;
  dueEntered: boolean;
}

/** A milestone named for agency reports, IMRs or chronologies. */
const reportMilestone = /\b(agency reports?|imrs?|individual management reviews?|chronolog(y|ies)|agency returns?|agency submissions?)\b/i;

export function dueDate(kernel: Kernel, db: Db, review: Review, asks: readonly RequestAsk[], entered: string | null): DueDate {
  if (entered) return { due: entered, dueRule: enteredRule, dueEntered: true };
  if (review.type === 'rapid-review' && !asks.includes('report')) {
    const deadline = kernel.deadlines.forReview(review).deadlines.find((candidate) => candidate.id === 'agency-summary');
    if (deadline) return { due: deadline.due, dueRule: `${deadline.rule.replace(/^[a-z0-9-]+: /, '')}. ${deadline.source}`, dueEntered: false };
    return { due: null, dueRule: null, dueEntered: false };
  }
  const milestone = termsInForce(db, review.id)?.fields.milestones.find((candidate) => candidate.due && reportMilestone.test(candidate.label));
  if (milestone?.due) {
    return { due: milestone.due, dueRule: `${deadlineLabels['agency-report']}: the terms of reference’s milestone “${milestone.label}”.`, dueEntered: false };
  }
  return { due: null, dueRule: null, dueEntered: false };
}
