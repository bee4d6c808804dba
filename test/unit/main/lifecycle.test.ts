/**
 * Startup wiring with 'electron' replaced by recording fakes: what happens before ready, what a
 * second instance does, and that the pieces tested on their own are actually connected.
 */
import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { IpcMainInvokeEvent, MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeResult, type CoreClient, type CoreHostPorts, type CoreStartOptions } from '../../../electron/services';
import { channelNames, type IpcResult } from '../../../shared/ipc/contract';
import { productName } from '../../../shared/product';
import { FakeBrowserWindow, FakeWebContents, appFrame, fakePowerMonitor, fakeSafeStorage, fakeSession, navigationEvent } from './fake-electron';

const fake = vi.hoisted(() => ({
  electron: {} as Record<string, unknown>,
  store: undefined as unknown,
  core: undefined as CoreClient | undefined,
  host: undefined as CoreHostPorts | undefined,
  options: undefined as CoreStartOptions | undefined,
}));

vi.mock('electron', () => {
  // Getters, so each test can install fresh fakes after lifecycle.ts has been loaded.
  const exports: Record<string, unknown> = {};
  const names = ['app', 'BrowserWindow', 'dialog', 'ipcMain', 'Menu', 'powerMonitor', 'protocol', 'safeStorage', 'screen', 'session', 'shell'];
  for (const name of names) {
    Object.defineProperty(exports, name, { enumerable: true, get: () => fake.electron[name] });
  }
  return exports;
});

vi.mock('../../../electron/main/preferences-store', () => ({ openPreferencesStore: () => fake.store }));

// The real core in its real thread (the bundle vitest's global setup builds: app.getAppPath() is
// a packaged path here), recorded so tests can see what it was given and watch its shutdown.
vi.mock('../../../electron/services', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../electron/services')>();
  const { builtCoreWorker } = await import('../services/worker/built');
  return {
    ...actual,
    startCore: (options: CoreStartOptions, host: CoreHostPorts) => {
      const core = actual.startCore({ ...options, workerFile: builtCoreWorker }, host);
      vi.spyOn(core, 'shutdown');
      vi.spyOn(core, 'invoke');
      fake.core = core;
      fake.host = host;
      fake.options = options;
      return core;
    },
  };
});

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
    getPath: vi.fn((name: string) => `/home/reviewer/.config/prw-${name}`),
    getVersion: vi.fn(() => '7.8.9'),
  });
  const ipcMain = { handle: vi.fn(), removeAllListeners: vi.fn() };
  const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
  const Menu = { buildFromTemplate: vi.fn((template: MenuItemConstructorOptions[]) => ({ template })), setApplicationMenu: vi.fn() };
  const session = { defaultSession: fakeSession() };
  const screen = { getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1050 } }]) };
  const dialog = {
    showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 1, checkboxChecked: false })),
    showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
    showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
    showErrorBox: vi.fn(),
  };
  const shell = { openExternal: vi.fn(async () => undefined) };
  const powerMonitor = fakePowerMonitor();
  const safeStorage = fakeSafeStorage();
  FakeBrowserWindow.reset();
  fake.electron = { app, BrowserWindow: FakeBrowserWindow, dialog, ipcMain, Menu, powerMonitor, protocol, safeStorage, screen, session, shell };
  fake.store = undefined;
  fake.core = undefined;
  fake.host = undefined;
  fake.options = undefined;
  return { app, ipcMain, protocol, Menu, session, dialog, shell, powerMonitor, safeStorage, ready: async () => { ready(); await whenReady; await settle(); } };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

// Each test's core thread ends with it (holding no workspace open into the next test).
afterEach(async () => {
  await fake.core?.shutdown();
});

type Listener = (event: IpcMainInvokeEvent, input: unknown) => Promise<Uint8Array>;

/** Calls a channel as the main window's page would. */
async function invoke(electron: ReturnType<typeof install>, channel: string, input: unknown = {}): Promise<IpcResult<unknown>> {
  const listener = electron.ipcMain.handle.mock.calls.find(([name]) => name === channel)?.[1] as Listener | undefined;
  if (!listener) throw new Error(`no handler for ${channel}`);
  return decodeResult(await listener({ sender: mainWindow().webContents, senderFrame: appFrame() } as unknown as IpcMainInvokeEvent, input));
}

