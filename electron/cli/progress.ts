/**
 * The progress line of a long command (an import, an export, a backup): on a terminal, one line
 * on stderr that rewrites itself ("Importing gp.csv — checking rows 12,000 of 25,000") and is
 * cleared when the job ends. Nothing when stderr is piped or redirected (a log file or a script
 * would fill with carriage returns), nor with --json, whose callers read the output themselves.
 *
 * The CLI ports' `emit` (./ports.ts) hands every job event here, so any command that runs a job
 * gets the line without asking; program.ts decides, per command, whether it is shown.
 */
import { assertNever } from '../../shared/errors';
import type { JobKind, JobProgress } from '../../shared/jobs';
import type { EventName, EventPayload } from '../../shared/ipc/contract';

/** What a job is, when the command that started it did not name it ("Importing gp.csv"). */
const kindWords: Record<JobKind, string> = {
  import: 'Importing a file',
  export: 'Exporting a file',
  duplicates: 'Finding likely duplicates',
  backup: 'Backing up the workspace',
  restore: 'Restoring the workspace from a backup',
  rekey: 'Re-encrypting the workspace',
};

const count = (n: number) => n.toLocaleString('en-GB');
const percent = ({ done, total }: JobProgress) => (total > 1 ? ` (${Math.floor((done / total) * 100)}%)` : '');
const ofTotal = ({ done, total }: JobProgress) => (total > 1 ? ` ${count(done)} of ${count(total)}` : '');

/** What the job is doing now, e.g. "checking rows 12,000 of 25,000". */
export function phaseWords(progress: JobProgress): string {
  switch (progress.phase) {
    case 'reading':
      return 'reading the file';
    case 'checking':
      return `checking rows${ofTotal(progress)}`;
    case 'saving':
      return progress.total > 0 ? `saving ${count(progress.total)} ${progress.total === 1 ? 'entry' : 'entries'}` : 'saving';
    case 'comparing':
      return progress.total > 0 ? `comparing ${count(progress.total)} ${progress.total === 1 ? 'entry' : 'entries'}` : 'comparing entries';
    case 'checking-names':
      return 'checking for names the people register does not know';
    case 'rendering':
      return `laying out the pages${percent(progress)}`;
    case 'checking-file':
      return progress.total > 1 ? `checking the finished file, page ${count(progress.done)} of ${count(progress.total)}` : 'checking the finished file';
    case 'writing':
      return 'writing the file';
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

/** "Importing gp.csv — checking rows 12,000 of 25,000". */
export function progressLine(progress: JobProgress, label?: string): string {
  return `${label ?? kindWords[progress.kind]} — ${phaseWords(progress)}`;
}

/** A line that updates in place makes sense only on a terminal (`errTerminal` set), and never under --json. */
export function wantsProgress(errTerminal: { columns: number } | undefined, json: boolean): boolean {
  return errTerminal !== undefined && !json;
}

type Write = (text: string) => void;

const clearLine = '\r\x1b[K';

/** Turns job events into the one updating line; silent until given somewhere to write. */
export class TerminalProgress {
  private write: Write | null = null;
  private width = 0;
  private readonly labels = new Map<string, string>();
  /** Running jobs' lines, most recently updated last: the line shows the last. */
  private readonly lines = new Map<string, string>();
  private shown = '';

  /** Shows the line through `write` (null: shows nothing); `width` cuts it short of wrapping. */
  attach(write: Write | null, width = 0): void {
    this.detach();
    this.write = write;
    this.width = width;
  }

  /** Clears a line still showing (a command that failed mid-job) and stops writing. */
  detach(): void {
    this.show('');
    this.write = null;
    this.lines.clear();
    this.labels.clear();
  }

  /** Names a job the command is about to start: "Importing gp.csv". */
  label(jobId: string, text: string): void {
    this.labels.set(jobId, text);
  }

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    if (event === 'job:progress') {
      const progress = payload as JobProgress;
      this.lines.delete(progress.jobId);
      this.lines.set(progress.jobId, progressLine(progress, this.labels.get(progress.jobId)));
    } else if (event === 'job:ended') {
      const { jobId } = payload as EventPayload<'job:ended'>;
      this.lines.delete(jobId);
      this.labels.delete(jobId);
    } else {
      return;
    }
    this.show([...this.lines.values()].at(-1) ?? '');
  }

  private show(line: string): void {
    const text = this.width > 1 && line.length >= this.width ? `${line.slice(0, this.width - 2)}…` : line;
    if (!this.write || text === this.shown) return;
    this.shown = text;
    this.write(text === '' ? clearLine : `\r${text}\x1b[K`);
  }
}

/** The CLI's one line: a command runs one core at a time. */
export const terminalProgress = new TerminalProgress();
