import { beforeEach, describe, expect, it, vi } from 'vitest';
import { productName } from '../../../shared/product';
import { FakeBrowserWindow } from './fake-electron';

vi.mock('electron', async () => {
  const { FakeBrowserWindow: BrowserWindow } = await import('./fake-electron');
  return { BrowserWindow };
});

const { createMainWindow, focusWindow, minimumSize } = await import('../../../electron/main/window');

const preload = '/opt/prw/dist/preload/preload.cjs';

function onlyWindow(): FakeBrowserWindow {
  expect(FakeBrowserWindow.instances).toHaveLength(1);
  return FakeBrowserWindow.instances[0]!;
}

describe('main window', () => {
  beforeEach(() => FakeBrowserWindow.reset());

  it('isolates the page from Node and the main process', () => {
    createMainWindow({ preload, isPackaged: true });
    const prefs = onlyWindow().options.webPreferences;
    expect(prefs).toMatchObject({
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
  });

  it('fetches nothing remote and opens nothing on middle-click', () => {
    createMainWindow({ preload, isPackaged: true });
    const prefs = onlyWindow().options.webPreferences;
    expect(prefs?.spellcheck).toBe(false);
    expect(prefs?.disableBlinkFeatures?.split(',')).toContain('Auxclick');
  });

  it('keeps developer tools out of packaged builds only', () => {
    createMainWindow({ preload, isPackaged: true });
    createMainWindow({ preload, isPackaged: false });
    const [packaged, development] = FakeBrowserWindow.instances;
    expect(packaged?.options.webPreferences?.devTools).toBe(false);
    expect(development?.options.webPreferences?.devTools).toBe(true);
  });

  it("loads the app's own page, titled, and shows it only when it has painted", () => {
    createMainWindow({ preload, isPackaged: true });
    const window = onlyWindow();
    expect(window.loadURL).toHaveBeenCalledWith('app://app/index.html');
    expect(window.options).toMatchObject({ show: false, title: productName, minWidth: minimumSize.width, minHeight: minimumSize.height });
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('opens at the remembered position and maximises if it was maximised', () => {
    createMainWindow({ preload, isPackaged: true, bounds: { x: 40, y: 50, width: 1000, height: 700, maximized: true } });
    const window = onlyWindow();
    expect(window.options).toMatchObject({ x: 40, y: 50, width: 1000, height: 700 });
    window.emit('ready-to-show');
    expect(window.maximize).toHaveBeenCalledOnce();
  });

  it('opens centred at the default size when nothing is remembered', () => {
    createMainWindow({ preload, isPackaged: true });
    const window = onlyWindow();
    expect(window.options.x).toBeUndefined();
    expect(window.options.width).toBeGreaterThanOrEqual(minimumSize.width);
    window.emit('ready-to-show');
    expect(window.maximize).not.toHaveBeenCalled();
  });

  it('brings a minimised window back to the front', () => {
    const window = new FakeBrowserWindow({});
    window.isMinimized.mockReturnValue(true);
    focusWindow(window);
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });
});
