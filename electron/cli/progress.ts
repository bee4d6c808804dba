/**
 * The progress line of a long command (an import, an export, a backup): on a terminal, one line
 * on stderr that rewrites itself ("Importing gp.csv — checking rows 12,000 of 25,000") and is
 * cleared when the job ends. Nothing when stderr is piped or redirected (a log file or a script
 * would fill with carriage returns), nor with --json, whose callers read the output themselves.
 *
 * The CLI ports' `emit` (./ports.ts) hands every job event here, so any command that runs a job
 * gets the line without asking; program.ts decides, per command, whether it is shown.
 */
import type { JobProgress } from '../../shared/jobs';
import { kindWords, phaseWords } from '../../shared/jobs/words';
import type { EventName, EventPayload } from '../../shared/ipc/contract';

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
