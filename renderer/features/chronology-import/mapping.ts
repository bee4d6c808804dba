/**
 * The column mapping as the form edits it, and what is wrong with it. The core refuses the same
 * mistakes; checking here first lets each message sit beside the select it is about.
 */
import { chronologyFields, fieldLabels, type ChronologyField, type ColumnMapping } from '../../../shared/chronology/types';

/** The select's value for a column kept with the entry as an "other column". */
export const keepColumn = 'keep';
export type MappingChoice = ChronologyField | typeof keepColumn;

export const mappingOptions: ReadonlyArray<{ value: MappingChoice; label: string }> = [
  { value: keepColumn, label: 'Keep as other column' },
  ...chronologyFields.map((field) => ({ value: field, label: fieldLabels[field] })),
];

export const choiceOf = (field: ChronologyField | null): MappingChoice => field ?? keepColumn;
export const fieldOf = (choice: MappingChoice): ChronologyField | null => (choice === keepColumn ? null : choice);

/** A header as the user should see it: an empty header cell is named by its position. */
export function columnName(headers: readonly string[], index: number): string {
  const header = headers[index]?.trim();
  return header ? header : `Column ${index + 1}`;
}

export interface MappingProblem {
  /** The columns the problem is about; empty when it is about the mapping as a whole. */
  columns: number[];
  message: string;
}

export function mappingProblems(mapping: ColumnMapping, headers: readonly string[]): MappingProblem[] {
  const problems: MappingProblem[] = [];
  if (!mapping.includes('date')) {
    problems.push({ columns: [], message: 'Map one column to Date: every entry needs the date of its event.' });
  }
  for (const field of chronologyFields) {
    const columns = mapping.flatMap((mapped, index) => (mapped === field ? [index] : []));
    if (columns.length < 2) continue;
    const names = columns.map((index) => `“${columnName(headers, index)}”`);
    const listed = `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    const all = columns.length === 2 ? 'both' : 'all';
    problems.push({ columns, message: `${listed} are ${all} mapped to ${fieldLabels[field]}: map ${fieldLabels[field]} from one column only.` });
  }
  return problems;
}
