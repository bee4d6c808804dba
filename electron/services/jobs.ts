/**
 * Long operations as jobs: an id, progress events (`job:progress`, at most about a hundred per
 * job), one `job:ended`, and cancel. Work cooperates: it passes `job.signal` on, calls
 * `job.throwIfCancelled()` between steps, and yields now and then (`job.pause()`) so a cancel
 * message reaches it. What a cancelled job leaves behind is the work's own promise (an import's
 * transaction is never committed, an export's file never renamed into place).
 *
 * Two jobs that would write the same thing share an `exclusive` key: the second is refused with a
 * message naming the first, never interleaved with it.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/errors';
import type { JobKind, JobPhase, CancelOutcome } from '../../shared/jobs';
import type { Ports } from './ports';

export interface Job {
  readonly id: string;
  readonly kind: JobKind;
  readonly signal: AbortSignal;
  /** Reports how far the job has got; throttled, so call it as often as is convenient. */
  progress(phase: JobPhase, done: number, total: number): void;
  /** Throws the kind's "cancelled" error if the user cancelled. */
  throwIfCancelled(): void;
  /** Lets other work (and a cancel) in when the job has run for a while; then checks for cancel. */
  pause(): Promise<void>;
}

export interface JobSpec {
  /** The caller's id (the renderer makes one so it can cancel at once); a new one otherwise. */
  id?: string | undefined;
  kind: JobKind;
  /** Running jobs with the same key may not overlap (the file an import reads, a workspace's backups). */
  exclusive?: string;
  /** What the refusal says is already running, e.g. "An import of this file". */
  describes?: string;
}

/** How long a job runs before pause() yields to other work. */
const sliceMs = 30;
/** Ended jobs remembered, so a late cancel is answered "finished" rather than "unknown". */
const rememberEnded = 200;

interface Running {
  controller: AbortController;
  kind: JobKind;
  exclusive: string | undefined;
  describes: string | undefined;
}

export class Jobs {
  private readonly running = new Map<string, Running>();
  private readonly ended: string[] = [];

  constructor(private readonly emit: Ports['emit']) {}

  async run<T>(spec: JobSpec, work: (job: Job) => Promise<T>): Promise<T> {
    const id = spec.id ?? randomUUID();
    if (this.running.has(id) || this.ended.includes(id)) throw new AppError('validation', 'That job has already been started.');
    if (spec.exclusive !== undefined) {
      for (const other of this.running.values()) {
        if (other.exclusive === spec.exclusive) {
          throw new AppError('busy', `${other.describes ?? 'The same work'} is already running. Wait for it to finish, or cancel it, then try again.`);
        }
      }
    }
    const controller = new AbortController();
    this.running.set(id, { controller, kind: spec.kind, exclusive: spec.exclusive, describes: spec.describes });
    const job = new RunningJob(id, spec.kind, controller.signal, this.emit);
    try {
      const value = await work(job);
      this.end(id, spec.kind, 'done');
      return value;
    } catch (error) {
      const cancelledNow = controller.signal.aborted || (error instanceof AppError && error.code === 'cancelled');
      this.end(id, spec.kind, cancelledNow ? 'cancelled' : 'failed');
      if (controller.signal.aborted && !(error instanceof AppError)) throw cancelledError(spec.kind);
      throw error;
    }
  }

  /** Harmless twice, or after the job ended. */
  cancel(id: string): CancelOutcome {
    const job = this.running.get(id);
    if (job) {
      job.controller.abort();
      return 'cancelling';
    }
    return this.ended.includes(id) ? 'finished' : 'unknown';
  }

  /** Cancels the running jobs of these kinds (the workspace is locking). */
  cancelKinds(kinds: readonly JobKind[]): void {
    for (const job of this.running.values()) if (kinds.includes(job.kind)) job.controller.abort();
  }

  get size(): number {
    return this.running.size;
  }

  private end(id: string, kind: JobKind, outcome: 'done' | 'cancelled' | 'failed'): void {
    this.running.delete(id);
    this.ended.push(id);
    if (this.ended.length > rememberEnded) this.ended.shift();
    this.emit('job:ended', { jobId: id, kind, outcome });
  }
}

class RunningJob implements Job {
  private reported = new Map<JobPhase, number>();
  private lastPhase: JobPhase | null = null;
  private sliceStart = performance.now();

  constructor(
    readonly id: string,
    readonly kind: JobKind,
    readonly signal: AbortSignal,
    private readonly emit: Ports['emit'],
  ) {}

  progress(phase: JobPhase, done: number, total: number): void {
    const clampedTotal = Math.max(0, Math.round(total));
    const clampedDone = Math.min(clampedTotal, Math.max(0, Math.round(done)));
    const step = Math.max(1, Math.ceil(clampedTotal / 100));
    const last = this.reported.get(phase);
    const report = phase !== this.lastPhase || last === undefined || clampedDone - last >= step || clampedDone === clampedTotal;
    if (!report || (last === clampedDone && phase === this.lastPhase)) return;
    this.reported.set(phase, clampedDone);
    this.lastPhase = phase;
    this.emit('job:progress', { jobId: this.id, kind: this.kind, phase, done: clampedDone, total: clampedTotal });
  }

  throwIfCancelled(): void {
    if (this.signal.aborted) throw cancelledError(this.kind);
  }

  async pause(): Promise<void> {
    this.throwIfCancelled();
    if (performance.now() - this.sliceStart < sliceMs) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.sliceStart = performance.now();
    this.throwIfCancelled();
  }
}

const cancelledMessages: Record<JobKind, string> = {
  import: 'Import cancelled: nothing from the file was added.',
  export: 'Export cancelled: no file was written.',
  duplicates: 'The search for duplicates was cancelled: nothing was changed.',
  backup: 'Backup cancelled: no backup was made, and earlier backups are as they were.',
  restore: 'Restore cancelled: the workspace is as it was.',
  rekey: 'Re-encryption cancelled: the workspace is as it was.',
};

export function cancelledError(kind: JobKind): AppError {
  return new AppError('cancelled', cancelledMessages[kind]);
}

/**
 * A job for work nobody is watching (a scheduled backup, a test calling a service directly):
 * it reports nowhere and is cancelled only through the signal given, if any.
 */
export function quietJob(kind: JobKind, signal: AbortSignal = new AbortController().signal): Job {
  return new RunningJob(randomUUID(), kind, signal, () => {});
}
