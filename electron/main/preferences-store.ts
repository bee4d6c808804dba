/**
 * The electron-store file behind preferences.ts. Kept apart so that tests of the bounds logic
 * never load electron-store (which imports the real 'electron').
 */
import type { IpcMain } from 'electron';
import Store from 'electron-store';
import { createLogger } from '../services';
import type { Bounds, PreferencesStore } from './preferences';

const log = createLogger('preferences-store');

/** Undefined if the file cannot be opened: the app then simply forgets the window position. */
export function openPreferencesStore(ipcMain: Pick<IpcMain, 'removeAllListeners'>): PreferencesStore | undefined {
  try {
    const store = new Store<{ windowBounds?: Bounds }>({
      name: 'window-state',
      // A damaged file holds nothing worth keeping; starting the app matters more.
      clearInvalidConfig: true,
    });
    // electron-store answers this synchronous IPC so that renderer-side stores can find the
    // profile folder. The app has none, and the page has no business learning that path.
    ipcMain.removeAllListeners('electron-store-get-data');
    return {
      get: (key) => store.get(key),
      set: (key, value) => store.set(key, value),
    };
  } catch (error) {
    log.warn('window position will not be remembered', { type: error instanceof Error ? error.name : typeof error });
    return undefined;
  }
}
