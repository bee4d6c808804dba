/**
 * Editing the list fields (agencies, key lines of enquiry, panel, milestones) as rows of inputs,
 * and what is sent to the core. Empty rows are the user's scratch space: a row added and not yet
 * typed into is dropped, never saved as an empty item the core would refuse.
 */
import type { TermsFields } from '../../../shared/terms/model';

export type ListField = 'agencies' | 'linesOfEnquiry';

/** A milestone as its inputs hold it: the date as the date input's text ('' for none). */
export interface MilestoneRow {
  label: string;
  due: string;
}

export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((current, position) => (position === index ? item : current));
}

export function removeAt<T>(items: readonly T[], index: number): T[] {
  return items.filter((_item, position) => position !== index);
}

/** The list as it is saved: each item trimmed, empty ones dropped. */
export function cleanItems(items: readonly string[]): string[] {
  return items.map((item) => item.trim()).filter(Boolean);
}

export function milestoneRows(milestones: TermsFields['milestones']): MilestoneRow[] {
  return milestones.map((milestone) => ({ label: milestone.label, due: milestone.due ?? '' }));
}

/** Rows with neither a label nor a date are dropped; a date without a label is sent, for the core to refuse with its reason. */
export function cleanMilestones(rows: readonly MilestoneRow[]): TermsFields['milestones'] {
  return rows.filter((row) => row.label.trim() || row.due).map((row) => ({ label: row.label.trim(), due: row.due || null }));
}

/**
 * Whether saving `value` would change the field. An unchanged save must never reach the core:
 * after sign-off every save starts a new version, so a stray blur would make version N+1.
 */
export function sameValue(stored: unknown, value: unknown): boolean {
  return JSON.stringify(stored) === JSON.stringify(value);
}
