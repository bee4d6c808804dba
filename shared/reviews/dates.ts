/**
 * Key dates are plain calendar days (YYYY-MM-DD). Malformed and impossible dates ("2019-02-30")
 * are refused at the boundary; dates that contradict each other (a notification before the
 * incident was known) are refused by the service, on the review as it will be after the edit.
 */
import { z } from 'zod';
import { localDateProblem } from '../deadlines/local-date';
import { keyDateLabels, type KeyDateField } from './catalogue';
import { capitalise } from './text';

/** A YYYY-MM-DD date; `what` names it in the message, e.g. "The date of birth". */
export function localDateSchema(what = 'The date') {
  return z.string().superRefine((value, context) => {
    const problem = localDateProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: `${what} "${value}" ${problem}: write it as YYYY-MM-DD, e.g. 2020-01-02` });
  });
}

export type KeyDates = Record<KeyDateField, string | null>;

export const emptyKeyDates: KeyDates = {
  aware: null,
  notified: null,
  decision: null,
  referral: null,
  plannedPublication: null,
  published: null,
};

/**
 * Pairs that must be in order when both are known: [earlier, later, why]. The same day is fine.
 * They include the deadline engine's own order (aware → notified → decision → planned
 * publication; referral → decision), so a review it accepts always has computable deadlines.
 */
const order: ReadonlyArray<[KeyDateField, KeyDateField, string]> = [
  ['aware', 'notified', 'A notification can only be sent once the incident is known'],
  ['aware', 'decision', 'A decision can only follow the incident becoming known'],
  ['notified', 'decision', 'The decision follows the notification'],
  ['referral', 'decision', 'The decision follows the referral'],
  ['aware', 'plannedPublication', 'Publication is planned after the incident was known'],
  ['notified', 'plannedPublication', 'Publication is planned after the notification'],
  ['decision', 'plannedPublication', 'Publication is planned after the decision to review'],
  ['aware', 'published', 'A report cannot be published before the incident was known'],
  ['notified', 'published', 'A report cannot be published before the notification'],
  ['decision', 'published', 'A report cannot be published before the decision to review'],
];

/** The first contradiction among the dates, as a message for the user, or null. */
export function keyDateProblem(dates: Partial<KeyDates>): string | null {
  for (const [earlier, later, why] of order) {
    const first = dates[earlier];
    const second = dates[later];
    if (first && second && second < first) {
      return `${capitalise(keyDateLabels[later])} (${second}) is before ${keyDateLabels[earlier]} (${first}). ${why}: check both dates.`;
    }
  }
  return null;
}
