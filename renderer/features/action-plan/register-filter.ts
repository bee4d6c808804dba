/**
 * The register's filters as the form holds them (every field a string, '' for "all") and as the
 * core takes them. The form is applied on "Show actions", so a half-typed date never reaches the core.
 */
import { dayProblem } from '../../../shared/dates/day-input';
import { actionStatusWords, ragWords, type ActionStatus, type PlanSource, type Rag, type Register } from '../../../shared/findings/model';
import type { RegisterFilter } from '../../../shared/findings/schemas';
import { dayText, statusText } from './words';

export interface FilterDraft {
  /** `sourceKey` of a review or activity; '' for every source. */
  source: string;
  agency: string;
  status: ActionStatus | '';
  rag: Rag | '';
  category: string;
  overdue: boolean;
  /** YYYY-MM-DD, '' for today, or the text as typed while it is not a day. */
  asOf: string;
}

export const emptyDraft: FilterDraft = { source: '', agency: '', status: '', rag: '', category: '', overdue: false, asOf: '' };

export const asOfLabel = 'Count overdue to';
export const asOfFieldId = 'ap-filter-as-of';

/** One string for a select's value. */
export function sourceKey(source: PlanSource): string {
  return source.kind === 'review' ? `review:${source.reviewId}` : `activity:${source.activityId}`;
}

export function sourceFromKey(key: string): PlanSource | undefined {
  const [kind, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  if (!id) return undefined;
  if (kind === 'review') return { kind: 'review', reviewId: id };
  if (kind === 'activity') return { kind: 'activity', activityId: id };
  return undefined;
}

/** The filter for the core, or what is wrong with the date typed. */
export function toFilter(draft: FilterDraft): { ok: true; filter: RegisterFilter } | { ok: false; message: string } {
  const problem = dayProblem(draft.asOf, asOfLabel);
  if (problem) return { ok: false, message: problem };
  const source = sourceFromKey(draft.source);
  const filter: RegisterFilter = {
    ...(source ? { source } : {}),
    ...(draft.agency ? { agency: draft.agency } : {}),
    ...(draft.status ? { status: draft.status } : {}),
    ...(draft.rag ? { rag: draft.rag } : {}),
    ...(draft.category ? { category: draft.category } : {}),
    ...(draft.overdue ? { overdue: true } : {}),
    ...(draft.asOf ? { asOf: draft.asOf } : {}),
  };
  return { ok: true, filter };
}

/** The form's fields for a filter the core was given (so the form shows what the register shows). */
export function toDraft(filter: RegisterFilter): FilterDraft {
  return {
    source: filter.source ? sourceKey(filter.source) : '',
    agency: filter.agency ?? '',
    status: filter.status ?? '',
    rag: filter.rag ?? '',
    category: filter.category ?? '',
    overdue: filter.overdue ?? false,
    asOf: filter.asOf ?? '',
  };
}

/** "Every action, overdue days counted to Thu 26 Nov 2026." or what the filter keeps: for the exports screen and the table's caption. */
export function filterText(filter: RegisterFilter, register: Pick<Register, 'asOf' | 'choices'> | null): string {
  const label = filter.source ? register?.choices.sources.find((choice) => sourceKey(choice.source) === sourceKey(filter.source!))?.label : undefined;
  const parts = [
    filter.source ? `from ${label ?? 'one review or activity'}` : null,
    filter.agency ? `led by ${filter.agency}` : null,
    filter.status ? `with the status ${statusText(filter.status, null)}` : null,
    filter.rag ? `rated ${ragWords[filter.rag]}` : null,
    filter.category ? `in the category ${filter.category}` : null,
    filter.overdue ? 'overdue only' : null,
  ].filter((part): part is string => part !== null);
  const asOf = filter.asOf ?? register?.asOf;
  const counted = asOf ? `, overdue days counted to ${dayText(asOf)}` : '';
  return parts.length === 0 ? `Every action${counted}.` : `Actions ${parts.join(', ')}${counted}.`;
}

export const statusOptions = (Object.keys(actionStatusWords) as ActionStatus[]).map((status) => ({ value: status, label: actionStatusWords[status] }));
export const ragOptions = (Object.keys(ragWords) as Rag[]).map((rag) => ({ value: rag, label: ragWords[rag] }));
