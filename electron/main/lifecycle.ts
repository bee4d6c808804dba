/**
 * App startup, in the order Electron requires: sandboxing and the app:// scheme before ready;
 * session rules, protocol, the core (in its own thread) and its IPC, menu and window after it.
 * One instance at a time: a second launch hands over to the first, which comes to the front.
 * Quitting locks the open workspace first (quit.ts).
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, powerMonitor, protocol, screen, session, shell } from 'electron';
import { productName } from '../../shared/product';
import { createLogger, startCore, type CoreClient } from '../services';
import { createEmit } from './emit';
import { createExternalLinkOpener } from './external-links';
import { registerIpc } from './ipc';
import { menuTemplate } from './menu';
import { appPaths } from './paths';
import { electronCore } from './ports';
import { rememberBounds, restoreBounds, type PreferencesStore } from './preferences';
import { openPreferencesStore } from './preferences-store';
import { registerAppScheme, serveApp } from './protocol';
import { lockBeforeQuit, quitOnSystemShutdown } from './quit';
import { hardenSession, hardenWebContents } from './security';
import { createMainWindow, focusWindow } from './window';

const log = createLogger('main');

export function startApp(): void {
  // Every renderer sandboxed, whatever a window's options say.
  app.enableSandbox();
  registerAppScheme(protocol);

  if (!app.requestSingleInstanceLock()) {
    // An instance is already running: it comes to the front ('second-instance') and this one leaves.
    app.quit();
    return;
  }

  let mainWindow: BrowserWindow | undefined;
  let store: PreferencesStore | undefined;
  let core: CoreClient | undefined;
  const paths = appPaths(app.getAppPath());
  const currentWindow = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : undefined);
  const emit = createEmit(() => currentWindow()?.webContents);
  const quitGuard = lockBeforeQuit(app, async () => {
    await core?.shutdown();
  });

  const offerExternalLink = createExternalLinkOpener({
    showMessageBox: (options) => {
      const parent = currentWindow();
      return parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options);
    },
    openExternal: (url) => shell.openExternal(url),
  });

  const openMainWindow = (): BrowserWindow => {
    const workAreas = screen.getAllDisplays().map((display) => display.workArea);
    const window = createMainWindow({
      preload: paths.preload,
      bounds: store ? restoreBounds(store, workAreas) : undefined,
      isPackaged: app.isPackaged,
    });
    if (store) rememberBounds(store, window);
    // Windows ends a session (shutdown, restart, sign-out) without the quit events.
    window.on('session-end', () => void quitGuard.lockNow());
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = undefined;
    });
    return window;
  };

  app.on('second-instance', () => {
    const window = currentWindow();
    if (window) focusWindow(window);
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, offerExternalLink));
  app.on('window-all-closed', () => {
    // macOS apps stay in the dock with no window; elsewhere closing the window ends the app.
    if (process.platform !== 'darwin') {
      app.quit();
      return;
    }
    // Closing the window closes the workspace too: reopening it from the dock asks to unlock.
    Promise.resolve()
      .then(() => core?.invoke('workspace:lock', {}))
      .catch((error: unknown) => {
        log.error('could not lock the workspace when the window closed', { type: error instanceof Error ? error.name : typeof error });
      });
  });
  app.on('activate', () => {
    if (app.isReady() && !currentWindow()) mainWindow = openMainWindow();
  });

  app
    .whenReady()
    .then(() => {
      hardenSession(session.defaultSession);
      serveApp(protocol, paths.renderer);
      store = openPreferencesStore(ipcMain);
      const { options, host } = electronCore({ window: currentWindow, store, emit, workerFile: paths.coreWorker });
      const started = startCore(options, host);
      core = started;
      registerIpc(ipcMain, (channel, input) => started.invokeEncoded(channel, input), (contents) => {
        const window = currentWindow();
        return window !== undefined && contents.id === window.webContents.id;
      });
      quitOnSystemShutdown(powerMonitor, app);
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          menuTemplate({
            isMac: process.platform === 'darwin',
            isPackaged: app.isPackaged,
            navigate: (area) => emit('app:navigate', { area }),
          }),
        ),
      );
      mainWindow = openMainWindow();
    })
    .catch((error: unknown) => {
      log.error('startup failed', { type: error instanceof Error ? error.name : typeof error });
      dialog.showErrorBox(productName, 'The app could not start. Reinstall it; if that does not help, contact your IT support.');
      app.exit(1);
    });
}
