/**
 * What the app remembers between runs: the window's bounds, the interface settings and the
 * paths of recently opened workspaces. The file sits unencrypted in the user's profile, so it
 * holds those three keys and nothing else: never workspace content, names of people in a
 * review, passphrases or recovery codes. Everything read back is checked like any other input,
 * because the file can be edited or damaged by hand.
 */
import path from 'node:path';
import type { BrowserWindow, Rectangle } from 'electron';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { defaultSettings, settingsSchema, type Settings } from '../../shared/workspace';
import { createLogger, type PreferencesPort } from '../services';

const log = createLogger('preferences');

export const boundsKey = 'windowBounds';
export const settingsKey = 'settings';
export const recentPathsKey = 'recentPaths';
/** The only keys the preferences file may hold; preferences-store.ts removes any other. */
export const preferenceKeys = [boundsKey, settingsKey, recentPathsKey] as const;

export const maxRecentPaths = 10;
const maxPathLength = 4096;

const boundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean().optional(),
});

export type Bounds = z.infer<typeof boundsSchema>;

interface PreferenceValues {
  [boundsKey]: Bounds;
  [settingsKey]: Settings;
  [recentPathsKey]: string[];
}

export type PreferenceKey = keyof PreferenceValues;

/** The slice of electron-store the app uses; tests pass a Map-backed fake. */
export interface PreferencesStore {
  get(key: PreferenceKey): unknown;
  set<K extends PreferenceKey>(key: K, value: PreferenceValues[K]): void;
}

/**
 * The saved bounds if they still fit entirely on one of the current displays' work areas;
 * otherwise undefined, and the window opens at its default size, centred. A monitor unplugged
 * since the last run must not leave the window somewhere the user cannot see it.
 */
export function restoreBounds(store: PreferencesStore, workAreas: readonly Rectangle[]): Bounds | undefined {
  const parsed = boundsSchema.safeParse(read(store, boundsKey));
  if (!parsed.success) return undefined;
  return workAreas.some((area) => contains(area, parsed.data)) ? parsed.data : undefined;
}

/** Saves the window's normal (unmaximised) bounds, and whether it was maximised. */
export function saveBounds(store: PreferencesStore, window: Pick<BrowserWindow, 'getNormalBounds' | 'isMaximized'>): void {
  const { x, y, width, height } = window.getNormalBounds();
  try {
    store.set(boundsKey, { x, y, width, height, maximized: window.isMaximized() });
  } catch (error) {
    // Losing the window position is not worth interrupting the user over.
    log.warn('could not save the window position', { type: errorType(error) });
  }
}

export function rememberBounds(store: PreferencesStore, window: Pick<BrowserWindow, 'getNormalBounds' | 'isMaximized' | 'on'>): void {
  window.on('close', () => saveBounds(store, window));
}

/**
 * The settings as stored, field by field: a field that is missing or invalid (hand-edited, from
 * an older version, damaged) takes its default while the valid ones are kept.
 */
export function readSettings(store: PreferencesStore): Settings {
  const stored = read(store, settingsKey);
  const fields: Partial<Record<keyof Settings, unknown>> =
    stored !== null && typeof stored === 'object' && !Array.isArray(stored) ? (stored as Partial<Record<keyof Settings, unknown>>) : {};
  const pick = <K extends keyof Settings>(key: K): Settings[K] => {
    const parsed = settingsSchema.shape[key].safeParse(fields[key]);
    return parsed.success ? (parsed.data as Settings[K]) : defaultSettings[key];
  };
  return {
    displayName: pick('displayName'),
    role: pick('role'),
    autoLockMinutes: pick('autoLockMinutes'),
    backupEveryMinutes: pick('backupEveryMinutes'),
    backupsToKeep: pick('backupsToKeep'),
    compositeColumns: pick('compositeColumns'),
    secondBackupFolder: pick('secondBackupFolder'),
  };
}

/** Absolute paths only, newest first, each once, at most maxRecentPaths. */
export function normaliseRecentPaths(paths: readonly unknown[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const candidate of paths) {
    if (typeof candidate !== 'string' || candidate.length === 0 || candidate.length > maxPathLength) continue;
    if (candidate.includes('\0') || !path.isAbsolute(candidate)) continue;
    const resolved = path.resolve(candidate);
    // Windows paths are case-insensitive: C:\Reviews and c:\reviews are one folder.
    const identity = process.platform === 'win32' ? resolved.toLowerCase() : resolved;
    if (seen.has(identity)) continue;
    seen.add(identity);
    kept.push(resolved);
    if (kept.length === maxRecentPaths) break;
  }
  return kept;
}

export function readRecentPaths(store: PreferencesStore): string[] {
  const stored = read(store, recentPathsKey);
  return Array.isArray(stored) ? normaliseRecentPaths(stored) : [];
}

/**
 * The core's preferences port over the store. Without a store (the file could not be opened)
 * the app still works, remembering settings and recent paths until it quits.
 */
export function createPreferencesPort(store: PreferencesStore | undefined): PreferencesPort {
  const backing = store ?? memoryStore();
  return {
    settings: () => readSettings(backing),
    saveSettings: (settings) => {
      // Parsing also strips any field the schema does not know, so nothing else reaches the file.
      const parsed = settingsSchema.safeParse(settings);
      if (!parsed.success) throw new AppError('validation', 'Those settings are not valid, so they were not saved. Check the values and try again.');
      write(backing, settingsKey, parsed.data, 'Your settings could not be saved. Check that your user profile folder is not full or read-only, then try again.');
    },
    recentPaths: () => readRecentPaths(backing),
    saveRecentPaths: (paths) => {
      try {
        backing.set(recentPathsKey, normaliseRecentPaths(paths));
      } catch (error) {
        // The recent list is a convenience: failing to update it must not fail opening a workspace.
        log.warn('could not save the recent workspaces', { type: errorType(error) });
      }
    },
  };
}

function read(store: PreferencesStore, key: PreferenceKey): unknown {
  try {
    return store.get(key);
  } catch (error) {
    log.warn('could not read a preference', { key, type: errorType(error) });
    return undefined;
  }
}

function write<K extends PreferenceKey>(store: PreferencesStore, key: K, value: PreferenceValues[K], message: string): void {
  try {
    store.set(key, value);
  } catch (error) {
    log.warn('could not save a preference', { key, type: errorType(error) });
    throw new AppError('unavailable', message);
  }
}

function memoryStore(): PreferencesStore {
  const values = new Map<PreferenceKey, unknown>();
  return { get: (key) => values.get(key), set: (key, value) => void values.set(key, value) };
}

function contains(area: Rectangle, bounds: Bounds): boolean {
  return (
    bounds.x >= area.x &&
    bounds.y >= area.y &&
    bounds.x + bounds.width <= area.x + area.width &&
    bounds.y + bounds.height <= area.y + area.height
  );
}

function errorType(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
