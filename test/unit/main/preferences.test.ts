import { EventEmitter } from 'node:events';
import type { BrowserWindow, Rectangle } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { boundsKey, rememberBounds, restoreBounds, saveBounds, type Bounds, type PreferencesStore } from '../../../electron/main/preferences';

function memoryStore(initial?: unknown): PreferencesStore & { saved: Map<string, unknown> } {
  const saved = new Map<string, unknown>(initial === undefined ? [] : [[boundsKey, initial]]);
  return { saved, get: (key) => saved.get(key), set: (key, value) => void saved.set(key, value) };
}

const laptop: Rectangle = { x: 0, y: 0, width: 1920, height: 1050 };
const monitorOnRight: Rectangle = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('window bounds', () => {
  it('restores bounds that fit the current display', () => {
    const bounds: Bounds = { x: 100, y: 80, width: 1200, height: 800 };
    expect(restoreBounds(memoryStore(bounds), [laptop])).toEqual(bounds);
  });

  it('restores bounds on a second display while it is connected, and forgets them once it is not', () => {
    const store = memoryStore({ x: 2000, y: 100, width: 1400, height: 900, maximized: true });
    expect(restoreBounds(store, [laptop, monitorOnRight])).toMatchObject({ x: 2000, maximized: true });
    expect(restoreBounds(store, [laptop])).toBeUndefined();
  });

  it('ignores bounds that hang off the edge of every display', () => {
    expect(restoreBounds(memoryStore({ x: 1500, y: 0, width: 1200, height: 800 }), [laptop])).toBeUndefined();
  });

  it.each([
    ['nothing saved', undefined],
    ['a string', 'x=1,y=2'],
    ['a zero width', { x: 0, y: 0, width: 0, height: 800 }],
    ['a missing height', { x: 0, y: 0, width: 800 }],
    ['fractions', { x: 0.5, y: 0, width: 800, height: 600 }],
  ])('ignores %s', (_what, stored) => {
    expect(restoreBounds(memoryStore(stored), [laptop])).toBeUndefined();
  });

  it('survives a store that cannot be read', () => {
    const store: PreferencesStore = {
      get: () => {
        throw new SyntaxError('Unexpected token');
      },
      set: vi.fn(),
    };
    expect(restoreBounds(store, [laptop])).toBeUndefined();
  });

  it('saves the normal bounds and whether the window was maximised, when it closes', () => {
    const store = memoryStore();
    const window = Object.assign(new EventEmitter(), {
      getNormalBounds: () => ({ x: 30, y: 40, width: 1000, height: 700 }),
      isMaximized: () => true,
    });
    rememberBounds(store, window as unknown as BrowserWindow);
    expect(store.saved.has(boundsKey)).toBe(false);
    window.emit('close');
    expect(store.saved.get(boundsKey)).toEqual({ x: 30, y: 40, width: 1000, height: 700, maximized: true });
    // What was saved is what the next start restores.
    expect(restoreBounds(store, [laptop])).toEqual({ x: 30, y: 40, width: 1000, height: 700, maximized: true });
  });

  it('stores bounds and nothing else', () => {
    const set = vi.fn();
    saveBounds({ get: () => undefined, set }, { getNormalBounds: () => ({ x: 1, y: 2, width: 3, height: 4 }), isMaximized: () => false });
    expect(set).toHaveBeenCalledOnce();
    expect(set.mock.calls[0]?.[0]).toBe(boundsKey);
    expect(Object.keys(set.mock.calls[0]?.[1]).sort()).toEqual(['height', 'maximized', 'width', 'x', 'y']);
  });

  it('does not let a failed save interrupt closing', () => {
    const store: PreferencesStore = {
      get: () => undefined,
      set: () => {
        throw new Error('EACCES');
      },
    };
    expect(() => saveBounds(store, { getNormalBounds: () => ({ x: 1, y: 2, width: 3, height: 4 }), isMaximized: () => false })).not.toThrow();
  });
});
