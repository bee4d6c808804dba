/** How hand-made changes to the chronology read: who wrote or corrected an entry, when and why. */
import type { Done, EntryCorrection } from '../../../shared/chronology/changes';
import type { Provenance } from '../../../shared/chronology/views';
import { importedAt } from './entry-words';

const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** "7 December 2026". */
export function onDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : day.format(date);
}

/** "Corrected on 7 December 2026 by Sam Reviewer: the police log gives the next day". */
export function correctionInWords(correction: EntryCorrection): string {
  return `Corrected on ${onDay(correction.at)} by ${correction.by}: ${correction.reason}`;
}

/** "Entered by hand by Sam Reviewer on 7 December 2026". */
export function enteredInWords(entered: Done): string {
  return `Entered by hand by ${entered.by} on ${onDay(entered.at)}`;
}

/** Where an entry came from: its agency's file and row, or the reviewer's own hand. */
export function sourceInWords(agency: string, provenance: Provenance): string {
  if (provenance.submissionId === null) return `${agency} — entered by hand${provenance.enteredBy ? ` by ${provenance.enteredBy}` : ''}, ${importedAt(provenance.importedAt)}`;
  return `${agency} — ${provenance.file}, row ${provenance.rowNumber ?? ''}, imported ${importedAt(provenance.importedAt)}`;
}
