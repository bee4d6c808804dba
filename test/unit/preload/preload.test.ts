import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../../shared/ipc/contract';

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const ipcRenderer = Object.assign(new Emitter(), { invoke: vi.fn() });
  return { contextBridge: { exposeInMainWorld: vi.fn() }, ipcRenderer };
});

const electron = await import('electron');
const ipcRenderer = electron.ipcRenderer as unknown as EventEmitter & { invoke: ReturnType<typeof vi.fn> };
const exposeInMainWorld = vi.mocked(electron.contextBridge.exposeInMainWorld);

await import('../../../electron/preload/preload');

function exposedApi(): Api {
  expect(exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [key, api] = exposeInMainWorld.mock.calls[0] ?? [];
  expect(key).toBe('api');
  return api as Api;
}

/** For names the type system would reject: what a compromised or buggy page could still send. */
const untyped = (api: Api) => api as unknown as { invoke(channel: string, input: unknown): Promise<unknown>; on(event: string, listener: (...args: unknown[]) => void): () => void };

describe('preload window.api', () => {
  beforeEach(() => {
    ipcRenderer.invoke.mockReset();
    ipcRenderer.removeAllListeners();
  });

  it('exposes exactly invoke and on', () => {
    expect(Object.keys(exposedApi()).sort()).toEqual(['invoke', 'on']);
  });

  it('passes a contract channel and its input to main and returns main’s answer, parsed from its JSON bytes', async () => {
    const answer = { ok: true, value: { name: 'Practice Review Workspace', sizes: [1, 2] } };
    ipcRenderer.invoke.mockResolvedValue(new TextEncoder().encode(JSON.stringify(answer)));
    await expect(exposedApi().invoke('app:info', {})).resolves.toEqual(answer);
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('app:info', {});
  });

  it('treats an answer that is not JSON bytes as the app being unreachable', async () => {
    ipcRenderer.invoke.mockResolvedValue({ ok: true, value: 'not how main answers' });
    await expect(exposedApi().invoke('app:info', {})).resolves.toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });

  it.each(['workspace:delete-everything', 'constructor', '__proto__', 'toString', ''])(
    'answers an unknown channel %j with a validation result, without calling main',
    async (channel) => {
      const result = await untyped(exposedApi()).invoke(channel, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
      expect(ipcRenderer.invoke).not.toHaveBeenCalled();
    },
  );

  it('turns a call that never reached a handler into a result, not a rejection', async () => {
    ipcRenderer.invoke.mockRejectedValue(new Error("No handler registered for 'app:info'"));
    await expect(exposedApi().invoke('app:info', {})).resolves.toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });

  it('gives an event listener the payload and nothing else', () => {
    const listener = vi.fn();
    exposedApi().on('app:navigate', listener);
    const ipcEvent = { sender: ipcRenderer, senderId: 0, ports: [] };
    ipcRenderer.emit('app:navigate', ipcEvent, { area: 'chronology' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([{ area: 'chronology' }]);
  });

  it('stops delivering an event once unsubscribed', () => {
    const listener = vi.fn();
    const unsubscribe = exposedApi().on('app:navigate', listener);
    expect(ipcRenderer.listenerCount('app:navigate')).toBe(1);
    unsubscribe();
    expect(ipcRenderer.listenerCount('app:navigate')).toBe(0);
    ipcRenderer.emit('app:navigate', {}, { area: 'report' });
    expect(listener).not.toHaveBeenCalled();
  });

  it('unsubscribes only its own listener', () => {
    const kept = vi.fn();
    const dropped = vi.fn();
    const api = exposedApi();
    api.on('app:navigate', kept);
    api.on('app:navigate', dropped)();
    ipcRenderer.emit('app:navigate', {}, { area: 'terms' });
    expect(kept).toHaveBeenCalledWith({ area: 'terms' });
    expect(dropped).not.toHaveBeenCalled();
  });

  it.each(['workspace:secret-event', 'constructor', 'electron-store-get-data'])('refuses to subscribe to the unknown event %j', (event) => {
    expect(() => untyped(exposedApi()).on(event, vi.fn())).toThrow(/Unknown app event/);
    expect(ipcRenderer.listenerCount(event)).toBe(0);
  });
});
