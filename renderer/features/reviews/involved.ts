/**
 * A review's lists of agencies and people as the edit form holds them: every field as text, each
 * row with a key of its own so React keeps focus on the right input when a row above goes.
 * One spec per list turns rows into what `review:update` takes and back.
 */
import { parallelProcessKinds, parallelProcessLabels, type ParallelProcessKind } from '../../../shared/reviews/catalogue';
import type { ReviewPatch } from '../../../shared/reviews/schemas';
import type { Review } from '../../../shared/reviews/types';
import type { FormError } from '../../components/ErrorSummary';

export const involvedLists = ['agencies', 'reviewers', 'panelMembers', 'parallelProcesses'] as const;
export type InvolvedList = (typeof involvedLists)[number];
export type InvolvedValues = Pick<Review, InvolvedList>;

export interface RowField {
  name: string;
  /** Added to the row's name: "Reviewer 1 role (optional)". Empty for a list of one field. */
  label: string;
  /** The error for a row filled in without this field; absent for an optional field. */
  required?: string;
  options?: ReadonlyArray<{ value: string; label: string }>;
}

export interface Row {
  key: number;
  values: Record<string, string>;
}

export interface ListSpec<T> {
  legend: string;
  /** One row, as the user reads it: "Agency 1", "Reviewer 2". */
  noun: string;
  fields: readonly RowField[];
  toValues: (item: T) => Record<string, string>;
  fromValues: (values: Record<string, string>) => T;
}

const optional = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

export const listSpecs: { [L in InvolvedList]: ListSpec<InvolvedValues[L][number]> } = {
  agencies: {
    legend: 'Agencies involved',
    noun: 'Agency',
    fields: [{ name: 'name', label: '', required: 'Enter the agency’s name' }],
    toValues: (agency) => ({ name: agency }),
    fromValues: (values) => (values.name ?? '').trim(),
  },
  reviewers: {
    legend: 'Reviewers',
    noun: 'Reviewer',
    fields: [
      { name: 'name', label: 'name', required: 'Enter the reviewer’s name' },
      { name: 'role', label: 'role (optional)' },
    ],
    toValues: (reviewer) => ({ name: reviewer.name, role: reviewer.role ?? '' }),
    fromValues: (values) => ({ name: (values.name ?? '').trim(), role: optional(values.role) }),
  },
  panelMembers: {
    legend: 'Panel members',
    noun: 'Panel member',
    fields: [
      { name: 'name', label: 'name', required: 'Enter the panel member’s name' },
      { name: 'role', label: 'role (optional)' },
      { name: 'agency', label: 'agency (optional)' },
    ],
    toValues: (member) => ({ name: member.name, role: member.role ?? '', agency: member.agency ?? '' }),
    fromValues: (values) => ({ name: (values.name ?? '').trim(), role: optional(values.role), agency: optional(values.agency) }),
  },
  parallelProcesses: {
    legend: 'Parallel processes',
    noun: 'Parallel process',
    fields: [
      { name: 'kind', label: 'kind', required: 'Select the kind of process', options: parallelProcessKinds.map((value) => ({ value, label: parallelProcessLabels[value] })) },
      { name: 'note', label: 'note (optional)' },
    ],
    toValues: (process) => ({ kind: process.kind, note: process.note ?? '' }),
    fromValues: (values) => ({ kind: values.kind as ParallelProcessKind, note: optional(values.note) }),
  },
};

let lastKey = 0;
export const newRow = (values: Record<string, string> = {}): Row => ({ key: ++lastKey, values });

export type InvolvedDraft = Record<InvolvedList, Row[]>;

export function draftOf(review: InvolvedValues): InvolvedDraft {
  const rows = <L extends InvolvedList>(list: L) => (review[list] as Array<InvolvedValues[L][number]>).map((item) => newRow(listSpecs[list].toValues(item)));
  return { agencies: rows('agencies'), reviewers: rows('reviewers'), panelMembers: rows('panelMembers'), parallelProcesses: rows('parallelProcesses') };
}

export const rowLabel = (list: InvolvedList, index: number, field: RowField) => `${listSpecs[list].noun} ${index + 1}${field.label ? ` ${field.label}` : ''}`;
export const fieldId = (list: InvolvedList, row: Row, field: RowField) => `involved-${list}-${row.key}-${field.name}`;

const isBlank = (row: Row) => Object.values(row.values).every((value) => !value.trim());

/** Rows left entirely empty are dropped; a row filled in without its required field is an error. */
export function checkDraft(draft: InvolvedDraft): FormError[] {
  return involvedLists.flatMap((list) =>
    draft[list].flatMap((row, index) =>
      isBlank(row)
        ? []
        : listSpecs[list].fields
            .filter((field) => field.required && !row.values[field.name]?.trim())
            .map((field) => ({ fieldId: fieldId(list, row, field), message: `${field.required ?? ''} for ${rowLabel(list, index, { ...field, label: '' }).toLowerCase()}, or remove the row.` })),
    ),
  );
}

/** The lists that differ from the review's, and nothing else, so another edit's fields survive. */
export function changedLists(draft: InvolvedDraft, review: InvolvedValues): Partial<Pick<ReviewPatch, InvolvedList>> {
  const changes: Partial<Pick<ReviewPatch, InvolvedList>> = {};
  for (const list of involvedLists) {
    const spec = listSpecs[list] as ListSpec<unknown>;
    const wanted = draft[list].filter((row) => !isBlank(row)).map((row) => spec.fromValues(row.values));
    const current = (review[list] as unknown[]).map((item) => spec.fromValues(spec.toValues(item)));
    if (JSON.stringify(wanted) !== JSON.stringify(current)) Object.assign(changes, { [list]: wanted });
  }
  return changes;
}
