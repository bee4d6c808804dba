/**
 * A running job in words: "Importing the file — checking rows 12,000 of 25,000", "Exporting the
 * PDF — laying out the pages (40%)". The CLI says the same things on its progress line
 * (electron/cli/progress.ts).
 */
import { assertNever } from '../../../shared/errors';
import type { JobKind, JobPhase } from '../../../shared/jobs';

/** What a job is called when the screen that started it did not name it (another window's, say). */
export const kindWords: Record<JobKind, string> = {
  import: 'Importing a file',
  export: 'Exporting a file',
  duplicates: 'Finding likely duplicates',
  backup: 'Backing up the workspace',
  restore: 'Restoring the workspace from a backup',
  rekey: 'Re-encrypting the workspace',
};

export interface Progress {
  phase: JobPhase;
  done: number;
  total: number;
}

const count = (n: number) => n.toLocaleString('en-GB');
const percent = ({ done, total }: Progress) => (total > 1 ? ` (${Math.floor((done / total) * 100)}%)` : '');
const ofTotal = ({ done, total }: Progress) => (total > 1 ? ` ${count(done)} of ${count(total)}` : '');
const entries = (n: number) => `${count(n)} ${n === 1 ? 'entry' : 'entries'}`;

/** What the job is doing now, e.g. "checking rows 12,000 of 25,000". */
export function phaseWords(progress: Progress): string {
  switch (progress.phase) {
    case 'reading':
      return 'reading the file';
    case 'checking':
      return `checking rows${ofTotal(progress)}`;
    case 'saving':
      return progress.total > 0 ? `saving ${entries(progress.total)}` : 'saving';
    case 'comparing':
      return progress.total > 0 ? `comparing ${entries(progress.total)}` : 'comparing entries';
    case 'checking-names':
      return 'checking for names the people register does not know';
    case 'rendering':
      return `laying out the pages${percent(progress)}`;
    case 'checking-file':
      return progress.total > 1 ? `checking the finished file, page ${count(progress.done)} of ${count(progress.total)}` : 'checking the finished file';
    case 'writing':
      return 'saving the file';
    case 'copying':
      return `copying the workspace${percent(progress)}`;
    case 'verifying':
      return `checking the copy${percent(progress)}`;
    case 'swapping':
      return 'putting the checked copy in place';
    default:
      return assertNever(progress.phase);
  }
}

/** "Exporting the PDF — laying out the pages (40%)"; just the name until the core reports. */
export function jobInWords(label: string, progress: Progress | null): string {
  return progress ? `${label} — ${phaseWords(progress)}` : `${label}…`;
}

/** "Cancel exporting the PDF": the button's name starts with what it says on it. */
export function cancelName(label: string): string {
  return `Cancel ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
}
