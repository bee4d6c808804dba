/**
 * computeDeadlines: a review's key dates + a rule set → every deadline whose starting date is
 * known, each naming the rule and source it came from. Pure: the bank holidays come in as data.
 */
import { AppError } from '../errors';
import type { BankHolidays } from './bank-holidays';
import { addMonths, parseLocalDate, type LocalDate } from './local-date';
import { defaultRuleSetId, getRuleSet, reviewTypesOf } from './rules';
import {
  deadlineInputs,
  inputLabels,
  inputOrder,
  inputPhrases,
  reviewTypeLabels,
  reviewTypes,
  type DeadlineId,
  type DeadlineInput,
  type DeadlineRule,
  type ReviewType,
  type RuleCondition,
  type RuleSet,
} from './rules/model';
import { addWorkingDays, subtractWorkingDays } from './working-days';

export type DeadlineDates = Partial<Record<DeadlineInput, string>>;

export interface ComputeDeadlinesRequest {
  /** One of `reviewTypes` ('rapid-review', 'lcspr', 'sar', 'dhr', 'escalation'). */
  reviewType: string;
  /** A built-in rule set id ('local' when omitted) or a rule set of the partnership's own. */
  ruleSet?: string | RuleSet;
  /** Key dates as `YYYY-MM-DD`; absent or empty ones are skipped. */
  dates: DeadlineDates;
  holidays: BankHolidays;
  /** Facts that switch conditional rules on (a looked-after child's extra notice). */
  facts?: Partial<Record<RuleCondition, boolean>>;
}

export interface Deadline {
  id: DeadlineId;
  due: LocalDate;
  /** "<rule set id>: <what the rule says>", e.g. "local: 5 working days from becoming aware of the incident". */
  rule: string;
  source: string;
}

export function isReviewType(value: string): value is ReviewType {
  return (reviewTypes as readonly string[]).includes(value);
}

export function parseReviewType(value: string): ReviewType {
  if (isReviewType(value)) return value;
  throw new AppError('validation', `Unknown review type "${value}". Use one of: ${reviewTypes.join(', ')}.`);
}

/** Validates and parses the given dates, including their order. Unknown keys are rejected. */
export function parseDeadlineDates(dates: DeadlineDates): Partial<Record<DeadlineInput, LocalDate>> {
  const parsed: Partial<Record<DeadlineInput, LocalDate>> = {};
  for (const [key, value] of Object.entries(dates)) {
    if (!(deadlineInputs as readonly string[]).includes(key)) {
      throw new AppError('validation', `Unknown key date "${key}". Use: ${deadlineInputs.join(', ')}.`);
    }
    if (value === undefined || value === '') continue;
    const input = key as DeadlineInput;
    if (typeof value !== 'string') throw new AppError('validation', `${capitalise(inputLabels[input])} must be a date written YYYY-MM-DD.`);
    parsed[input] = parseLocalDate(value, capitalise(inputLabels[input]));
  }
  for (const chain of inputOrder) {
    let earlier: DeadlineInput | undefined;
    for (const input of chain) {
      const date = parsed[input];
      if (date === undefined) continue;
      const before = earlier && parsed[earlier];
      if (earlier && before && date < before) {
        throw new AppError('validation', `${capitalise(inputLabels[input])} (${date}) is before ${inputLabels[earlier]} (${before}). Check both dates.`);
      }
      earlier = input;
    }
  }
  return parsed;
}

export function computeDeadlines(request: ComputeDeadlinesRequest): Deadline[] {
  const reviewType = parseReviewType(request.reviewType);
  const ruleSet = typeof request.ruleSet === 'object' ? request.ruleSet : getRuleSet(request.ruleSet ?? defaultRuleSetId);
  const covered = reviewTypesOf(ruleSet);
  if (!covered.includes(reviewType)) {
    throw new AppError(
      'validation',
      `The ${ruleSet.id} rule set has no clocks for a ${reviewTypeLabels[reviewType]}; it covers: ${covered.join(', ')}. Use the ${defaultRuleSetId} rule set.`,
    );
  }
  const dates = parseDeadlineDates(request.dates);
  const deadlines: Deadline[] = [];
  for (const rule of ruleSet.rules) {
    if (!rule.reviewTypes.includes(reviewType)) continue;
    if (rule.when && !request.facts?.[rule.when]) continue;
    const start = rule.from.find((input) => dates[input] !== undefined);
    if (start === undefined) continue;
    deadlines.push({
      id: rule.id,
      due: applyRule(rule, dates[start] as LocalDate, request.holidays),
      rule: `${ruleSet.id}: ${describeRule(rule, start)}`,
      source: rule.source,
    });
  }
  return deadlines;
}

export function applyRule(rule: DeadlineRule, start: LocalDate, holidays: BankHolidays): LocalDate {
  const sign = rule.direction === 'after' ? 1 : -1;
  if (rule.unit === 'months') return addMonths(start, sign * rule.amount);
  return sign > 0 ? addWorkingDays(start, rule.amount, holidays) : subtractWorkingDays(start, rule.amount, holidays);
}

/** "5 working days from becoming aware of the incident", "6 months from the referral (no decision date given)". */
export function describeRule(rule: DeadlineRule, start: DeadlineInput = rule.from[0] as DeadlineInput): string {
  const unit = rule.unit === 'months' ? (rule.amount === 1 ? 'month' : 'months') : rule.amount === 1 ? 'working day' : 'working days';
  const preposition = rule.direction === 'after' ? 'from' : 'before';
  const skipped = rule.from.slice(0, rule.from.indexOf(start));
  const fallback = skipped.length ? ` (no ${skipped.map((input) => inputLabels[input].replace(/^the /, '')).join(' or ')} given)` : '';
  return `${rule.amount} ${unit} ${preposition} ${inputPhrases[start]}${fallback}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
