/**
 * Window bounds, remembered between runs. This is all the preferences file holds: it sits
 * unencrypted in the user's profile, so it never stores workspace content, names or paths.
 */
import type { BrowserWindow, Rectangle } from 'electron';
import { z } from 'zod';
import { createLogger } from '../services';

const log = createLogger('preferences');

export const boundsKey = 'windowBounds';

// The file can be edited or corrupted by hand, so what is read back is checked like any input.
const boundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean().optional(),
});

export type Bounds = z.infer<typeof boundsSchema>;

/** The slice of electron-store the app uses; tests pass a Map-backed fake. */
export interface PreferencesStore {
  get(key: typeof boundsKey): unknown;
  set(key: typeof boundsKey, value: Bounds): void;
}

/**
 * The saved bounds if they still fit entirely on one of the current displays' work areas;
 * otherwise undefined, and the window opens at its default size, centred. A monitor unplugged
 * since the last run must not leave the window somewhere the user cannot see it.
 */
export function restoreBounds(store: PreferencesStore, workAreas: readonly Rectangle[]): Bounds | undefined {
  let stored: unknown;
  try {
    stored = store.get(boundsKey);
  } catch {
    return undefined;
  }
  const parsed = boundsSchema.safeParse(stored);
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
    log.warn('could not save the window position', { type: error instanceof Error ? error.name : typeof error });
  }
}

export function rememberBounds(store: PreferencesStore, window: Pick<BrowserWindow, 'getNormalBounds' | 'isMaximized' | 'on'>): void {
  window.on('close', () => saveBounds(store, window));
}

function contains(area: Rectangle, bounds: Bounds): boolean {
  return (
    bounds.x >= area.x &&
    bounds.y >= area.y &&
    bounds.x + bounds.width <= area.x + area.width &&
    bounds.y + bounds.height <= area.y + area.height
  );
}
