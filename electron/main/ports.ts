/**
 * What the core's thread is started with inside Electron: the facts it needs (identity, the
 * native SQLite build, the data folder) and the host ports only main can serve (windows' dialogs,
 * safeStorage, powerMonitor, electron-store, the window's events). electron/services/ports.ts says
 * what each is for. Built in the ready handler: powerMonitor and safeStorage need a ready app.
 */
import { app, dialog, powerMonitor, safeStorage, type BrowserWindow } from 'electron';
import { productName } from '../../shared/product';
import type { CoreHostPorts, CoreStartOptions } from '../services';
import { createDialogsPort } from './dialogs-port';
import type { Emit } from './emit';
import { createKeychainPort } from './keychain-port';
import { sqliteNativeBinding } from './native-binding';
import { createPowerPort } from './power-port';
import { createPreferencesPort, type PreferencesStore } from './preferences';

export interface ElectronPortsContext {
  /** The app's window, for modal dialogs; undefined when there is none. */
  window: () => BrowserWindow | undefined;
  /** The preferences file; undefined if it could not be opened. */
  store: PreferencesStore | undefined;
  emit: Emit;
  /** The core's bundled worker script (paths.ts). */
  workerFile: string;
}

export function electronCore(context: ElectronPortsContext): { options: CoreStartOptions; host: CoreHostPorts } {
  return {
    options: {
      workerFile: context.workerFile,
      app: { name: productName, version: app.getVersion(), platform: process.platform },
      sqliteNativeBinding: sqliteNativeBinding({
        isPackaged: app.isPackaged,
        appRoot: app.getAppPath(),
        electronVersion: process.versions.electron,
        platform: process.platform,
        arch: process.arch,
      }),
      dataDir: app.getPath('userData'),
    },
    host: {
      dialogs: createDialogsPort(dialog, context.window),
      preferences: createPreferencesPort(context.store),
      power: createPowerPort(powerMonitor),
      keychain: createKeychainPort(safeStorage, process.platform),
      emit: context.emit,
    },
  };
}
