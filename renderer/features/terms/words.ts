/** How terms-of-reference versions, fingerprints and decisions read on screen. */
import { termsFieldLabels, termsFieldNames, type TermsField } from '../../../shared/terms/model';
import { decisionSentence, type DecisionWording } from '../../../shared/terms/decision';
import { termsStatusLabels, type TermsVersion } from '../../../shared/terms/types';

/**
 * The first 12 hex digits of a SHA-256 in groups of four ("dcb5 593e c8f7"): short enough to read
 * out on the phone or compare with the code printed on the PDF, long enough to tell versions apart.
 */
export function fingerprintGroups(sha256: string): string {
  return (sha256.slice(0, 12).match(/.{1,4}/g) ?? []).join(' ');
}

export function versionTitle(version: Pick<TermsVersion, 'number' | 'status'>): string {
  return `Version ${version.number}: ${termsStatusLabels[version.status]}`;
}

/** Submitted, then edited: its sign-off will be refused until it is submitted again. */
export function changedSinceSubmitted(version: Pick<TermsVersion, 'status' | 'sha256' | 'submittedSha256'>): boolean {
  return version.status === 'submitted' && version.submittedSha256 !== null && version.sha256 !== version.submittedSha256;
}

/**
 * "Approved by Pat Example, Independent Chair, SVPP, on 4 December 2026 (by email); recorded by
 * Sam Reviewer on 7 December 2026" — as the PDF's sign-off page says it.
 */
export function decisionWords(decision: DecisionWording): string {
  return decisionSentence(decision);
}

const fieldPrefix = new RegExp(`^(${termsFieldNames.join('|')}): `);

/**
 * The core names a field by its key in some messages ("linesOfEnquiry: Too big…"); the user knows
 * it by its label. Other messages are shown exactly as the core wrote them.
 */
export function fieldMessage(message: string): string {
  return message.replace(fieldPrefix, (_whole, field: string) => `${termsFieldLabels[field as TermsField]}: `);
}
