/**
 * A running job in words, said the same in the window's jobs panel and on the CLI's progress
 * line: "Importing gp.csv — checking rows 12,000 of 25,000".
 */
import { assertNever } from '../errors';
import type { JobKind, JobPhase } from '.';

/** What a job is called when whatever started it did not name it. */
export const kindWords: Record<JobKind, string> = {
  import: 'Importing a file',
  export: 'Exporting a file',
  duplicates: 'Finding likely duplicates',
  backup: 'Backing up the workspace',
  restore: 'Restoring the workspace from a backup',
  rekey: 'Re-encrypting the workspace',
};

export interface PhaseProgress {
  phase: JobPhase;
  done: number;
  total: number;
}

const count = (n: number) => n.toLocaleString('en-GB');
const percent = ({ done, total }: PhaseProgress) => (total > 1 ? ` (${Math.floor((done / total) * 100)}%)` : '');
const ofTotal = ({ done, total }: PhaseProgress) => (total > 1 ? ` ${count(done)} of ${count(total)}` : '');
const entries = (n: number) => `${count(n)} ${n === 1 ? 'entry' : 'entries'}`;

/** What the job is doing now, e.g. "checking rows 12,000 of 25,000". */
export function phaseWords(progress: PhaseProgress): string {
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
