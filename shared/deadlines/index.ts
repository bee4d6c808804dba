/**
 * The statutory deadline engine: calendar dates, England and Wales bank holidays, working-day
 * arithmetic and the rule sets (Working Together 2018 and 2023, the partnership's own plan).
 * Pure TypeScript: callers pass the bank holidays in (electron/services/deadlines loads them).
 */
export * from './local-date';
export * from './bank-holidays';
export * from './working-days';
export * from './compute';
export * from './rules/model';
export { builtInRuleSets, defaultRuleSetId, getRuleSet, inputsFor, local, reviewTypesOf, wt2018, wt2023 } from './rules';
