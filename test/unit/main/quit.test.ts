import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lockBeforeQuit, quitOnSystemShutdown } from '../../../electron/main/quit';

function fakeApp() {
  const app = Object.assign(new EventEmitter(), { quit: vi.fn() });
  const quitEvent = () => ({ preventDefault: vi.fn() });
  return { app, quitEvent };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

afterEach(() => vi.useRealTimers());

describe('quitting', () => {
  it('holds the quit until the workspace is locked, then quits', async () => {
    const { app, quitEvent } = fakeApp();
    let finish: () => void = () => undefined;
    const shutdown = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    lockBeforeQuit(app, shutdown);
    const first = quitEvent();
    app.emit('before-quit', first);
    expect(first.preventDefault).toHaveBeenCalledOnce();
    await settle();
    expect(shutdown).toHaveBeenCalledOnce();
    expect(app.quit).not.toHaveBeenCalled();
    finish();
    await settle();
    expect(app.quit).toHaveBeenCalledOnce();
    // The quit that follows goes through untouched.
    const again = quitEvent();
    app.emit('before-quit', again);
    app.emit('will-quit', again);
    expect(again.preventDefault).not.toHaveBeenCalled();
    expect(shutdown).toHaveBeenCalledOnce();
  });

  it('locks once however many quit requests arrive while it is locking', async () => {
    const { app, quitEvent } = fakeApp();
    let finish: () => void = () => undefined;
    const shutdown = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    lockBeforeQuit(app, shutdown);
    const events = [quitEvent(), quitEvent(), quitEvent()];
    app.emit('before-quit', events[0]);
    app.emit('before-quit', events[1]);
    app.emit('will-quit', events[2]);
    for (const event of events) expect(event.preventDefault).toHaveBeenCalledOnce();
    await settle();
    finish();
    await settle();
    expect(shutdown).toHaveBeenCalledOnce();
    expect(app.quit).toHaveBeenCalledOnce();
  });

  it('locks on will-quit when that is the only event that comes', async () => {
    const { app, quitEvent } = fakeApp();
    const shutdown = vi.fn(async () => undefined);
    lockBeforeQuit(app, shutdown);
    const event = quitEvent();
    app.emit('will-quit', event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    await settle();
    expect(shutdown).toHaveBeenCalledOnce();
    expect(app.quit).toHaveBeenCalledOnce();
  });

  it('still quits when locking fails', async () => {
    const { app, quitEvent } = fakeApp();
    lockBeforeQuit(app, async () => {
      throw new Error('database is busy');
    });
    app.emit('before-quit', quitEvent());
    await settle();
    expect(app.quit).toHaveBeenCalledOnce();
  });

  it('still quits when locking hangs, after the timeout', async () => {
    vi.useFakeTimers();
    const { app, quitEvent } = fakeApp();
    lockBeforeQuit(app, () => new Promise<void>(() => undefined), 5_000);
    app.emit('before-quit', quitEvent());
    await vi.advanceTimersByTimeAsync(4_999);
    expect(app.quit).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(app.quit).toHaveBeenCalledOnce();
  });

  it('can lock ahead of the quit (Windows ending the session), without locking twice', async () => {
    const { app, quitEvent } = fakeApp();
    const shutdown = vi.fn(async () => undefined);
    const guard = lockBeforeQuit(app, shutdown);
    await guard.lockNow();
    app.emit('before-quit', quitEvent());
    await settle();
    expect(shutdown).toHaveBeenCalledOnce();
    expect(app.quit).toHaveBeenCalledOnce();
  });

  it('asks the system to wait at shutdown, and quits (which locks)', () => {
    const { app } = fakeApp();
    const monitor = new EventEmitter();
    quitOnSystemShutdown(monitor, app);
    const event = { preventDefault: vi.fn() };
    monitor.emit('shutdown', event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(app.quit).toHaveBeenCalledOnce();
    // Electron's typings promise no event object: quitting must not depend on one.
    monitor.emit('shutdown');
    expect(app.quit).toHaveBeenCalledTimes(2);
  });
});
