import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../../shared/ipc/contract';
import { createHandlers, decodeResult, dispatch, encodeResult } from '../../../electron/services';
import { registerIpc } from '../../../electron/main/ipc';
import { FakeWebContents, appFrame, quietPorts, type FakeFrame } from './fake-electron';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<Uint8Array>;

function served() {
  const listeners = new Map<string, Listener>();
  const handle = vi.fn((channel: string, listener: Listener) => {
    listeners.set(channel, listener);
  });
  const appContents = new FakeWebContents();
  // The real services: app:info opens an in-memory database with the Node build of SQLite.
  const real = createHandlers(quietPorts({ name: 'Practice Review Workspace', version: '1.2.3', platform: 'linux' }));
  const appInfo = vi.fn(real['app:info']);
  const handlers = { ...real, 'app:info': appInfo };
  // In process here: this file tests who may call; the core's thread is tested in services/worker.
  registerIpc({ handle } as unknown as IpcMain, async (channel, input) => encodeResult(await dispatch(handlers, channel, input)), (contents) => contents.id === appContents.id);
  const call = (channel: string, input: unknown, from: { sender?: FakeWebContents; frame?: FakeFrame | null } = {}) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    const event = { sender: from.sender ?? appContents, senderFrame: from.frame === undefined ? appFrame() : from.frame };
    return listener(event as unknown as IpcMainInvokeEvent, input).then(decodeResult);
  };
  return { handle, call, appInfo };
}

describe('IPC', () => {
  it('registers every contract channel exactly once, and nothing else', () => {
    const { handle } = served();
    const registered = handle.mock.calls.map(([channel]) => channel);
    expect(registered.length).toBeGreaterThan(0);
    expect(new Set(registered).size).toBe(registered.length);
    expect([...registered].sort()).toEqual([...channelNames].sort());
  });

  it("answers the app's own page: app:info reports the app and the SQLite engine", async () => {
    const { call, appInfo } = served();
    const result = await call('app:info', {});
    expect(result.ok).toBe(true);
    expect(appInfo).toHaveBeenCalledOnce();
    const value = (result as { value: { name: string; version: string; sqlite: { version: string; cipher: string } } }).value;
    expect(value.name).toBe('Practice Review Workspace');
    expect(value.version).toBe('1.2.3');
    expect(value.sqlite.version).toMatch(/^3\.\d+\.\d+$/);
    expect(value.sqlite.cipher).not.toBe('');
  });

  it('turns invalid input into a validation result rather than an exception', async () => {
    const { call } = served();
    const result = await call('app:info', { unexpected: 'field' });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect((result as { error: { message: string } }).error.message).not.toBe('');
  });

  it.each([
    ['another origin', { frame: appFrame('https://example.org/') }],
    ['a lookalike origin', { frame: appFrame('app://app.example.org/index.html') }],
    ['a local file', { frame: appFrame('file:///tmp/index.html') }],
    ['a subframe of the app', { frame: { url: 'app://app/index.html', parent: appFrame() } }],
    ['a frame that has gone away', { frame: null }],
    ['another webContents showing the app', { sender: new FakeWebContents() }],
  ])('refuses a call from %s as forbidden, without running the service', async (_what, from) => {
    const { call, appInfo } = served();
    const result = await call('app:info', {}, from);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(appInfo).not.toHaveBeenCalled();
  });

  it('refuses a frame that throws when inspected (disposed) instead of crashing', async () => {
    const { call } = served();
    const disposed = {
      parent: null,
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    await expect(call('app:info', {}, { frame: disposed })).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
