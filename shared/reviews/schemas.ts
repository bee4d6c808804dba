/**
 * The inputs of the reviews register's IPC channels (and so of the CLI, which calls the same
 * handlers). Every object is strict; an update names only the fields it changes, and `null`
 * clears an optional field.
 */
import { z } from 'zod';
import {
  copyDocuments,
  decisionOutcomes,
  escalationStages,
  keyDateFields,
  parallelProcessKinds,
  personRoles,
  reviewTypes,
  ruleSetIds,
  type KeyDateField,
} from './catalogue';
import { localDateSchema } from './dates';
import { reviewStatuses } from './lifecycle';

/** Text the user typed: trimmed, not empty, with a ceiling. */
const text = (max: number) => z.string().trim().min(1).max(max);
const id = z.string().min(1).max(64);
const list = <T extends z.ZodType>(item: T, max = 100) => z.array(item).max(max);

const keyDateWords: Record<KeyDateField, string> = {
  aware: 'The date of awareness',
  notified: 'The notification date',
  decision: 'The decision date',
  referral: 'The referral date',
  plannedPublication: 'The planned publication date',
  published: 'The publication date',
};

/** Every key date optional; null clears one. */
const keyDatesPatch = z
  .object(Object.fromEntries(keyDateFields.map((field) => [field, localDateSchema(keyDateWords[field]).nullable().optional()])) as Record<
    KeyDateField,
    z.ZodOptional<z.ZodNullable<ReturnType<typeof localDateSchema>>>
  >)
  .strict();

export const reviewerSchema = z.object({ name: text(120), role: text(120).optional() }).strict();
export const panelMemberSchema = z.object({ name: text(120), role: text(120).optional(), agency: text(120).optional() }).strict();
export const parallelProcessSchema = z.object({ kind: z.enum(parallelProcessKinds), note: text(500).optional() }).strict();

const reviewFields = {
  title: text(200),
  subject: text(80),
  rules: z.enum(ruleSetIds),
  lookedAfter: z.boolean(),
  agencies: list(text(120)),
  reviewers: list(reviewerSchema, 20),
  panelMembers: list(panelMemberSchema, 50),
  parallelProcesses: list(parallelProcessSchema, 20),
};

export const reviewCreateInput = z
  .object({
    type: z.enum(reviewTypes),
    title: reviewFields.title,
    subject: reviewFields.subject.optional(),
    rules: reviewFields.rules.optional(),
    lookedAfter: reviewFields.lookedAfter.optional(),
    /** For a review already under way when it is registered; the lifecycle's first status otherwise. */
    status: z.enum(reviewStatuses).optional(),
    dates: keyDatesPatch.optional(),
    agencies: reviewFields.agencies.optional(),
    reviewers: reviewFields.reviewers.optional(),
    panelMembers: reviewFields.panelMembers.optional(),
    parallelProcesses: reviewFields.parallelProcesses.optional(),
  })
  .strict();

/** A field-level patch: only the fields present are written. The type is fixed at creation. */
export const reviewPatchInput = z
  .object({
    id,
    title: reviewFields.title.optional(),
    subject: reviewFields.subject.nullable().optional(),
    rules: reviewFields.rules.optional(),
    lookedAfter: reviewFields.lookedAfter.optional(),
    dates: keyDatesPatch.optional(),
    agencies: reviewFields.agencies.optional(),
    reviewers: reviewFields.reviewers.optional(),
    panelMembers: reviewFields.panelMembers.optional(),
    parallelProcesses: reviewFields.parallelProcesses.optional(),
  })
  .strict();
export type ReviewPatch = z.output<typeof reviewPatchInput>;
export type ReviewCreate = z.output<typeof reviewCreateInput>;

export const idInput = z.object({ id }).strict();
export const reviewIdInput = z.object({ reviewId: id }).strict();

export const setStatusInput = z
  .object({
    id,
    /** The status the user saw: a second click, or a change made elsewhere, is refused rather than applied twice. */
    from: z.enum(reviewStatuses),
    to: z.enum(reviewStatuses),
    reason: text(1000).optional(),
  })
  .strict();

