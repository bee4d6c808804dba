/** The built-in rule sets; `local` is the default. */
import { AppError } from '../../errors';
import { local } from './local';
import { reviewTypeLabels, type DeadlineInput, type ReviewType, type RuleSet } from './model';
import { wt2018 } from './wt2018';
import { wt2023 } from './wt2023';

export const builtInRuleSets: readonly RuleSet[] = [local, wt2018, wt2023];
export const defaultRuleSetId = 'local';

export function getRuleSet(id: string, ruleSets: readonly RuleSet[] = builtInRuleSets): RuleSet {
  const found = ruleSets.find((set) => set.id === id);
  if (found) return found;
  const known = ruleSets.map((set) => (set.id === defaultRuleSetId ? `${set.id} (the default)` : set.id)).join(', ');
  throw new AppError('validation', `Unknown rule set "${id}". Use one of: ${known}.`);
}

/** The review types a rule set has clocks for, in the order of `reviewTypeLabels`. */
export function reviewTypesOf(ruleSet: RuleSet): ReviewType[] {
  const covered = new Set(ruleSet.rules.flatMap((rule) => rule.reviewTypes));
  return (Object.keys(reviewTypeLabels) as ReviewType[]).filter((type) => covered.has(type));
}

/** The dates that can start a clock for this review type under this rule set. */
export function inputsFor(ruleSet: RuleSet, reviewType: ReviewType): DeadlineInput[] {
  const inputs = ruleSet.rules.filter((rule) => rule.reviewTypes.includes(reviewType)).flatMap((rule) => rule.from);
  return [...new Set(inputs)];
}

export { local, wt2018, wt2023 };
