/**
 * Small stand-ins for the Electron objects electron/main touches, for tests that mock 'electron'.
 * Each records what was done to it; none of them pretends to do Electron's work.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';
import type { BrowserWindowConstructorOptions, HandlerDetails, PowerMonitor, SafeStorage, WindowOpenHandlerResponse } from 'electron';
import { createPreferencesPort } from '../../../electron/main/preferences';
import { systemTimers, type Ports } from '../../../electron/services';

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

export function appFrame(url = 'app://app/index.html'): FakeFrame {
  return { url, parent: null };
}

let nextContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  readonly send = vi.fn();
  readonly isDestroyed = vi.fn(() => false);
  windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | undefined;
  readonly setWindowOpenHandler = vi.fn((handler: (details: HandlerDetails) => WindowOpenHandlerResponse) => {
    this.windowOpenHandler = handler;
  });
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static focused: FakeBrowserWindow | null = null;
  static getFocusedWindow = vi.fn(() => FakeBrowserWindow.focused);

  static reset(): void {
    FakeBrowserWindow.instances = [];
    FakeBrowserWindow.focused = null;
  }

  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly maximize = vi.fn();
  readonly isMinimized = vi.fn(() => false);
  readonly isMaximized = vi.fn(() => false);
  readonly isDestroyed = vi.fn(() => false);
  readonly getNormalBounds = vi.fn(() => ({ x: 10, y: 20, width: 1100, height: 700 }));

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
}

/** An Electron-style event whose preventDefault is observable. */
export function navigationEvent(url: string, isMainFrame = true): { url: string; isMainFrame: boolean; preventDefault: ReturnType<typeof vi.fn> } {
  return { url, isMainFrame, preventDefault: vi.fn() };
}

export function fakeSession() {
  return {
    webRequest: { onHeadersReceived: vi.fn(), onBeforeRequest: vi.fn() },
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    setSpellCheckerEnabled: vi.fn(),
  };
}

/**
 * safeStorage with real encryption under a key only this fake knows, so a round trip proves the
 * port encodes and decodes correctly and a sealed key does not contain the key.
 */
type StorageBackend = ReturnType<SafeStorage['getSelectedStorageBackend']>;

export function fakeSafeStorage({ available = true, backend = 'gnome_libsecret' as StorageBackend } = {}) {
  const key = randomBytes(32);
  return {
    isEncryptionAvailable: vi.fn(() => available),
    getSelectedStorageBackend: vi.fn((): StorageBackend => backend),
    encryptString: vi.fn((plain: string) => {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    }),
    decryptString: vi.fn((sealed: Buffer) => {
      // Electron throws when the OS key cannot open the data (a reset keyring, another machine).
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
      decipher.setAuthTag(sealed.subarray(12, 28));
      return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
    }),
  };
}

/** powerMonitor: an emitter the test drives ('suspend', 'lock-screen', 'shutdown'). */
export function fakePowerMonitor(): EventEmitter & Pick<PowerMonitor, 'on' | 'removeListener'> {
  return new EventEmitter() as EventEmitter & Pick<PowerMonitor, 'on' | 'removeListener'>;
}

/** Ports for a core that is only asked about the app (no dialogs answered, no events watched). */
export function quietPorts(app: Ports['app']): Ports {
  return {
    app,
    dialogs: { showOpen: async () => null, showSave: async () => null, confirm: async () => false },
    preferences: createPreferencesPort(undefined),
    power: { on: () => () => undefined },
    timers: systemTimers,
    emit: () => undefined,
  };
}
