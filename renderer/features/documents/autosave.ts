/**
 * When the editor saves: about a second after typing stops, and at least every two seconds while
 * it goes on, so a crash or a lock loses at most about two seconds of typing. One save runs at a
 * time: each names the revision the one before it returned, so two in flight would refuse each
 * other as if another window had saved.
 */
export const saveAfterIdleMs = 1000;
export const saveAtLeastEveryMs = 2000;

export interface AutosaveOptions<T> {
  /** The content to save, read when a save is started (not when it reaches the front of the queue). */
  read: () => T;
  /** Saves it; resolves true when saved. A failure leaves the content waiting for the next change, a retry or a flush. */
  write: (value: T) => Promise<boolean>;
  idleMs?: number;
  maxWaitMs?: number;
}

export interface Autosave {
  /** Something was typed: save once typing pauses, or when the longest wait is up. */
  changed(): void;
  /** Saves what is waiting now (leaving the editor, taking a version); resolves true when everything typed is saved. */
  flush(): Promise<boolean>;
  /** Saves the current content whether or not it changed (the "Try again" button). */
  saveNow(): Promise<boolean>;
  /** True while something typed is not saved yet. */
  readonly pending: boolean;
}

export function createAutosave<T>({ read, write, idleMs = saveAfterIdleMs, maxWaitMs = saveAtLeastEveryMs }: AutosaveOptions<T>): Autosave {
  let dirty = false;
  let firstChange: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let queue: Promise<boolean> = Promise.resolve(true);
  // Which read each save carried: a failed save only marks the text unsaved if nothing newer was read since.
  let reads = 0;

  function clearTimer() {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }

  function start(): Promise<boolean> {
    clearTimer();
    if (!dirty) return queue;
    const value = read();
    const mine = ++reads;
    dirty = false;
    firstChange = null;
    const failed = () => {
      if (mine === reads) dirty = true;
      return false;
    };
    queue = queue.then(
      () => write(value).then((saved) => saved || failed(), failed),
      failed,
    );
    return queue.then((saved) => saved && !dirty);
  }

  return {
    changed() {
      dirty = true;
      const now = Date.now();
      firstChange ??= now;
      clearTimer();
      const wait = Math.max(0, Math.min(idleMs, firstChange + maxWaitMs - now));
      timer = setTimeout(() => void start(), wait);
    },
    flush: start,
    saveNow() {
      dirty = true;
      return start();
    },
    get pending() {
      return dirty;
    },
  };
}
