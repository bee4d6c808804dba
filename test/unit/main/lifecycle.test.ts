/**
 * Startup wiring with 'electron' replaced by recording fakes: what happens before ready, what a
 * second instance does, and that the pieces tested on their own are actually connected.
 */
import { EventEmitter } from 'node:events';
import path from 'node:path';
import type { IpcMainInvokeEvent, MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channelNames, type IpcResult } from '../../../shared/ipc/contract';
import { productName } from '../../../shared/product';
import { FakeBrowserWindow, FakeWebContents, appFrame, fakeSession, navigationEvent } from './fake-electron';

const fake = vi.hoisted(() => ({ electron: {} as Record<string, unknown>, store: undefined as unknown }));

vi.mock('electron', () => {
  // Getters, so each test can install fresh fakes after lifecycle.ts has been loaded.
  const exports: Record<string, unknown> = {};
  for (const name of ['app', 'BrowserWindow', 'dialog', 'ipcMain', 'Menu', 'protocol', 'screen', 'session', 'shell']) {
    Object.defineProperty(exports, name, { enumerable: true, get: () => fake.electron[name] });
  }
  return exports;
});

vi.mock('../../../electron/main/preferences-store', () => ({ openPreferencesStore: () => fake.store }));

const { startApp } = await import('../../../electron/main/lifecycle');

function install({ locked = true, packaged = true } = {}) {
  let ready: () => void = () => undefined;
  const whenReady = new Promise<void>((resolve) => (ready = resolve));
  const app = Object.assign(new EventEmitter(), {
    isPackaged: packaged,
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => locked),
    quit: vi.fn(),
    exit: vi.fn(),
    whenReady: vi.fn(() => whenReady),
    isReady: vi.fn(() => true),
    getAppPath: vi.fn(() => '/opt/prw/resources/app.asar'),
    getVersion: vi.fn(() => '7.8.9'),
  });
  const ipcMain = { handle: vi.fn(), removeAllListeners: vi.fn() };
  const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
  const Menu = { buildFromTemplate: vi.fn((template: MenuItemConstructorOptions[]) => ({ template })), setApplicationMenu: vi.fn() };
  const session = { defaultSession: fakeSession() };
  const screen = { getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1050 } }]) };
  const dialog = { showMessageBox: vi.fn(async () => ({ response: 1, checkboxChecked: false })), showErrorBox: vi.fn() };
  const shell = { openExternal: vi.fn(async () => undefined) };
  FakeBrowserWindow.reset();
  fake.electron = { app, BrowserWindow: FakeBrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell };
  fake.store = undefined;
  return { app, ipcMain, protocol, Menu, session, dialog, shell, ready: async () => { ready(); await whenReady; await new Promise((r) => setImmediate(r)); } };
}

function mainWindow(): FakeBrowserWindow {
  expect(FakeBrowserWindow.instances).toHaveLength(1);
  return FakeBrowserWindow.instances[0]!;
}

describe('startup', () => {
  beforeEach(() => vi.clearAllMocks());

  it('sandboxes every renderer and registers app:// before the app is ready', () => {
    const electron = install();
    startApp();
    expect(electron.app.enableSandbox).toHaveBeenCalledOnce();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce();
    // Nothing that needs a ready app has run yet.
    expect(electron.protocol.handle).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('quits a second instance before it opens anything', async () => {
    const electron = install({ locked: false });
    startApp();
    await electron.ready();
    expect(electron.app.quit).toHaveBeenCalledOnce();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('brings the first instance to the front when a second one starts', async () => {
    const electron = install();
    startApp();
    await electron.ready();
    const window = mainWindow();
    window.isMinimized.mockReturnValue(true);
    electron.app.emit('second-instance', {}, ['prw'], '/home/reviewer');
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
    expect(electron.app.quit).not.toHaveBeenCalled();
  });

  it('when ready, secures the session, serves app://, answers IPC and opens the window on the app page', async () => {
    const electron = install();
    startApp();
    await electron.ready();
    expect(electron.session.defaultSession.webRequest.onHeadersReceived).toHaveBeenCalledOnce();
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.ipcMain.handle.mock.calls.map(([channel]) => channel).sort()).toEqual([...channelNames].sort());
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledOnce();
    const window = mainWindow();
    expect(window.options.webPreferences?.preload).toBe(path.join('/opt/prw/resources/app.asar', 'dist', 'preload', 'preload.cjs'));
    expect(window.loadURL).toHaveBeenCalledWith('app://app/index.html');
  });

  it('applies the page rules to every webContents that is created', () => {
    const electron = install();
    startApp();
    const contents = new FakeWebContents();
    electron.app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce();
    const event = navigationEvent('https://example.org/');
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it("answers IPC from the main window's page with the app's identity, and refuses other webContents", async () => {
    const electron = install({ packaged: true });
    startApp();
    await electron.ready();
    const window = mainWindow();
    const listener = electron.ipcMain.handle.mock.calls.find(([channel]) => channel === 'app:info')?.[1] as (
      event: IpcMainInvokeEvent,
      input: unknown,
    ) => Promise<IpcResult<{ name: string; version: string }>>;
    const fromWindow = await listener({ sender: window.webContents, senderFrame: appFrame() } as unknown as IpcMainInvokeEvent, {});
    expect(fromWindow).toMatchObject({ ok: true, value: { name: productName, version: '7.8.9' } });
    const fromElsewhere = await listener({ sender: new FakeWebContents(), senderFrame: appFrame() } as unknown as IpcMainInvokeEvent, {});
    expect(fromElsewhere).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('sends Go menu choices to the focused window', async () => {
    const electron = install();
    startApp();
    await electron.ready();
    const window = mainWindow();
    FakeBrowserWindow.focused = window;
    const template = electron.Menu.buildFromTemplate.mock.calls[0]?.[0] as MenuItemConstructorOptions[];
    const go = template.find((item) => item.label === 'Go')?.submenu as MenuItemConstructorOptions[];
    (go.find((item) => item.label === 'Report')?.click as () => void)();
    expect(window.webContents.send).toHaveBeenCalledWith('app:navigate', { area: 'report' });
  });

  it('restores the window where it was and remembers where it is left', async () => {
    const saved = new Map<string, unknown>([['windowBounds', { x: 100, y: 60, width: 1200, height: 760 }]]);
    const electron = install();
    fake.store = { get: (key: string) => saved.get(key), set: (key: string, value: unknown) => void saved.set(key, value) };
    startApp();
    await electron.ready();
    const window = mainWindow();
    expect(window.options).toMatchObject({ x: 100, y: 60, width: 1200, height: 760 });
    window.getNormalBounds.mockReturnValue({ x: 5, y: 6, width: 1000, height: 700 });
    window.emit('close');
    expect(saved.get('windowBounds')).toEqual({ x: 5, y: 6, width: 1000, height: 700, maximized: false });
  });

  it('quits when the last window closes (except on macOS)', () => {
    const electron = install();
    startApp();
    electron.app.emit('window-all-closed');
    expect(electron.app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
  });
});
