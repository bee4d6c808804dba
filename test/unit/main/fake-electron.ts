/**
 * Small stand-ins for the Electron objects electron/main touches, for tests that mock 'electron'.
 * Each records what was done to it; none of them pretends to do Electron's work.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';
import type { BrowserWindowConstructorOptions, HandlerDetails, WindowOpenHandlerResponse } from 'electron';

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
