/**
 * Terms of reference: started from a template, edited field by field and in rich-text sections,
 * submitted, then signed off or returned by the chair (decisions.ts). The hash a decision binds to
 * is the SHA-256 of the canonical serialisation of the version (review, number, fields, sections).
 * A signed version never changes (a trigger enforces it, and an edit to it is refused): the next
 * version is started explicitly, as a draft copied from it.
 */
import { createHash } from 'node:crypto';
import { canonicalJson, documentSchemaVersion, type DocJson } from '../../../shared/documents/model';
import { compareBlocks } from '../../../shared/documents/diff';
import { blocksOf } from '../../../shared/documents/text';
import { AppError } from '../../../shared/errors';
import { emptyTermsFields, termsCanonicalValue, termsFieldsSchema, type TermsField, type TermsFields } from '../../../shared/terms/model';
import { termsToDoc } from '../../../shared/terms/document';
import { guidanceLeft } from '../../../shared/terms/guidance';
import type { TermsDecision, TermsOverview, TermsVersion } from '../../../shared/terms/types';
import { type Kernel, read, requireReview, timestamp, write } from '../kernel';
import type { Db } from '../sqlite';
import { decisionsByVersion, getTerms, insertTerms, latestTerms, listTerms, saveWorkspaceTemplate, updateTerms, type StoredTerms } from './terms-repository';
import { findTemplate, shippedGuidance, templateGuidance, workspaceTemplateId } from './templates';

export function termsHash(terms: Pick<StoredTerms, 'reviewId' | 'number' | 'fields' | 'sections'>): string {
  return createHash('sha256').update(canonicalJson(termsCanonicalValue(terms.reviewId, terms.number, terms.fields, terms.sections)), 'utf8').digest('hex');
}

export function view(terms: StoredTerms, decisions: TermsDecision[]): TermsVersion {
  const { schemaVersion: _schemaVersion, ...rest } = terms;
  return { ...rest, sha256: termsHash(terms), decisions };
}

function notStarted(): AppError {
  return new AppError('not-found', 'This review has no terms of reference yet. Start them from a template first.');
}

export function requireTerms(db: Db, reviewId: string, number?: number): StoredTerms {
  const terms = number === undefined ? latestTerms(db, reviewId) : getTerms(db, reviewId, number);
  if (!terms) throw number === undefined ? notStarted() : new AppError('not-found', `These terms of reference have no version ${number}.`);
  return terms;
}

export function approvalOf(db: Db, terms: StoredTerms): TermsDecision | null {
  return decisionsByVersion(db, terms.reviewId).get(terms.number)?.find((decision) => decision.decision === 'approved') ?? null;
}

export function termsOverview(context: Kernel, reviewId: string): TermsOverview {
  return read(context, (db) => {
    requireReview(db, reviewId);
    const versions = listTerms(db, reviewId);
    const decisions = decisionsByVersion(db, reviewId);
    const current = versions[0] ?? null;
    const lastSigned = versions.find((version) => version.status === 'signed-off' && version !== current) ?? null;
    const guidance = shippedGuidance();
    return {
      current: current ? view(current, decisions.get(current.number) ?? []) : null,
      history: versions.map((version) => {
        const approval = (decisions.get(version.number) ?? []).find((decision) => decision.decision === 'approved') ?? null;
        return { number: version.number, status: version.status, sha256: termsHash(version), updatedAt: version.updatedAt, signedBy: approval?.signatory ?? null, signedAt: approval?.at ?? null };
      }),
      changesSinceSigned:
        current && lastSigned && current.status !== 'signed-off'
          ? { signedVersion: lastSigned.number, lines: compareBlocks(blocksOf(termsToDoc(lastSigned.fields, lastSigned.sections)), blocksOf(termsToDoc(current.fields, current.sections))) }
          : null,
      guidance,
      guidanceLeft: current ? guidanceLeft(current.fields, current.sections, guidance) : [],
    };
  });
}

/** Fields from the template, then what the review already knows (subject, agencies, people, deadlines). */
function startingFields(context: Kernel, db: Db, reviewId: string, templateFields: Record<string, unknown>, guidanceFields: readonly string[]): TermsFields {
  const review = requireReview(db, reviewId);
  const fromReview: Partial<TermsFields> = {
    subject: review.subject ?? '',
    agencies: review.agencies,
    reviewer: review.reviewers.map((reviewer) => reviewer.name).join(', '),
    panel: review.panelMembers.map((member) => ({ name: member.name, role: member.role ?? '', agency: member.agency ?? '' })),
    milestones: context.deadlines.forReview(review).deadlines.map((deadline) => ({ label: deadline.label, due: deadline.due })),
  };
  // A field whose template text is guidance starts empty: the guidance is its hint, never its value.
  const terms = Object.fromEntries(Object.entries(templateFields).filter(([field]) => !guidanceFields.includes(field)));
  const merged = { ...emptyTermsFields(), ...terms, ...Object.fromEntries(Object.entries(fromReview).filter(([, value]) => (Array.isArray(value) ? value.length > 0 : Boolean(value)))) };
  const parsed = termsFieldsSchema.safeParse(merged);
  if (!parsed.success) throw new AppError('validation', 'That template does not fit the terms-of-reference fields. Choose another template or correct it.');
  return parsed.data;
}

