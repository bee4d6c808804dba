/**
 * The vocabularies of the reviews register: review types, rule sets, key dates, people's roles,
 * rapid-review outcomes and escalation stages, each with the words the user sees.
 * The database checks none of these lists (see migration 0002), so adding an entry here needs no
 * table rebuild.
 */
export const reviewTypes = ['rapid-review', 'lcspr', 'sar', 'dhr', 'multi-agency-audit', 'peer-review'] as const;
export type ReviewType = (typeof reviewTypes)[number];

export const reviewTypeLabels: Record<ReviewType, string> = {
  'rapid-review': 'Serious incident notification and rapid review',
  lcspr: 'Local child safeguarding practice review (LCSPR)',
  sar: 'Safeguarding adults review (SAR)',
  dhr: 'Domestic homicide review (DHR)',
  'multi-agency-audit': 'Multi-agency audit',
  'peer-review': 'Peer review or Section 11 walkabout',
};

/** Which statutory clocks a review follows (DOMAIN.md "Rule sets"); `local` is the partnership's plan. */
export const ruleSetIds = ['local', 'wt2018', 'wt2023'] as const;
export type RuleSetId = (typeof ruleSetIds)[number];
export const defaultRuleSet: RuleSetId = 'local';

export const ruleSetLabels: Record<RuleSetId, string> = {
  local: "The partnership's plan",
  wt2018: 'Working Together 2018',
  wt2023: 'Working Together 2023',
};

/** The key dates of a review, each a plain YYYY-MM-DD day. */
export const keyDateFields = ['aware', 'notified', 'decision', 'referral', 'plannedPublication', 'published'] as const;
export type KeyDateField = (typeof keyDateFields)[number];

/** How each date is named in messages: "the date of the decision (2020-01-02)". */
export const keyDateLabels: Record<KeyDateField, string> = {
  aware: 'the date the local authority became aware of the incident',
  notified: 'the date the notification was sent',
  decision: 'the date of the decision',
  referral: 'the date of the referral',
  plannedPublication: 'the planned publication date',
  published: 'the publication date',
};

export const parallelProcessKinds = ['criminal-proceedings', 'inquest', 'dhr', 'other'] as const;
export type ParallelProcessKind = (typeof parallelProcessKinds)[number];

export const parallelProcessLabels: Record<ParallelProcessKind, string> = {
  'criminal-proceedings': 'Criminal proceedings',
  inquest: 'Inquest',
  dhr: 'Domestic homicide review',
  other: 'Other',
};

export const personRoles = [
  'child',
  'sibling',
  'parent',
  'parents-partner',
  'step-parent',
  'carer',
  'household-adult',
  'other-family',
  'practitioner',
  'other',
] as const;
export type PersonRole = (typeof personRoles)[number];

export const personRoleLabels: Record<PersonRole, string> = {
  child: 'Child',
  sibling: 'Sibling',
  parent: 'Parent',
  'parents-partner': 'Parent’s partner',
  'step-parent': 'Step-parent',
  carer: 'Carer',
  'household-adult': 'Other adult in the household',
  'other-family': 'Other family member',
  practitioner: 'Practitioner',
  other: 'Other',
};

/** The rapid-review outcomes of Wiltshire’s safeguarding plan (2019). */
export const decisionOutcomes = ['a', 'b', 'c'] as const;
export type DecisionOutcome = (typeof decisionOutcomes)[number];

export const decisionOutcomeLabels: Record<DecisionOutcome, string> = {
  a: '(a) Complex or of national significance: the chair links with the national panel',
  b: '(b) Enough learning identified: no further review',
  c: '(c) A local child safeguarding practice review',
};

/** What was copied to the partnership's members (Wiltshire’s safeguarding plan (2019) asks for all three). */
export const copyDocuments = ['notification', 'rapid-review-report', 'decision'] as const;
export type CopyDocument = (typeof copyDocuments)[number];

export const copyDocumentLabels: Record<CopyDocument, string> = {
  notification: 'Serious incident notification',
  'rapid-review-report': 'Rapid review report',
  decision: 'Rapid review decision',
};

/** The case resolution protocol's stages. */
export const escalationStages = [1, 2, 3, 4] as const;
export type EscalationStage = (typeof escalationStages)[number];

export const escalationStageLabels: Record<EscalationStage, string> = {
  1: 'Stage 1: practitioner to practitioner',
  2: 'Stage 2: manager to manager',
  3: 'Stage 3: senior leads',
  4: 'Stage 4: independently chaired meeting',
};
