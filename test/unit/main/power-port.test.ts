import { describe, expect, it, vi } from 'vitest';
import type { PowerEvent } from '../../../electron/services';
import { createPowerPort } from '../../../electron/main/power-port';
import { fakePowerMonitor } from './fake-electron';

describe('power port', () => {
  it('forwards suspend and screen lock, and nothing else', () => {
    const monitor = fakePowerMonitor();
    const listener = vi.fn((_event: PowerEvent) => undefined);
    createPowerPort(monitor).on(listener);
    monitor.emit('suspend');
    monitor.emit('lock-screen');
    monitor.emit('resume');
    monitor.emit('unlock-screen');
    monitor.emit('on-battery');
    expect(listener.mock.calls.map(([event]) => event)).toEqual(['suspend', 'lock-screen']);
  });

  it('stops forwarding, and leaves no listener behind, once unsubscribed', () => {
    const monitor = fakePowerMonitor();
    const listener = vi.fn();
    const unsubscribe = createPowerPort(monitor).on(listener);
    expect(monitor.listenerCount('suspend')).toBe(1);
    expect(monitor.listenerCount('lock-screen')).toBe(1);
    unsubscribe();
    unsubscribe();
    monitor.emit('suspend');
    monitor.emit('lock-screen');
    expect(listener).not.toHaveBeenCalled();
    expect(monitor.listenerCount('suspend')).toBe(0);
    expect(monitor.listenerCount('lock-screen')).toBe(0);
  });

  it('unsubscribes one listener without disturbing another', () => {
    const monitor = fakePowerMonitor();
    const port = createPowerPort(monitor);
    const first = vi.fn();
    const second = vi.fn();
    const unsubscribeFirst = port.on(first);
    port.on(second);
    unsubscribeFirst();
    monitor.emit('suspend');
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith('suspend');
  });

  it('keeps a failing listener from throwing into Electron', () => {
    const monitor = fakePowerMonitor();
    createPowerPort(monitor).on(() => {
      throw new Error('lock failed');
    });
    expect(() => monitor.emit('suspend')).not.toThrow();
  });
});
