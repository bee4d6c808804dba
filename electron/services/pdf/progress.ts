/**
 * Progress, cancellation and fairness for a long export. Layout runs on the main process's event
 * loop, so every few tens of milliseconds it yields with setImmediate: the app stays responsive
 * and a Cancel click (an aborted signal) is seen between two blocks or table rows.
 */
import { AppError } from '../../../shared/errors';

/** How long layout runs before it lets other work (and a cancel) in. */
const sliceMs = 30;

export function cancelled(): AppError {
  return new AppError('cancelled', 'The export was stopped; no file was written.');
}

export class Progress {
  private done = 0;
  private reported = -1;
  private sliceStart = performance.now();
  private readonly step: number;

  constructor(
    private readonly total: number,
    private readonly onProgress: ((done: number, total: number) => void) | undefined,
    private readonly signal: AbortSignal | undefined,
  ) {
    // About 100 reports per export at most: enough for a smooth bar, cheap over IPC.
    this.step = Math.max(1, Math.ceil(total / 100));
  }

  check(): void {
    if (this.signal?.aborted) throw cancelled();
  }

  /** Counts `units` of work done, then perhaps yields. */
  async tick(units = 1): Promise<void> {
    this.done = Math.min(this.total, this.done + units);
    if (this.onProgress && this.done - this.reported >= this.step) {
      this.reported = this.done;
      this.onProgress(this.done, this.total);
    }
    await this.pause();
  }

  /** A point where the work may yield and be cancelled, without counting progress. */
  async pause(): Promise<void> {
    this.check();
    if (performance.now() - this.sliceStart < sliceMs) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.sliceStart = performance.now();
    this.check();
  }

  finish(): void {
    if (this.onProgress && this.reported !== this.total) this.onProgress(this.total, this.total);
    this.reported = this.total;
  }
}