export function startTerms(context: Kernel, input: { reviewId: string; template: string }): TermsVersion {
  return write(context, (db) => {
    requireReview(db, input.reviewId);
    if (latestTerms(db, input.reviewId)) throw new AppError('validation', 'This review already has terms of reference. Edit them instead of starting again.');
    const template = findTemplate(db, input.template);
    const at = timestamp(context);
    const terms: StoredTerms = {
      reviewId: input.reviewId,
      number: 1,
      status: 'draft',
      fields: startingFields(context, db, input.reviewId, template.fields, Object.keys(templateGuidance(template).fields)),
      sections: template.sections,
      schemaVersion: documentSchemaVersion,
      submittedSha256: null,
      submittedAt: null,
      createdAt: at,
      updatedAt: at,
    };
    insertTerms(db, terms);
    context.session.audit('terms.started', 'review', input.reviewId);
    return view(terms, []);
  });
}

/**
 * The version an edit applies to: the newest. A signed version is refused — the next version is
 * started only by asking for it (startNextVersion), never by a keystroke. A returned version
 * becomes a draft again; a submitted one stays submitted, and its sign-off is refused until it is
 * submitted again.
 */
function editable(latest: StoredTerms): StoredTerms {
  if (latest.status === 'signed-off') {
    throw new AppError('validation', `Version ${latest.number} is signed off and stays exactly as it was signed. To change the terms, start version ${latest.number + 1} first.`);
  }
  return { ...latest, status: latest.status === 'returned' ? 'draft' : latest.status };
}

/** The next version as a draft, copied from the signed one (which stays as it is). */
export function startNextVersion(context: Kernel, reviewId: string): TermsVersion {
  return write(context, (db) => {
    requireReview(db, reviewId);
    const latest = requireTerms(db, reviewId);
    if (latest.status !== 'signed-off') {
      throw new AppError('validation', `Version ${latest.number} is not signed off yet: keep working on it. A new version starts only from a signed one.`);
    }
    const at = timestamp(context);
    const next: StoredTerms = { ...latest, number: latest.number + 1, status: 'draft', submittedSha256: null, submittedAt: null, createdAt: at, updatedAt: at };
    insertTerms(db, next);
    context.session.audit('terms.new-version', 'review', reviewId);
    return view(next, []);
  });
}

/** Applies a change; one that changes nothing writes nothing (and so never starts a version). */
function edit(context: Kernel, reviewId: string, change: (terms: StoredTerms) => Pick<StoredTerms, 'fields' | 'sections'>): TermsVersion {
  return write(context, (db) => {
    requireReview(db, reviewId);
    const latest = requireTerms(db, reviewId);
    const proposed = change(latest);
    if (canonicalJson(proposed) === canonicalJson({ fields: latest.fields, sections: latest.sections })) {
      return view(latest, decisionsByVersion(db, reviewId).get(latest.number) ?? []);
    }
    const terms = editable(latest);
    const changed = { ...terms, ...proposed, updatedAt: timestamp(context) };
    updateTerms(db, changed);
    context.session.audit('terms.edited', 'review', reviewId);
    return view(changed, decisionsByVersion(db, reviewId).get(changed.number) ?? []);
  });
}

export function setTermsField(context: Kernel, input: { reviewId: string; field: TermsField; value: unknown }): TermsVersion {
  return edit(context, input.reviewId, (terms) => {
    const parsed = termsFieldsSchema.safeParse({ ...terms.fields, [input.field]: input.value });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      // The schema's own messages end in a full stop already ("Keep this to 300 characters or fewer."): no second one.
      const message = (issue?.message ?? 'not valid').replace(/([^.!?])$/, '$1.');
      throw new AppError('validation', issue?.code === 'custom' ? issue.message : `${input.field}: ${message}`);
    }
    return { fields: parsed.data, sections: terms.sections };
  });
}

export function setTermsSections(context: Kernel, input: { reviewId: string; sections: DocJson }): TermsVersion {
  return edit(context, input.reviewId, (terms) => ({ fields: terms.fields, sections: input.sections }));
}

export function submitTerms(context: Kernel, reviewId: string): TermsVersion {
  return write(context, (db) => {
    const terms = requireTerms(db, reviewId);
    if (terms.status === 'signed-off') throw new AppError('validation', `Version ${terms.number} is already signed off. To change the terms, start version ${terms.number + 1}.`);
    const at = timestamp(context);
    const submitted = { ...terms, status: 'submitted' as const, submittedSha256: termsHash(terms), submittedAt: at, updatedAt: at };
    updateTerms(db, submitted);
    context.session.audit('terms.submitted', 'review', reviewId);
    return view(submitted, decisionsByVersion(db, reviewId).get(terms.number) ?? []);
  });
}

/** Saves the current version's fields and sections as a template the partnership can start from. */
export function saveAsTemplate(context: Kernel, input: { reviewId: string; name: string }): { id: string } {
  return write(context, (db) => {
    const terms = requireTerms(db, input.reviewId);
    // The subject, agencies, people and dates belong to this review, not to the template.
    const { subject: _subject, periodFrom: _from, periodTo: _to, reviewer: _reviewer, panel: _panel, milestones: _milestones, agencies: _agencies, ...fields } = terms.fields;
    const id = workspaceTemplateId(input.name);
    saveWorkspaceTemplate(db, { id, name: input.name, description: `Saved from terms of reference on ${timestamp(context).slice(0, 10)}.`, fields, sections: terms.sections }, timestamp(context));
    context.session.audit('terms.template-saved', 'terms-template', id);
    return { id };
  });
}
