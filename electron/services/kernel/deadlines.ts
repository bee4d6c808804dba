/**
 * The reviews register's view of the deadline engine (shared/deadlines): a review's deadlines,
 * an escalation stage's due date, and whether a rule set has clocks for a review type.
 *
 * The bank holidays are the table shipped in resources/, bundled into the core so the app, the
 * CLI and the test host all have it without knowing where resources/ is on disk. Loading a newer
 * gov.uk file is a later step: pass a different `holidays` to createDeadlineSource.
 */
import shippedHolidays from '../../../resources/bank-holidays/england-and-wales.json';
import {
  computeDeadlines,
  deadlineLabels,
  getRuleSet,
  parseBankHolidays,
  parseLocalDate,
  reviewTypesOf,
  workingDaysBetween,
  type BankHolidays,
  type ReviewType as ClockType,
} from '../../../shared/deadlines';
import { AppError } from '../../../shared/errors';
import { reviewTypeLabels, ruleSetLabels, type EscalationStage, type ReviewType, type RuleSetId } from '../../../shared/reviews/catalogue';
import type { Review, ReviewDeadline } from '../../../shared/reviews/types';

export interface DeadlineSource {
  /** Every deadline the review's dates allow, or why none could be worked out. */
  forReview(review: Pick<Review, 'type' | 'rules' | 'dates' | 'lookedAfter'>): { deadlines: ReviewDeadline[]; problem: string | null };
  /** The due date of an escalation stage and the rule behind it; null for a stage with no clock. */
  escalationDue(stage: EscalationStage, stageStartedOn: string): { due: string; rule: string } | null;
  /** Refuses a rule set with no clocks for the review type (Working Together has none for a SAR). */
  checkRuleSet(type: ReviewType, rules: RuleSetId): void;
  /** Today on this computer's calendar, YYYY-MM-DD. */
  today(): string;
  /** Working days from `from` to `to`: 0 on the same day, negative when `to` is earlier. Null beyond the bank-holiday table. */
  workingDaysBetween(from: string, to: string): number | null;
}

/** Review types with statutory clocks; audits and peer reviews have none. */
const clockTypes: Record<ReviewType, ClockType | null> = {
  'rapid-review': 'rapid-review',
  lcspr: 'lcspr',
  sar: 'sar',
  dhr: 'dhr',
  'multi-agency-audit': null,
  'peer-review': null,
};

/** The case resolution protocol is the partnership's own, whatever rule set a linked review follows. */
const escalationRuleSet: RuleSetId = 'local';

/**
 * Which recorded date shows a deadline has been met. Publication ends the report clocks; the
 * notice to the Panel is not recorded separately, so it counts as met once the report is out.
 */
const metBy: Record<string, keyof Review['dates']> = {
  notification: 'notified',
  'looked-after-notice': 'notified',
  'agency-summary': 'decision',
  'rapid-review': 'decision',
  'dhr-decision': 'decision',
  lcspr: 'published',
  'sar-completion': 'published',
  'dhr-overview': 'published',
  'publication-notice': 'published',
};

/** How the deadline screen names the date that records a deadline done. */
const recordedWords: Partial<Record<keyof Review['dates'], string>> = {
  notified: 'the date the notification was sent',
  decision: 'the date of the decision',
  published: 'the publication date',
};

export function createDeadlineSource(holidays: () => BankHolidays = shippedBankHolidays, today: () => Date = () => new Date()): DeadlineSource {
  return {
    forReview(review) {
      const type = clockTypes[review.type];
      if (!type || !covers(review.rules, type)) return { deadlines: [], problem: null };
      const { aware, notified, decision, referral, plannedPublication } = review.dates;
      const dates = { aware, notified, decision, referral, publication: plannedPublication };
      try {
        const computed = computeDeadlines({
          reviewType: type,
          ruleSet: review.rules,
          dates: Object.fromEntries(Object.entries(dates).filter((entry): entry is [string, string] => entry[1] !== null)),
          holidays: holidays(),
          facts: { 'looked-after': review.lookedAfter },
        });
        const now = parseLocalDate(localDay(today()));
        return {
          deadlines: computed.map((deadline) => {
            const by = metBy[deadline.id];
            return {
              ...deadline,
              label: deadlineLabels[deadline.id],
              met: by !== undefined && review.dates[by] !== null,
              recordedAs: by === undefined ? null : recordedWords[by] ?? null,
              workingDaysLeft: workingDaysBetween(now, parseLocalDate(deadline.due), holidays()),
            };
          }),
          problem: null,
        };
      } catch (error) {
        // e.g. a date beyond the bank-holiday table: the review still opens, and says why.
        if (error instanceof AppError) return { deadlines: [], problem: error.message };
        throw error;
      }
    },
    escalationDue(stage, stageStartedOn) {
      if (stage === 4) return null;
      try {
        const computed = computeDeadlines({
          reviewType: 'escalation',
          ruleSet: escalationRuleSet,
          dates: { [`stage${stage}`]: stageStartedOn },
          holidays: holidays(),
        });
        const found = computed.find((deadline) => deadline.id === `escalation-stage-${stage}`);
        return found ? { due: found.due, rule: found.rule } : null;
      } catch (error) {
        // Beyond the bank-holiday table: the user enters the due date themselves.
        if (error instanceof AppError) return null;
        throw error;
      }
    },
    today: () => localDay(today()),
    workingDaysBetween(from, to) {
      try {
        return workingDaysBetween(parseLocalDate(from), parseLocalDate(to), holidays());
      } catch (error) {
        if (error instanceof AppError) return null;
        throw error;
      }
    },
    checkRuleSet(type, rules) {
      const clockType = clockTypes[type];
      if (clockType && !covers(rules, clockType)) {
        throw new AppError(
          'validation',
          `${ruleSetLabels[rules]} has no deadlines for a ${reviewTypeLabels[type]}. Use the local rule set (the partnership's plan) for this review.`,
        );
      }
    },
  };
}

function covers(rules: RuleSetId, type: ClockType): boolean {
  return reviewTypesOf(getRuleSet(rules)).includes(type);
}

/** Today as the user's calendar has it: deadlines are days in England, not UTC instants. */
function localDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

let cached: BankHolidays | null = null;

function shippedBankHolidays(): BankHolidays {
  cached ??= parseBankHolidays(shippedHolidays);
  return cached;
}
