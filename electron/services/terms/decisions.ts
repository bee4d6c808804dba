/**
 * The chair's decision on a submitted version, as it is recorded: who decided, on which day (an
 * email three days ago, a meeting last week), how, with the evidence kept encrypted inside the
 * workspace; the recorder is this app's user, never typed. The decision binds to the SHA-256 of
 * exactly what was submitted. An approval is refused while the version still holds template
 * guidance word for word: guidance tells the reviewer what to write, and the signed version is
 * the permanent record of what the chair agreed, so there is nothing to confirm — only to replace.
 */
import { createHash } from 'node:crypto';
import { decidedOnProblem, evidenceTooLargeMessage, largestEvidenceBytes, type DecisionMethod } from '../../../shared/terms/decision';
import { AppError } from '../../../shared/errors';
import { guidanceLeft, guidanceLeftMessage } from '../../../shared/terms/guidance';
import type { TermsVersion } from '../../../shared/terms/types';
import { type Kernel, read, requireReview, timestamp, write } from '../kernel';
import { decisionsByVersion, evidenceOf, insertDecision, updateTerms } from './terms-repository';
import { requireTerms, termsHash, view } from './terms-service';
import { shippedGuidance } from './templates';

export interface SignOffInput {
  reviewId: string;
  by: string;
  role: string;
  decision: 'approved' | 'returned';
  comment: string;
  decidedOn: string;
  how: DecisionMethod;
  evidence?: { fileName: string; base64: string } | undefined;
  sha256?: string | undefined;
}

/** Today on this computer's calendar, YYYY-MM-DD: the day a user means by "today". */
export function localToday(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The evidence's bytes, checked: base64 that decodes, not empty, at most 20 MB. */
function evidenceBytes(evidence: { fileName: string; base64: string }): { fileName: string; sha256: string; bytes: Buffer } {
  const bytes = Buffer.from(evidence.base64, 'base64');
  if (bytes.length === 0) throw new AppError('validation', `${evidence.fileName} is empty: attach the file that holds the decision.`);
  if (bytes.length > largestEvidenceBytes) throw new AppError('validation', evidenceTooLargeMessage(evidence.fileName, bytes.length));
  return { fileName: evidence.fileName, sha256: createHash('sha256').update(bytes).digest('hex'), bytes };
}

export function signOffTerms(context: Kernel, input: SignOffInput): TermsVersion {
  const problem = decidedOnProblem(input.decidedOn, localToday(context.now()));
  if (problem) throw new AppError('validation', problem);
  const evidence = input.evidence ? evidenceBytes(input.evidence) : null;
  return write(context, (db) => {
    requireReview(db, input.reviewId);
    const terms = requireTerms(db, input.reviewId);
    if (terms.status !== 'submitted') {
      throw new AppError('validation', terms.status === 'signed-off' ? `Version ${terms.number} is already signed off.` : `Version ${terms.number} has not been submitted for sign-off. Submit it first.`);
    }
    const hash = termsHash(terms);
    if (hash !== terms.submittedSha256 || (input.sha256 !== undefined && input.sha256 !== hash)) {
      throw new AppError(
        'validation',
        `Version ${terms.number} changed after it was submitted (submitted as ${terms.submittedSha256?.slice(0, 12)}, now ${hash.slice(0, 12)}${input.sha256 && input.sha256 !== hash ? `; you were shown ${input.sha256.slice(0, 12)}` : ''}). Nothing was signed: read it again and submit it again.`,
      );
    }
    if (input.decision === 'approved') {
      const left = guidanceLeft(terms.fields, terms.sections, shippedGuidance());
      if (left.length > 0) throw new AppError('validation', `Nothing was recorded: ${guidanceLeftMessage(left)}`);
    }
    const recordedAt = timestamp(context);
    insertDecision(db, input.reviewId, terms.number, {
      id: context.newId(),
      decision: input.decision,
      signatory: input.by,
      role: input.role,
      comments: input.comment,
      sha256: hash,
      decidedOn: input.decidedOn,
      how: input.how,
      recordedBy: context.session.actor(),
      recordedAt,
      evidence,
    });
    const decided = { ...terms, status: input.decision === 'approved' ? ('signed-off' as const) : ('returned' as const), updatedAt: recordedAt };
    updateTerms(db, decided);
    context.session.audit(input.decision === 'approved' ? 'terms.signed-off' : 'terms.returned', 'review', input.reviewId);
    return view(decided, decisionsByVersion(db, input.reviewId).get(terms.number) ?? []);
  });
}

/** The evidence kept with a decision, to save where the user chooses. */
export function decisionEvidence(context: Kernel, reviewId: string, decisionId: string): { fileName: string; bytes: Buffer } {
  return read(context, (db) => {
    requireReview(db, reviewId);
    const evidence = evidenceOf(db, reviewId, decisionId);
    if (!evidence) throw new AppError('not-found', 'No evidence is kept with that decision. Look at the decisions on the terms of reference again.');
    return evidence;
  });
}

/** Records that the evidence was saved outside the workspace: it is as sensitive as any export. */
export function auditEvidenceSaved(context: Kernel, decisionId: string): void {
  write(context, () => context.session.audit('terms.evidence-saved', 'terms-decision', decisionId));
}

/** The evidence kept with a version's approval (or, failing that, its latest decision that has some). */
export function versionEvidence(context: Kernel, reviewId: string, number: number): { decisionId: string; fileName: string; bytes: Buffer } {
  return read(context, (db) => {
    requireTerms(db, reviewId, number);
    const decisions = decisionsByVersion(db, reviewId).get(number) ?? [];
    const decision = decisions.find((candidate) => candidate.decision === 'approved' && candidate.evidence) ?? [...decisions].reverse().find((candidate) => candidate.evidence);
    const evidence = decision ? evidenceOf(db, reviewId, decision.id) : null;
    if (!decision || !evidence) throw new AppError('not-found', `No evidence is kept with a decision on version ${number}.`);
    return { decisionId: decision.id, ...evidence };
  });
}
