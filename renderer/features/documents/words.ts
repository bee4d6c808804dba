/** How documents, versions and comparisons read on screen. */
import { assertNever } from '../../../shared/errors';
import type { DocumentComparison, DocumentKind, DocumentVersion } from '../../../shared/documents/types';
import type { SaveState } from './types';

export const kindLabels: Record<DocumentKind, string> = {
  general: 'General',
  'terms-of-reference': 'Terms of reference',
  'interview-notes': 'Interview notes',
  report: 'Report',
};

/** The kinds made here; terms of reference and interview notes are made in their own areas. */
export const creatableKinds = ['general', 'report'] as const satisfies readonly DocumentKind[];

export function wordsInWords(n: number): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? 'word' : 'words'}`;
}

export function versionsInWords(n: number): string {
  return n === 0 ? 'None' : n.toLocaleString('en-GB');
}

const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false });

/** "14:05", in the computer's time zone. */
export function timeOfDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : clock.format(date);
}

/** What the status line says about saving. */
export function saveInWords(save: SaveState): string {
  switch (save.status) {
    case 'idle':
      return 'All changes saved';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return `Saved at ${timeOfDay(save.at)}`;
    case 'failed':
    case 'conflict':
      return `Not saved: ${save.message}`;
    default:
      return assertNever(save);
  }
}

export function versionLabel(version: Pick<DocumentVersion, 'number' | 'label'>): string {
  return `Version ${version.number}: ${version.label}`;
}

/** "2 changed, 1 added, 0 removed". */
export function changeCounts(comparison: Pick<DocumentComparison, 'changed' | 'added' | 'removed'>): string {
  return `${comparison.changed} changed, ${comparison.added} added, ${comparison.removed} removed`;
}
