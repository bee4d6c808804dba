/** Autosave timing: a second after typing stops, at least every two seconds while it goes on, one save at a time. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave } from '../../../../renderer/features/documents/autosave';

function setup(write: (value: number) => Promise<boolean> = async () => true) {
  let text = 0;
  const saved: Array<{ value: number; at: number }> = [];
  const autosave = createAutosave<number>({
    read: () => text,
    write: async (value) => {
      saved.push({ value, at: Date.now() });
      return write(value);
    },
  });
  const type = () => {
    text += 1;
    autosave.changed();
  };
  return { autosave, saved, type };
}

describe('autosave', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves once, a second after typing stops', async () => {
    const { autosave, saved, type } = setup();
    type();
    await vi.advanceTimersByTimeAsync(300);
    type();
    await vi.advanceTimersByTimeAsync(999);
    expect(saved).toEqual([]);
    expect(autosave.pending).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual([{ value: 2, at: 1300 }]);
    expect(autosave.pending).toBe(false);
    await vi.advanceTimersByTimeAsync(5000);
    expect(saved).toHaveLength(1);
  });

  it('saves at least every two seconds while typing goes on, so little is lost in a crash', async () => {
    const { saved, type } = setup();
    for (let keystroke = 0; keystroke < 12; keystroke++) {
      type();
      await vi.advanceTimersByTimeAsync(400);
    }
    await vi.advanceTimersByTimeAsync(2000);
    // Typing from 0 to 4.4 s: saves at 2 s and 4 s while typing, then one after it stops.
    expect(saved.map((save) => save.at)).toEqual([2000, 4000, 5400]);
    expect(saved.at(-1)?.value).toBe(12);
  });

  it('runs one save at a time, the next starting when the one before has finished', async () => {
    let finish: (ok: boolean) => void = () => {};
    const writes: number[] = [];
    const { saved, type, autosave } = setup((value) => {
      writes.push(value);
      return new Promise((resolve) => (finish = resolve));
    });
    type();
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toEqual([1]);
    type();
    await vi.advanceTimersByTimeAsync(1000);
    // Read (with the newest text) but waiting for the first save.
    expect(writes).toEqual([1]);
    const flushed = autosave.flush();
    finish(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toEqual([1, 2]);
    finish(true);
    expect(await flushed).toBe(true);
    expect(saved.map((save) => save.value)).toEqual([1, 2]);
  });

  it('flush saves what is waiting at once, and does nothing when all is saved', async () => {
    const { autosave, saved, type } = setup();
    expect(await autosave.flush()).toBe(true);
    expect(saved).toEqual([]);
    type();
    await vi.advanceTimersByTimeAsync(100);
    expect(await autosave.flush()).toBe(true);
    expect(saved).toEqual([{ value: 1, at: 100 }]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(saved).toHaveLength(1);
  });

  it('keeps a failed save waiting: the next change, a flush or "try again" saves it', async () => {
    let ok = false;
    const { autosave, saved, type } = setup(async () => ok);
    type();
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toHaveLength(1);
    expect(autosave.pending).toBe(true);
    // No retry on its own: a failing core is not hammered every second.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(saved).toHaveLength(1);
    ok = true;
    expect(await autosave.flush()).toBe(true);
    expect(saved.map((save) => save.value)).toEqual([1, 1]);
    expect(autosave.pending).toBe(false);
    expect(await autosave.saveNow()).toBe(true);
    expect(saved).toHaveLength(3);
  });

  it('treats a save that throws as not saved', async () => {
    const { autosave, type } = setup(async () => {
      throw new Error('the core went away');
    });
    type();
    expect(await autosave.flush()).toBe(false);
    expect(autosave.pending).toBe(true);
  });
});
