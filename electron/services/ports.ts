/**
 * What the application core needs from its host (Electron, the CLI or the e2e test host).
 * Services never import 'electron': everything host-specific arrives through these ports.
 */
import type { EventName, EventPayload } from '../../shared/ipc/contract';
import type { Settings } from '../../shared/workspace';
import type { KeychainPort } from './workspace/keys';

export interface AppIdentity {
  name: string;
  version: string;
  platform: string;
}

export interface FileFilter {
  /** What the user sees, e.g. "Agency chronology (CSV, Excel)". */
  name: string;
  /** Without the dot: ['csv', 'xlsx']. */
  extensions: string[];
}

export interface OpenDialogOptions {
  title: string;
  filters?: FileFilter[];
  /** Pick a folder (e.g. a `.review` workspace) rather than a file. */
  directory?: boolean;
  multiple?: boolean;
}

export interface SaveDialogOptions {
  title: string;
  defaultName?: string;
  filters?: FileFilter[];
}

export interface ConfirmOptions {
  title: string;
  message: string;
  detail?: string;
  confirmLabel: string;
  cancelLabel?: string;
  /** The action loses data: the dialog defaults to Cancel. */
  destructive?: boolean;
}

export interface DialogsPort {
  /** Absolute paths the user chose, or null if they cancelled. */
  showOpen(options: OpenDialogOptions): Promise<string[] | null>;
  showSave(options: SaveDialogOptions): Promise<string | null>;
  confirm(options: ConfirmOptions): Promise<boolean>;
}

/** Preferences (electron-store in the app, a JSON file for the CLI and tests): paths and settings only. */
export interface PreferencesPort {
  settings(): Settings;
  saveSettings(settings: Settings): void;
  recentPaths(): string[];
  saveRecentPaths(paths: string[]): void;
}

export type PowerEvent = 'suspend' | 'lock-screen';

/** OS power and idle signals (Electron's powerMonitor); a scripted one in tests. */
export interface PowerPort {
  /** Subscribes; returns an unsubscribe. */
  on(listener: (event: PowerEvent) => void): () => void;
}

export interface TimersPort {
  now(): Date;
  setInterval(callback: () => void, ms: number): { cancel(): void };
}

export interface Ports {
  app: AppIdentity;
  /**
   * Path of the better-sqlite3-multiple-ciphers binary built for this runtime. Electron needs
   * its own build (a different ABI from Node's); undefined means "the module's default".
   */
  sqliteNativeBinding?: string;
  dialogs: DialogsPort;
  preferences: PreferencesPort;
  power: PowerPort;
  timers: TimersPort;
  /** The OS keychain (Electron safeStorage); absent where there is none (the CLI). */
  keychain?: KeychainPort;
  /**
   * The app's own data folder (never a workspace): the fictional demo workspace and a loaded
   * bank-holidays file live here. Absent in the CLI.
   */
  dataDir?: string;
  /** Pushes an event to the renderer. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

export const systemTimers: TimersPort = {
  now: () => new Date(),
  setInterval: (callback, ms) => {
    const handle = setInterval(callback, ms);
    handle.unref?.();
    return { cancel: () => clearInterval(handle) };
  },
};
