/**
 * The composite's columns as the grid draws them: the fixed tick box and date, then the columns
 * a reviewer can hide or resize (shared/chronology/columns.ts), each with its place in the whole
 * table (aria-colindex stays the same when others are hidden) and its width.
 */
import type { ChronologyEntry } from '../../../shared/chronology/views';
import { columnWidthLimits, compositeColumnKeys, type CompositeColumnKey, type CompositeColumns } from '../../../shared/chronology/columns';

export const columnLabels: Record<CompositeColumnKey, string> = {
  agency: 'Agency',
  event: 'Event',
  action: 'Action',
  outcome: 'Outcome',
  significance: 'Significance',
  source: 'Source',
  analysis: 'Reviewer analysis',
};

/** rem; the first two are the tick box and the date, which cannot be hidden or resized. */
export const selectWidth = 3;
export const dateWidth = 11;
export const defaultWidths: Record<CompositeColumnKey, number> = {
  agency: 8,
  event: 18,
  action: 13,
  outcome: 11,
  significance: 7,
  source: 8,
  analysis: 16,
};

export const columnCount = compositeColumnKeys.length + 2;

export const noColumnChoice: CompositeColumns = { hidden: [], widths: {} };

export interface ShownColumn {
  key: CompositeColumnKey;
  label: string;
  /** 1-based, in the whole table: the tick box is 1 and the date 2. */
  index: number;
  width: number;
}

export function shownColumns(choice: CompositeColumns): ShownColumn[] {
  return compositeColumnKeys
    .map((key, at) => ({ key, label: columnLabels[key], index: at + 3, width: widthOf(choice, key) }))
    .filter((column) => !choice.hidden.includes(column.key));
}

export function widthOf(choice: CompositeColumns, key: CompositeColumnKey): number {
  return clampWidth(choice.widths[key] ?? defaultWidths[key]);
}

export function clampWidth(width: number): number {
  return Math.round(Math.min(columnWidthLimits.max, Math.max(columnWidthLimits.min, width)) * 4) / 4;
}

/** The CSS grid columns of every row, header included, so the cells line up. */
export function gridTemplate(columns: readonly ShownColumn[]): string {
  return [selectWidth, dateWidth, ...columns.map((column) => column.width)].map((width) => `${width}rem`).join(' ');
}

/** The whole row's width, so the grid scrolls sideways rather than squeezing the columns. */
export function rowWidth(columns: readonly ShownColumn[]): number {
  return columns.reduce((sum, column) => sum + column.width, selectWidth + dateWidth);
}

export function withWidth(choice: CompositeColumns, key: CompositeColumnKey, width: number): CompositeColumns {
  return { ...choice, widths: { ...choice.widths, [key]: clampWidth(width) } };
}

export function withShown(choice: CompositeColumns, key: CompositeColumnKey, shown: boolean): CompositeColumns {
  const hidden = choice.hidden.filter((candidate) => candidate !== key);
  return { ...choice, hidden: shown ? hidden : [...hidden, key] };
}

export function cellText(entry: ChronologyEntry, key: CompositeColumnKey): string {
  switch (key) {
    case 'event':
      return entry.event ?? entry.eventType ?? '';
    case 'agency':
      return entry.agency;
    default:
      return entry[key] ?? '';
  }
}
