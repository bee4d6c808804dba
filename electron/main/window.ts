/**
 * The app's window. Its web preferences are the security baseline the rest relies on: the page
 * has no Node, runs sandboxed in its own context, and reaches the main process only through
 * the preload's window.api.
 */
import { BrowserWindow } from 'electron';
import { productName } from '../../shared/product';
import { createLogger } from '../services';
import { appEntryUrl } from './origin';
import type { Bounds } from './preferences';

const log = createLogger('window');

export const defaultSize = { width: 1280, height: 800 };
/** Small enough for a 1366×768 laptop, large enough for a chronology table beside its sidebar. */
export const minimumSize = { width: 960, height: 600 };

export interface MainWindowOptions {
  preload: string;
  bounds?: Bounds;
  isPackaged: boolean;
}

export function createMainWindow({ preload, bounds, isPackaged }: MainWindowOptions): BrowserWindow {
  // Electronegativity reads these options from the source, so they stay one literal here.
  const window = new BrowserWindow({
    ...(bounds ? { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height } : defaultSize),
    minWidth: minimumSize.width,
    minHeight: minimumSize.height,
    title: productName,
    // Shown once the first paint is ready, so the user never sees an empty frame.
    show: false,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // Chromium fetches spellcheck dictionaries from Google: no remote content, ever.
      spellcheck: false,
      // Middle-click (auxclick) opens links without the click event the page guards; the window
      // open handler denies those windows as well, this stops them at the source.
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      enableWebSQL: false,
      safeDialogs: true,
      devTools: !isPackaged,
    },
  });
  window.once('ready-to-show', () => {
    if (bounds?.maximized) window.maximize();
    window.show();
  });
  window.loadURL(appEntryUrl).catch((error: unknown) => {
    log.error('could not load the app page', { type: error instanceof Error ? error.name : typeof error });
  });
  return window;
}

/** Brings the window to the front, e.g. when the user starts the app a second time. */
export function focusWindow(window: Pick<BrowserWindow, 'isMinimized' | 'restore' | 'show' | 'focus'>): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