const decisionBase = {
  reviewId: id,
  rationale: text(20_000),
  agreedBy: z.object({ name: text(120), role: text(120) }).strict(),
  agreedOn: localDateSchema('The date the decision was agreed'),
};
export const recordDecisionInput = z.discriminatedUnion('outcome', [
  z.object({ ...decisionBase, outcome: z.literal(decisionOutcomes[0]) }).strict(),
  z.object({ ...decisionBase, outcome: z.literal(decisionOutcomes[1]) }).strict(),
  z.object({ ...decisionBase, outcome: z.literal(decisionOutcomes[2]), methodology: text(500), indicativeTermsOfReference: text(50_000) }).strict(),
]);
export type DecisionInput = z.output<typeof recordDecisionInput>;

export const logCopyInput = z
  .object({ reviewId: id, document: z.enum(copyDocuments), sentTo: text(200), sentOn: localDateSchema('The date it was sent'), note: text(500).optional() })
  .strict();

const personFields = {
  name: text(200),
  role: z.enum(personRoles),
  relationship: text(80),
  practitionerRole: text(80),
  agency: text(120),
  dateOfBirth: localDateSchema('The date of birth'),
  pseudonym: text(80),
  aliases: list(text(200), 50),
};

export const personAddInput = z
  .object({
    reviewId: id,
    name: personFields.name,
    role: personFields.role,
    relationship: personFields.relationship.optional(),
    practitionerRole: personFields.practitionerRole.optional(),
    agency: personFields.agency.optional(),
    dateOfBirth: personFields.dateOfBirth.optional(),
    /** Suggested when absent. */
    pseudonym: personFields.pseudonym.optional(),
    aliases: personFields.aliases.optional(),
  })
  .strict();
export type PersonAdd = z.output<typeof personAddInput>;

export const personPatchInput = z
  .object({
    id,
    name: personFields.name.optional(),
    role: personFields.role.optional(),
    relationship: personFields.relationship.nullable().optional(),
    practitionerRole: personFields.practitionerRole.nullable().optional(),
    agency: personFields.agency.nullable().optional(),
    dateOfBirth: personFields.dateOfBirth.nullable().optional(),
    pseudonym: personFields.pseudonym.optional(),
    aliases: personFields.aliases.optional(),
  })
  .strict();
export type PersonPatch = z.output<typeof personPatchInput>;

export const suggestPseudonymInput = z
  .object({
    reviewId: id,
    role: personFields.role,
    relationship: personFields.relationship.optional(),
    practitionerRole: personFields.practitionerRole.optional(),
    /** When editing a person: their own pseudonym does not count as taken. */
    personId: id.optional(),
  })
  .strict();

const escalationFields = {
  stage: z.literal(escalationStages),
  raisedBy: text(200),
  agencies: list(text(120), 20),
  issue: text(5000),
  raisedOn: localDateSchema('The date it was raised'),
  stageStartedOn: localDateSchema('The date this stage began'),
  stageDue: localDateSchema('The stage due date'),
  outcome: text(5000),
  resolvedOn: localDateSchema('The date it was resolved'),
  reviewId: id,
};

export const escalationListInput = z.object({ reviewId: id.optional() }).strict();

export const escalationAddInput = z
  .object({
    stage: escalationFields.stage,
    raisedBy: escalationFields.raisedBy,
    agencies: escalationFields.agencies,
    issue: escalationFields.issue,
    raisedOn: escalationFields.raisedOn,
    /** Defaults to the day it was raised. */
    stageStartedOn: escalationFields.stageStartedOn.optional(),
    /** Used only where no rule gives the stage's due date. */
    stageDue: escalationFields.stageDue.optional(),
    outcome: escalationFields.outcome.optional(),
    resolvedOn: escalationFields.resolvedOn.optional(),
    reviewId: escalationFields.reviewId.optional(),
  })
  .strict();
export type EscalationAdd = z.output<typeof escalationAddInput>;

export const escalationPatchInput = z
  .object({
    id,
    stage: escalationFields.stage.optional(),
    raisedBy: escalationFields.raisedBy.optional(),
    agencies: escalationFields.agencies.optional(),
    issue: escalationFields.issue.optional(),
    raisedOn: escalationFields.raisedOn.optional(),
    stageStartedOn: escalationFields.stageStartedOn.optional(),
    stageDue: escalationFields.stageDue.nullable().optional(),
    outcome: escalationFields.outcome.nullable().optional(),
    resolvedOn: escalationFields.resolvedOn.nullable().optional(),
    reviewId: escalationFields.reviewId.nullable().optional(),
  })
  .strict();
export type EscalationPatch = z.output<typeof escalationPatchInput>;
