/**
 * Terms of reference (issue #7): structured fields plus rich-text sections, in numbered versions
 * that move draft → submitted → signed off (or returned). The chair's sign-off binds to the
 * SHA-256 of the canonical serialisation of exactly what was submitted (see `termsCanonical`).
 */
import { z } from 'zod';
import { docJsonSchema, type DocJson } from '../documents/model';
import { localDateSchema } from '../reviews/dates';

export const methodologies = ['appreciative-inquiry', 'scie-learning-together', 'welsh-concise-cpr', 'welsh-extended-cpr', 'other'] as const;
export type Methodology = (typeof methodologies)[number];

export const methodologyLabels: Record<Methodology, string> = {
  'appreciative-inquiry': 'Appreciative inquiry',
  'scie-learning-together': 'SCIE Learning Together',
  'welsh-concise-cpr': 'Welsh concise child practice review',
  'welsh-extended-cpr': 'Welsh extended child practice review',
  other: 'Other',
};

const line = z.string().trim().max(300, 'Keep this to 300 characters or fewer.');
const passage = z.string().max(10_000, 'Keep this to 10,000 characters or fewer: put longer text in the sections below.');

export const milestoneSchema = z.object({ label: z.string().trim().min(1, 'Give the milestone a name.').max(200, 'Keep a milestone’s name to 200 characters or fewer.'), due: localDateSchema('A milestone’s date').nullable() }).strict();

/**
 * A panel member as the people register holds a person: name, role and agency. Versions written
 * before members had parts hold one line of text each ("Pat Example, Chair, Police"); those are
 * still read and kept as they are, so a signed version's fingerprint never changes.
 */
export const panelMemberSchema = z
  .object({ name: line.min(1, 'Give each panel member a name.'), role: line, agency: line })
  .strict();
export type PanelMember = z.infer<typeof panelMemberSchema>;
export const panelEntrySchema = z.union([line.min(1, 'A panel member cannot be blank.'), panelMemberSchema]);
export type PanelEntry = z.infer<typeof panelEntrySchema>;

/** "Pat Example, Independent Chair, Police": a member in one line, whichever way it was stored. */
export function panelMemberLine(entry: PanelEntry): string {
  return typeof entry === 'string' ? entry : [entry.name, entry.role, entry.agency].filter(Boolean).join(', ');
}

export const termsFieldsSchema = z
  .object({
    scope: passage,
    periodFrom: localDateSchema('The start of the period under review').nullable(),
    periodTo: localDateSchema('The end of the period under review').nullable(),
    /** The pseudonym: never a real name (the review's people register knows the names). */
    subject: line,
    agencies: z.array(line.min(1, 'An agency cannot be blank.')).max(60, 'At most 60 agencies.'),
    linesOfEnquiry: z.array(z.string().trim().min(1, 'A line of enquiry cannot be blank.').max(2_000, 'Keep a line of enquiry to 2,000 characters or fewer.')).max(40, 'At most 40 lines of enquiry.'),
    methodology: z.enum(methodologies),
    methodologyOther: line,
    familyInvolvement: passage,
    reviewer: line,
    panel: z.array(panelEntrySchema).max(60, 'At most 60 panel members.'),
    milestones: z.array(milestoneSchema).max(40, 'At most 40 milestones.'),
    publication: passage,
    parallelProcesses: passage,
  })
  .strict()
  .refine((fields) => !fields.periodFrom || !fields.periodTo || fields.periodFrom <= fields.periodTo, {
    message: 'The period under review must end on or after the day it starts.',
    path: ['periodTo'],
  });

export type TermsFields = z.infer<typeof termsFieldsSchema>;
export type TermsField = keyof TermsFields;
export const termsFieldNames = ['scope', 'periodFrom', 'periodTo', 'subject', 'agencies', 'linesOfEnquiry', 'methodology', 'methodologyOther', 'familyInvolvement', 'reviewer', 'panel', 'milestones', 'publication', 'parallelProcesses'] as const satisfies readonly TermsField[];

export const termsFieldLabels: Record<TermsField, string> = {
  scope: 'Scope',
  periodFrom: 'Period under review: from',
  periodTo: 'Period under review: to',
  subject: 'Subject (pseudonym)',
  agencies: 'Agencies',
  linesOfEnquiry: 'Key lines of enquiry',
  methodology: 'Methodology',
  methodologyOther: 'Methodology (other)',
  familyInvolvement: 'Family involvement',
  reviewer: 'Reviewer',
  panel: 'Panel',
  milestones: 'Milestones and timescales',
  publication: 'Publication',
  parallelProcesses: 'Parallel processes',
};

export function emptyTermsFields(): TermsFields {
  return {
    scope: '',
    periodFrom: null,
    periodTo: null,
    subject: '',
    agencies: [],
    linesOfEnquiry: [],
    methodology: 'appreciative-inquiry',
    methodologyOther: '',
    familyInvolvement: '',
    reviewer: '',
    panel: [],
    milestones: [],
    publication: '',
    parallelProcesses: '',
  };
}

/** A template: some fields and the rich-text sections to start from. */
export const termsTemplateSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,60}$/),
    name: z.string().trim().min(1).max(120),
    description: z.string().max(500).default(''),
    fields: z.record(z.string(), z.unknown()).default({}),
    sections: docJsonSchema,
    /**
     * Which of the template's words are guidance rather than terms: fields whose value is
     * guidance (they start empty, the text shown as the hint), and headings whose paragraphs are.
     */
    guidance: z.object({ fields: z.array(z.enum(termsFieldNames)).default([]), sections: z.array(z.string()).default([]) }).strict().optional(),
  })
  .strict();

export type TermsTemplate = z.infer<typeof termsTemplateSchema>;

/** What the version's SHA-256 is taken of: which review and version, every field and the sections. */
export function termsCanonicalValue(reviewId: string, number: number, fields: TermsFields, sections: DocJson): unknown {
  return { kind: 'terms-of-reference', reviewId, version: number, fields, sections };
}
