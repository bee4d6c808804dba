/**
 * The forms' drafts as typed, checked before they are sent: what is missing is said beside its
 * field; the core checks everything again (a due date before the recommendation was made, say).
 */
import { dayProblem } from '../../../shared/dates/day-input';
import type { ActionStatus, Rag } from '../../../shared/findings/model';
import type { FormError } from '../../components/ErrorSummary';

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FormError[] };

function checked<T>(errors: FormError[], value: () => T): Checked<T> {
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: value() };
}

/** Text as typed, trimmed; null when nothing is left. */
export function optional(text: string): string | null {
  return text.trim() || null;
}

/** One agency per line, blank lines and repeats dropped: none is the partnership as a whole. */
export function agencyLines(text: string): string[] {
  return [...new Set(text.split('\n').map((line) => line.trim()).filter(Boolean))];
}

export interface FindingDraft {
  statement: string;
  pattern: string;
  categoryId: string;
}

export function checkFinding(draft: FindingDraft, prefix: string): Checked<{ statement: string; pattern: string | null; categoryId: string | null }> {
  const errors = draft.statement.trim() ? [] : [{ fieldId: `${prefix}-statement`, message: 'Write the finding’s statement.' }];
  return checked(errors, () => ({ statement: draft.statement.trim(), pattern: optional(draft.pattern), categoryId: draft.categoryId || null }));
}

export interface RecommendationDraft {
  findingIds: string[];
  text: string;
  to: string;
  madeOn: string;
}

export function checkRecommendation(draft: RecommendationDraft, prefix: string): Checked<{ findingIds: string[]; text: string; to: string[]; madeOn?: string }> {
  const errors: FormError[] = [];
  if (draft.findingIds.length === 0) errors.push({ fieldId: `${prefix}-findings`, message: 'Choose the finding (or findings) the recommendation answers.' });
  if (!draft.text.trim()) errors.push({ fieldId: `${prefix}-text`, message: 'Write the recommendation.' });
  const dateProblem = dayProblem(draft.madeOn, 'The date the recommendation was made');
  if (dateProblem) errors.push({ fieldId: `${prefix}-made-on`, message: dateProblem });
  return checked(errors, () => ({ findingIds: draft.findingIds, text: draft.text.trim(), to: agencyLines(draft.to), ...(draft.madeOn ? { madeOn: draft.madeOn } : {}) }));
}

export interface ActionDraft {
  text: string;
  agency: string;
  leadRole: string;
  due: string;
  measure: string;
}

export function checkAction(draft: ActionDraft, prefix: string): Checked<{ text: string; agency: string; leadRole: string; due: string; measure: string | null }> {
  const errors: FormError[] = [];
  if (!draft.text.trim()) errors.push({ fieldId: `${prefix}-text`, message: 'Say what will be done.' });
  if (!draft.agency.trim()) errors.push({ fieldId: `${prefix}-agency`, message: 'Say which agency leads the action.' });
  if (!draft.leadRole.trim()) errors.push({ fieldId: `${prefix}-lead-role`, message: 'Give the lead officer’s role, for example “Head of Safeguarding”.' });
  const dueProblem = draft.due ? dayProblem(draft.due, 'The target date') : 'Enter the target date, for example 31/03/2027.';
  if (dueProblem) errors.push({ fieldId: `${prefix}-due`, message: dueProblem });
  return checked(errors, () => ({ text: draft.text.trim(), agency: draft.agency.trim(), leadRole: draft.leadRole.trim(), due: draft.due, measure: optional(draft.measure) }));
}

export interface ProgressDraft {
  status: ActionStatus | '';
  rag: Rag | '';
  note: string;
  reason: string;
  on: string;
}

/** "Not implemented" needs its reason: the annual report says why. */
export function checkProgress(draft: ProgressDraft): Checked<{ status: ActionStatus; rag: Rag | null; note: string | null; reason: string | null; on?: string }> {
  const errors: FormError[] = [];
  if (!draft.status) errors.push({ fieldId: 'progress-status', message: 'Choose the action’s status.' });
  if (draft.status === 'not-implemented' && !draft.reason.trim()) errors.push({ fieldId: 'progress-reason', message: 'Say why the action was not implemented.' });
  const dateProblem = dayProblem(draft.on, 'The date of the update');
  if (dateProblem) errors.push({ fieldId: 'progress-on', message: dateProblem });
  return checked(errors, () => ({
    status: draft.status as ActionStatus,
    rag: draft.rag || null,
    note: optional(draft.note),
    reason: optional(draft.reason),
    ...(draft.on ? { on: draft.on } : {}),
  }));
}

export interface DeliveryDraft {
  agency: string;
  receivedOn: string;
  confirmed: boolean;
  used: string;
}

/** A confirmed use says how the agency used it. */
export function checkDelivery(draft: DeliveryDraft): Checked<{ agency: string; receivedOn: string; used: string | null }> {
  const errors: FormError[] = [];
  if (!draft.agency.trim()) errors.push({ fieldId: 'delivery-agency', message: 'Say which agency received the briefing.' });
  const dateProblem = draft.receivedOn ? dayProblem(draft.receivedOn, 'The date it was received') : 'Enter the date it was received, for example 23/12/2026.';
  if (dateProblem) errors.push({ fieldId: 'delivery-received', message: dateProblem });
  if (draft.confirmed && !draft.used.trim()) errors.push({ fieldId: 'delivery-used', message: 'Say how the agency used the briefing, for example “Team meetings and supervision”.' });
  return checked(errors, () => ({ agency: draft.agency.trim(), receivedOn: draft.receivedOn, used: draft.confirmed ? draft.used.trim() : null }));
}
