/**
 * The vocabulary of the rule sets: review types, the dates a clock can start from, deadline ids,
 * and the shape of a rule. Rule sets are data (local.ts, wt2018.ts, wt2023.ts) validated by
 * `ruleSetSchema`, so a partnership's own plan can later be loaded the same way.
 */
import { z } from 'zod';

/** Review types that have clocks (the reviews register maps its own types onto these). */
export const reviewTypes = ['rapid-review', 'lcspr', 'sar', 'dhr', 'escalation'] as const;
export type ReviewType = (typeof reviewTypes)[number];

export const reviewTypeLabels: Record<ReviewType, string> = {
  'rapid-review': 'serious incident notification and rapid review',
  lcspr: 'local child safeguarding practice review (LCSPR)',
  sar: 'safeguarding adults review (SAR)',
  dhr: 'domestic homicide review (DHR)',
  escalation: 'escalation (case resolution)',
};

/** The key dates a clock can count from (or back from). */
export const deadlineInputs = ['aware', 'notified', 'decision', 'referral', 'publication', 'stage1', 'stage2', 'stage3'] as const;
export type DeadlineInput = (typeof deadlineInputs)[number];

/** How a rule's description names its starting point: "5 working days from <phrase>". */
export const inputPhrases: Record<DeadlineInput, string> = {
  aware: 'becoming aware of the incident',
  notified: 'the notification being sent',
  decision: 'the decision to review',
  referral: 'the referral',
  publication: 'the planned publication date',
  stage1: 'the date raised at stage 1 (practitioner to practitioner)',
  stage2: 'the date raised at stage 2 (manager to manager)',
  stage3: 'the date raised at stage 3 (senior leads)',
};

/** How an error message names the date. */
export const inputLabels: Record<DeadlineInput, string> = {
  aware: 'the awareness date',
  notified: 'the notification date',
  decision: 'the decision date',
  referral: 'the referral date',
  publication: 'the planned publication date',
  stage1: 'the date raised at stage 1',
  stage2: 'the date raised at stage 2',
  stage3: 'the date raised at stage 3',
};

/**
 * Dates that happen in this order when present (equal is fine): a notification is not sent
 * before awareness, a decision is not taken before the notification or referral, and so on.
 * A missing date is skipped, so aware → decision is still checked without a notification date.
 */
export const inputOrder: readonly (readonly DeadlineInput[])[] = [
  ['aware', 'notified', 'decision', 'publication'],
  ['referral', 'decision'],
  ['stage1', 'stage2', 'stage3'],
];

/** Stable ids: stored with reviews and shown in the CLI's JSON, so never renamed. */
export const deadlineIds = [
  'notification',
  'rapid-review',
  'lcspr',
  'publication-notice',
  'sar-completion',
  'dhr-decision',
  'dhr-overview',
  'escalation-stage-1',
  'escalation-stage-2',
  'escalation-stage-3',
  'looked-after-notice',
  'agency-summary',
  'agency-report',
] as const;
export type DeadlineId = (typeof deadlineIds)[number];

/**
 * Who receives the final report before publication. One phrase, used by the deadline's label and
 * by the LCSPR terms-of-reference template (a test holds them together), so the two never differ.
 */
export const publicationNoticeRecipients = 'the Child Safeguarding Practice Review Panel, the Secretary of State (through the Department for Education) and Ofsted';

export const deadlineLabels: Record<DeadlineId, string> = {
  notification: 'Notify the national Panel and Ofsted',
  'rapid-review': 'Complete the rapid review',
  lcspr: 'LCSPR report ready for publication',
  'publication-notice': `Send the final report to ${publicationNoticeRecipients} before publication`,
  'sar-completion': 'Complete the SAR',
  'dhr-decision': 'Decide whether to hold a DHR',
  'dhr-overview': 'DHR overview report',
  'escalation-stage-1': 'Stage 1 action (practitioner to practitioner)',
  'escalation-stage-2': 'Stage 2 action (manager to manager)',
  'escalation-stage-3': 'Stage 3 action (senior leads)',
  'looked-after-notice': 'Notify the Secretary of State and Ofsted (the child was looked after)',
  'agency-summary': 'Agency summaries due',
  'agency-report': 'Agency reports (IMRs) and chronologies due',
};

/** Facts about a review that switch a rule on: a rule with `when` applies only when its fact is true. */
export const ruleConditions = ['looked-after'] as const;
export type RuleCondition = (typeof ruleConditions)[number];

export const ruleSchema = z.object({
  id: z.enum(deadlineIds),
  /** The review types this deadline belongs to. */
  reviewTypes: z.array(z.enum(reviewTypes)).min(1),
  /** What it counts from: the first of these dates that is given (later ones are fallbacks). */
  from: z.array(z.enum(deadlineInputs)).min(1),
  amount: z.number().int().positive(),
  unit: z.enum(['working-days', 'months']),
  direction: z.enum(['after', 'before']),
  /** Applies only when the review has this fact (e.g. the child was looked after). */
  when: z.enum(ruleConditions).optional(),
  /** Where the rule comes from, cited as a user would; one whose reading is uncertain ends "Confirm this against your partnership’s procedure." */
  source: z.string().min(1),
});

export const ruleSetSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens'),
    title: z.string().min(1),
    /** The document as a whole, e.g. "Working Together to Safeguard Children 2018". */
    source: z.string().min(1),
    rules: z.array(ruleSchema).min(1),
  })
  .superRefine((set, context) => {
    const seen = new Set<string>();
    for (const [index, rule] of set.rules.entries()) {
      if (seen.has(rule.id)) context.addIssue({ code: 'custom', path: ['rules', index, 'id'], message: `deadline "${rule.id}" appears twice` });
      seen.add(rule.id);
    }
  });

export type DeadlineRule = z.infer<typeof ruleSchema>;
export type RuleSet = z.infer<typeof ruleSetSchema>;
