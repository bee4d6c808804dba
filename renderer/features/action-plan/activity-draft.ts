/** An activity as its form holds it, and the checks before it goes to the core. */
import { dayProblem } from '../../../shared/dates/day-input';
import type { Activity, ActivityType } from '../../../shared/findings/model';
import type { FormError } from '../../components/ErrorSummary';

export interface ActivityDraft {
  type: ActivityType;
  title: string;
  /** YYYY-MM-DD, '' or the text as typed. */
  heldOn: string;
  lead: string;
}

export interface ActivityFields {
  type: ActivityType;
  title: string;
  heldOn: string;
  lead: string | null;
}

export const newActivity: ActivityDraft = { type: 'audit', title: '', heldOn: '', lead: '' };

export function draftOf(activity: Activity): ActivityDraft {
  return { type: activity.type, title: activity.title, heldOn: activity.heldOn, lead: activity.lead ?? '' };
}

/** The fields for the core, or each problem beside its field (`prefix` names the form's ids). */
export function activityFields(draft: ActivityDraft, prefix: string): { ok: true; fields: ActivityFields } | { ok: false; errors: FormError[] } {
  const errors: FormError[] = [];
  if (!draft.title.trim()) errors.push({ fieldId: `${prefix}-title`, message: 'Give the activity a title, for example “Neglect in under-fives”.' });
  const dateLabel = 'The date of the activity';
  const dateProblem = draft.heldOn === '' ? 'Enter the date of the activity, for example 23/12/2026.' : dayProblem(draft.heldOn, dateLabel);
  if (dateProblem) errors.push({ fieldId: `${prefix}-held-on`, message: dateProblem });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, fields: { type: draft.type, title: draft.title.trim(), heldOn: draft.heldOn, lead: draft.lead.trim() || null } };
}