/** A Map-backed preferences store, as the electron-store file would be. */
function memoryStore() {
  const saved = new Map<string, unknown>();
  return { saved, get: (key: string) => saved.get(key), set: (key: string, value: unknown) => void saved.set(key, value) };
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
    ) => Promise<Uint8Array>;
    const fromWindow = decodeResult(await listener({ sender: window.webContents, senderFrame: appFrame() } as unknown as IpcMainInvokeEvent, {}));
    expect(fromWindow).toMatchObject({ ok: true, value: { name: productName, version: '7.8.9' } });
    const fromElsewhere = decodeResult(await listener({ sender: new FakeWebContents(), senderFrame: appFrame() } as unknown as IpcMainInvokeEvent, {}));
    expect(fromElsewhere).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('sends Go menu choices to the app window as app:navigate', async () => {
    const electron = install();
    startApp();
    await electron.ready();
    const window = mainWindow();
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

describe('the core inside Electron', () => {
  const passphrase = 'four unrelated words here';
  let parentDir = '';

  beforeEach(() => {
    vi.clearAllMocks();
    parentDir = mkdtempSync(path.join(os.tmpdir(), 'prw-lifecycle-'));
  });

  afterEach(() => rmSync(parentDir, { recursive: true, force: true }));

  it("starts the core's thread from the app's bundle, serving it dialogs, preferences, power, the keychain and emit", async () => {
    const electron = install();
    startApp();
    expect(fake.core).toBeUndefined();
    await electron.ready();
    const ports = fake.host!;
    expect(fake.options!.app).toEqual({ name: productName, version: '7.8.9', platform: process.platform });
    expect(fake.options!.workerFile).toBe(path.join('/opt/prw/resources/app.asar', 'dist', 'main', 'core-worker.cjs'));
    for (const port of [ports.dialogs, ports.preferences, ports.power, ports.keychain]) expect(port).toBeDefined();
    expect(typeof ports.emit).toBe('function');
    await expect(ports.keychain!.isAvailable()).resolves.toBe(true);
    expect(ports.keychain!.backend).toBe(process.platform === 'linux' ? 'gnome_libsecret' : undefined);
    // The preferences file could not be opened (fake.store is undefined): defaults, no crash.
    expect(ports.preferences.settings().autoLockMinutes).toBeGreaterThan(0);
  });

  it('asks for a folder in a dialog modal to the app window, and hears a cancel as null', async () => {
    const electron = install();
    startApp();
    await electron.ready();
    await expect(invoke(electron, 'workspace:choose-folder')).resolves.toEqual({ ok: true, value: null });
    const [parent, options] = electron.dialog.showOpenDialog.mock.calls[0] as [unknown, { properties: string[] }];
    expect(parent).toBe(mainWindow());
    expect(options.properties).toEqual(expect.arrayContaining(['openDirectory', 'createDirectory']));
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [parentDir] });
    await expect(invoke(electron, 'workspace:choose-folder')).resolves.toEqual({ ok: true, value: { dir: parentDir } });
  });

  it('sends events from the core to the window, checked against the contract', async () => {
    const electron = install();
    startApp();
    await electron.ready();
    const window = mainWindow();
    fake.host!.emit('workspace:locked', { reason: 'idle' });
    fake.host!.emit('workspace:locked', { reason: 'nonsense' } as never);
    expect(window.webContents.send.mock.calls).toEqual([['workspace:locked', { reason: 'idle' }]]);
  });

  it('locks an open workspace when the computer suspends, and on quit; remembers only its path', async () => {
    const electron = install();
    const store = memoryStore();
    fake.store = store;
    startApp();
    await electron.ready();
    const window = mainWindow();
    const created = await invoke(electron, 'workspace:create', { parentDir, name: 'Fictional Review', passphrase });
    expect(created.ok).toBe(true);
    const dir = (created as { value: { path: string } }).value.path;
    expect(store.saved.get('recentPaths')).toEqual([dir]);
    expect([...store.saved.keys()].every((key) => ['windowBounds', 'settings', 'recentPaths'].includes(key))).toBe(true);

    electron.powerMonitor.emit('suspend');
    // The event crosses to the core's thread, which locks and tells the window.
    await vi.waitFor(() => expect(window.webContents.send).toHaveBeenCalledWith('workspace:locked', { reason: 'suspend' }));
    await expect(invoke(electron, 'workspace:status')).resolves.toEqual({ ok: true, value: { state: 'closed' } });

    await expect(invoke(electron, 'workspace:unlock', { path: dir, method: 'passphrase', secret: passphrase })).resolves.toMatchObject({
      ok: true,
      value: { state: 'open' },
    });
    window.webContents.send.mockClear();
    const quit = { preventDefault: vi.fn() };
    electron.app.emit('before-quit', quit);
    expect(quit.preventDefault).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalledOnce());
    expect(fake.core!.shutdown).toHaveBeenCalledOnce();
    expect(window.webContents.send).toHaveBeenCalledWith('workspace:locked', { reason: 'user' });
    // Locked cleanly: the lock file is gone, and the core takes no more calls.
    expect(existsSync(path.join(dir, 'workspace.lock'))).toBe(false);
    await expect(invoke(electron, 'workspace:status')).resolves.toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });

  it('quits at once, with nothing to lock, before the app is ready', async () => {
    const electron = install();
    startApp();
    const quit = { preventDefault: vi.fn() };
    electron.app.emit('before-quit', quit);
    await settle();
    expect(electron.app.quit).toHaveBeenCalledOnce();
  });

  it('locks when the system shuts down (Linux, macOS) or the Windows session ends', async () => {
    const electron = install();
    startApp();
    await electron.ready();
    const shutdownEvent = { preventDefault: vi.fn() };
    electron.powerMonitor.emit('shutdown', shutdownEvent);
    expect(shutdownEvent.preventDefault).toHaveBeenCalledOnce();
    expect(electron.app.quit).toHaveBeenCalledOnce();

    const windows = install();
    startApp();
    await windows.ready();
    mainWindow().emit('session-end');
    await settle();
    expect(fake.core!.shutdown).toHaveBeenCalledOnce();
  });

  it('locks the workspace when the last window closes on macOS, where the app keeps running', async () => {
    const electron = install();
    startApp();
    await electron.ready();
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    Object.defineProperty(process, 'platform', { ...platform, value: 'darwin' });
    try {
      electron.app.emit('window-all-closed');
    } finally {
      Object.defineProperty(process, 'platform', platform);
    }
    await settle();
    expect(fake.core!.invoke).toHaveBeenCalledWith('workspace:lock', {});
    expect(electron.app.quit).not.toHaveBeenCalled();
  });
});
