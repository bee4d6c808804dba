/**
 * App startup, in the order Electron requires: sandboxing and the app:// scheme before ready;
 * session rules, protocol, IPC, menu and window after it. One instance at a time: a second
 * launch hands over to the first, which comes to the front.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import { productName } from '../../shared/product';
import { createHandlers, createLogger, type Ports } from '../services';
import { createExternalLinkOpener } from './external-links';
import { registerIpc } from './ipc';
import { menuTemplate, sendNavigate } from './menu';
import { sqliteNativeBinding } from './native-binding';
import { appPaths } from './paths';
import { rememberBounds, restoreBounds } from './preferences';
import { openPreferencesStore } from './preferences-store';
import { registerAppScheme, serveApp } from './protocol';
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
  const paths = appPaths(app.getAppPath());
  const currentWindow = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : undefined);

  const offerExternalLink = createExternalLinkOpener({
    showMessageBox: (options) => {
      const parent = currentWindow();
      return parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options);
    },
    openExternal: (url) => shell.openExternal(url),
  });

  const openMainWindow = (): BrowserWindow => {
    const store = openPreferencesStore(ipcMain);
    const workAreas = screen.getAllDisplays().map((display) => display.workArea);
    const window = createMainWindow({
      preload: paths.preload,
      bounds: store ? restoreBounds(store, workAreas) : undefined,
      isPackaged: app.isPackaged,
    });
    if (store) rememberBounds(store, window);
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
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && !currentWindow()) mainWindow = openMainWindow();
  });

  app
    .whenReady()
    .then(() => {
      hardenSession(session.defaultSession);
      serveApp(protocol, paths.renderer);
      registerIpc(ipcMain, createHandlers(ports()), (contents) => {
        const window = currentWindow();
        return window !== undefined && contents.id === window.webContents.id;
      });
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          menuTemplate({
            isMac: process.platform === 'darwin',
            isPackaged: app.isPackaged,
            navigate: (area) => {
              const target = BrowserWindow.getFocusedWindow() ?? currentWindow();
              if (target) sendNavigate(target.webContents, area);
            },
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

function ports(): Ports {
  return {
    app: { name: productName, version: app.getVersion(), platform: process.platform },
    sqliteNativeBinding: sqliteNativeBinding({
      isPackaged: app.isPackaged,
      appRoot: app.getAppPath(),
      electronVersion: process.versions.electron,
      platform: process.platform,
      arch: process.arch,
    }),
  };
}
