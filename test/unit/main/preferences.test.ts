import { EventEmitter } from 'node:events';
import type { BrowserWindow, Rectangle } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  boundsKey,
  createPreferencesPort,
  maxRecentPaths,
  recentPathsKey,
  rememberBounds,
  restoreBounds,
  saveBounds,
  settingsKey,
  type Bounds,
  type PreferencesStore,
} from '../../../electron/main/preferences';
import { defaultSettings, type Settings } from '../../../shared/workspace';

function memoryStore(initial?: unknown, key: string = boundsKey): PreferencesStore & { saved: Map<string, unknown> } {
  const saved = new Map<string, unknown>(initial === undefined ? [] : [[key, initial]]);
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

describe('settings', () => {
  const custom: Settings = { displayName: 'Sam Reviewer', autoLockMinutes: 5, backupEveryMinutes: 60, backupsToKeep: 3 };

  it('are the defaults when nothing is saved', () => {
    expect(createPreferencesPort(memoryStore()).settings()).toEqual(defaultSettings);
  });

  it('come back as they were saved', () => {
    const store = memoryStore();
    createPreferencesPort(store).saveSettings(custom);
    expect(createPreferencesPort(store).settings()).toEqual(custom);
  });

  it.each([
    ['a string', 'autoLock=5'],
    ['an array', [1, 2, 3]],
    ['null', null],
    ['a number', 42],
  ])('fall back to the defaults when the file holds %s', (_what, stored) => {
    expect(createPreferencesPort(memoryStore(stored, settingsKey)).settings()).toEqual(defaultSettings);
  });

  it('keep each valid field and replace each invalid one with its default', () => {
    const stored = { displayName: '   ', autoLockMinutes: 5, backupEveryMinutes: -1, backupsToKeep: '3', passphrase: 'hunter2hunter2' };
    expect(createPreferencesPort(memoryStore(stored, settingsKey)).settings()).toEqual({
      displayName: defaultSettings.displayName,
      autoLockMinutes: 5,
      backupEveryMinutes: defaultSettings.backupEveryMinutes,
      backupsToKeep: defaultSettings.backupsToKeep,
    });
  });

  it.each([
    ['auto-lock beyond its range', { autoLockMinutes: 10_000 }],
    ['a fractional backup count', { backupsToKeep: 2.5 }],
    ['a display name that is far too long', { displayName: 'x'.repeat(500) }],
  ])('reject %s on read', (_what, field) => {
    const settings = createPreferencesPort(memoryStore({ ...custom, ...field }, settingsKey)).settings();
    const [key] = Object.keys(field) as (keyof Settings)[];
    expect(settings[key!]).toEqual(defaultSettings[key!]);
  });

  it('keep the composite columns a reviewer chose, and drop a damaged choice rather than all settings', () => {
    const store = memoryStore();
    const columns = { hidden: ['outcome' as const, 'source' as const], widths: { event: 24, analysis: 20 } };
    createPreferencesPort(store).saveSettings({ ...custom, compositeColumns: columns });
    expect(createPreferencesPort(store).settings().compositeColumns).toEqual(columns);
    for (const damaged of [{ hidden: ['date'], widths: {} }, { hidden: [], widths: { event: 900 } }, { hidden: [], widths: {}, names: ['Maisie'] }, 'all']) {
      const settings = createPreferencesPort(memoryStore({ ...custom, compositeColumns: damaged }, settingsKey)).settings();
      expect(settings.compositeColumns).toBeUndefined();
      expect(settings.autoLockMinutes).toBe(custom.autoLockMinutes);
    }
  });

  it('survive a store that throws on read', () => {
    const store: PreferencesStore = {
      get: () => {
        throw new SyntaxError('Unexpected end of JSON input');
      },
      set: vi.fn(),
    };
    const port = createPreferencesPort(store);
    expect(port.settings()).toEqual(defaultSettings);
    expect(port.recentPaths()).toEqual([]);
  });

  it('are saved with the schema fields only', () => {
    const store = memoryStore();
    createPreferencesPort(store).saveSettings({ ...custom, recoveryCode: 'ABCD-EFGH' } as Settings);
    expect(Object.keys(store.saved.get(settingsKey) as object).sort()).toEqual(Object.keys(defaultSettings).sort());
  });

  it('are not saved when invalid, and the user is told', () => {
    const store = memoryStore();
    expect(() => createPreferencesPort(store).saveSettings({ ...custom, autoLockMinutes: -5 })).toThrow(expect.objectContaining({ code: 'validation' }));
    expect(store.saved.has(settingsKey)).toBe(false);
  });

  it('report a failed save to the user instead of pretending it worked', () => {
    const store: PreferencesStore = {
      get: () => undefined,
      set: () => {
        throw new Error('EROFS');
      },
    };
    expect(() => createPreferencesPort(store).saveSettings(custom)).toThrow(expect.objectContaining({ code: 'unavailable' }));
  });

  it('are kept for this run when the preferences file could not be opened', () => {
    const port = createPreferencesPort(undefined);
    port.saveSettings(custom);
    port.saveRecentPaths(['/home/r/A.review']);
    expect(port.settings()).toEqual(custom);
    expect(port.recentPaths()).toEqual(['/home/r/A.review']);
  });
});

describe('recent workspaces', () => {
  it('keep the order given, newest first', () => {
    const store = memoryStore();
    const port = createPreferencesPort(store);
    port.saveRecentPaths(['/home/r/B.review', '/home/r/A.review']);
    expect(port.recentPaths()).toEqual(['/home/r/B.review', '/home/r/A.review']);
  });

  it(`are capped at ${maxRecentPaths}`, () => {
    const store = memoryStore();
    const port = createPreferencesPort(store);
    const many = Array.from({ length: 25 }, (_, i) => `/home/r/Review ${i}.review`);
    port.saveRecentPaths(many);
    expect(port.recentPaths()).toEqual(many.slice(0, maxRecentPaths));
    expect(store.saved.get(recentPathsKey)).toHaveLength(maxRecentPaths);
  });

  it('hold each folder once, however its path was written', () => {
    const port = createPreferencesPort(memoryStore());
    port.saveRecentPaths(['/home/r/A.review', '/home/r/B.review', '/home/r/A.review/', '/home/r/x/../A.review', '/home/r/B.review']);
    expect(port.recentPaths()).toEqual(['/home/r/A.review', '/home/r/B.review']);
  });

  it('count only distinct folders towards the cap', () => {
    const port = createPreferencesPort(memoryStore());
    const distinct = Array.from({ length: maxRecentPaths }, (_, i) => `/r/${i}.review`);
    port.saveRecentPaths(distinct.flatMap((p) => [p, p]));
    expect(port.recentPaths()).toEqual(distinct);
  });

  it('ignore anything in the file that is not an absolute path, and cap a hand-edited list', () => {
    const stored = ['/ok/A.review', 42, '', 'relative/B.review', { path: '/x' }, null, '/bad\u0000path', '/ok/A.review', ...Array.from({ length: 20 }, (_, i) => `/ok/${i}.review`)];
    const recent = createPreferencesPort(memoryStore(stored, recentPathsKey)).recentPaths();
    expect(recent[0]).toBe('/ok/A.review');
    expect(recent).toHaveLength(maxRecentPaths);
    expect(recent.every((p) => p.startsWith('/ok/'))).toBe(true);
  });

  it('are empty when the file holds something other than a list', () => {
    expect(createPreferencesPort(memoryStore({ 0: '/a.review' }, recentPathsKey)).recentPaths()).toEqual([]);
    expect(createPreferencesPort(memoryStore('/a.review', recentPathsKey)).recentPaths()).toEqual([]);
  });

  it('do not fail opening a workspace when the list cannot be saved', () => {
    const store: PreferencesStore = {
      get: () => undefined,
      set: () => {
        throw new Error('ENOSPC');
      },
    };
    expect(() => createPreferencesPort(store).saveRecentPaths(['/home/r/A.review'])).not.toThrow();
  });
});
