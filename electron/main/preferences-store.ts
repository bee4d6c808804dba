/**
 * The electron-store file behind preferences.ts. Kept apart so that tests of the preference
 * logic never load electron-store (which imports the real 'electron').
 */
import type { IpcMain } from 'electron';
import Store from 'electron-store';
import { createLogger } from '../services';
import { preferenceKeys, type PreferencesStore } from './preferences';

const log = createLogger('preferences-store');

/** The file's name in the user-data folder (preferences.json). */
export const preferencesFileName = 'preferences';

/** Undefined if the file cannot be opened: the app then remembers nothing beyond this run. */
export function openPreferencesStore(ipcMain: Pick<IpcMain, 'removeAllListeners'>): PreferencesStore | undefined {
  try {
    const store = new Store<Record<string, unknown>>({
      name: preferencesFileName,
      // A damaged file holds nothing worth keeping; starting the app matters more.
      clearInvalidConfig: true,
      // Recent paths name the user's folders: the file is for this user alone.
      configFileMode: 0o600,
    });
    // electron-store answers this synchronous IPC so that renderer-side stores can find the
    // profile folder. The app has none, and the page has no business learning that path.
    ipcMain.removeAllListeners('electron-store-get-data');
    dropUnknownKeys(store);
    return {
      get: (key) => store.get(key),
      set: (key, value) => store.set(key, value),
    };
  } catch (error) {
    log.warn('preferences will not be remembered', { type: error instanceof Error ? error.name : typeof error });
    return undefined;
  }
}

/**
 * The file holds only the keys preferences.ts writes. Anything else (an older version's data, a
 * hand edit) is removed on open, so nothing stays there that the app does not know to be safe.
 */
function dropUnknownKeys(store: Store<Record<string, unknown>>): void {
  const current = store.store;
  const allowed = new Set<string>(preferenceKeys);
  const unknown = Object.keys(current).filter((key) => !allowed.has(key));
  if (unknown.length === 0) return;
  store.store = Object.fromEntries(Object.entries(current).filter(([key]) => allowed.has(key)));
  log.info('removed preferences the app does not use', { count: unknown.length });
}
