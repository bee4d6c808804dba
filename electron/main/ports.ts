/**
 * The ports the core runs on inside Electron (electron/services/ports.ts says what each is for).
 * Built in the ready handler: powerMonitor and safeStorage's backend need a ready app.
 */
import { app, dialog, powerMonitor, safeStorage, type BrowserWindow } from 'electron';
import { productName } from '../../shared/product';
import { systemTimers, type Ports } from '../services';
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
}

export function electronPorts(context: ElectronPortsContext): Ports {
  return {
    app: { name: productName, version: app.getVersion(), platform: process.platform },
    sqliteNativeBinding: sqliteNativeBinding({
      isPackaged: app.isPackaged,
      appRoot: app.getAppPath(),
      electronVersion: process.versions.electron,
      platform: process.platform,
      arch: process.arch,
    }),
    dialogs: createDialogsPort(dialog, context.window),
    preferences: createPreferencesPort(context.store),
    power: createPowerPort(powerMonitor),
    timers: systemTimers,
    keychain: createKeychainPort(safeStorage, process.platform),
    dataDir: app.getPath('userData'),
    emit: context.emit,
  };
}
