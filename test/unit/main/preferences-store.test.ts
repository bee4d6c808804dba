/**
 * The preferences file as it lands on disk. electron-store itself imports the real 'electron'
 * (no binary here), so it is replaced by its base class, conf, set up the way electron-store sets
 * it up: same file format, same atomic writes; only the folder is a temporary one.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '../../../shared/workspace';

const where = vi.hoisted(() => ({ dir: '' }));

vi.mock('electron-store', async () => {
  const { default: Conf } = await import('conf');
  class ElectronStoreInTempDir extends Conf<Record<string, unknown>> {
    constructor(options: { name?: string } & Record<string, unknown>) {
      // As electron-store does: `name` becomes conf's configName; the folder would be userData.
      const { name = 'config', ...rest } = options;
      super({ ...rest, configName: name, cwd: where.dir });
    }
  }
  return { default: ElectronStoreInTempDir };
});

const { openPreferencesStore, preferencesFileName } = await import('../../../electron/main/preferences-store');
const { createPreferencesPort, preferenceKeys, saveBounds } = await import('../../../electron/main/preferences');

const ipcMain = { removeAllListeners: vi.fn() };
const file = () => path.join(where.dir, `${preferencesFileName}.json`);
const onDisk = () => JSON.parse(readFileSync(file(), 'utf8')) as Record<string, unknown>;

beforeEach(() => {
  where.dir = mkdtempSync(path.join(os.tmpdir(), 'prw-preferences-'));
});

afterEach(() => rmSync(where.dir, { recursive: true, force: true }));

describe('preferences file', () => {
  it('holds window bounds, settings and recent paths, and no other key', () => {
    const store = openPreferencesStore(ipcMain)!;
    const port = createPreferencesPort(store);
    const settings: Settings = { displayName: 'Sam Reviewer', autoLockMinutes: 15, backupEveryMinutes: 20, backupsToKeep: 4 };
    // Extra fields a careless caller might pass must not reach the file.
    port.saveSettings({ ...settings, passphrase: 'correct horse battery staple', recoveryCode: 'K3J9-X2PQ' } as Settings);
    port.saveRecentPaths(['/home/sam/Reviews/Case 2026-01.review', '/home/sam/Reviews/Case 2025-07.review']);
    saveBounds(store, { getNormalBounds: () => ({ x: 1, y: 2, width: 1100, height: 700 }), isMaximized: () => false });

    const json = onDisk();
    expect(Object.keys(json).sort()).toEqual([...preferenceKeys].sort());
    expect(json.settings).toEqual(settings);
    expect(Object.keys(json.settings as object).sort()).toEqual(Object.keys(defaultSettings).sort());
    expect(json.recentPaths).toEqual(['/home/sam/Reviews/Case 2026-01.review', '/home/sam/Reviews/Case 2025-07.review']);
    expect(json.windowBounds).toEqual({ x: 1, y: 2, width: 1100, height: 700, maximized: false });
    const text = readFileSync(file(), 'utf8');
    expect(text).not.toContain('correct horse');
    expect(text).not.toContain('K3J9');
  });

  it('reads back what it wrote after the app restarts', () => {
    const first = createPreferencesPort(openPreferencesStore(ipcMain));
    first.saveSettings({ ...defaultSettings, autoLockMinutes: 3 });
    first.saveRecentPaths(['/r/A.review']);
    const second = createPreferencesPort(openPreferencesStore(ipcMain));
    expect(second.settings().autoLockMinutes).toBe(3);
    expect(second.recentPaths()).toEqual(['/r/A.review']);
  });

  it('removes keys it does not use when it opens', () => {
    writeFileSync(file(), JSON.stringify({ recentPaths: ['/r/A.review'], lastUnlockedWith: 'passphrase', draft: { text: 'Child A' } }));
    const port = createPreferencesPort(openPreferencesStore(ipcMain));
    expect(Object.keys(onDisk())).toEqual(['recentPaths']);
    expect(port.recentPaths()).toEqual(['/r/A.review']);
  });

  it('starts afresh from a damaged file instead of failing to start', () => {
    writeFileSync(file(), '{"settings": {"autoLockMinutes": 5');
    const port = createPreferencesPort(openPreferencesStore(ipcMain));
    expect(port.settings()).toEqual(defaultSettings);
    expect(port.recentPaths()).toEqual([]);
  });

  it('falls back per field when a hand edit breaks some settings', () => {
    writeFileSync(file(), JSON.stringify({ settings: { displayName: 'Sam Reviewer', autoLockMinutes: 'never', backupsToKeep: 0 } }));
    expect(createPreferencesPort(openPreferencesStore(ipcMain)).settings()).toEqual({ ...defaultSettings, displayName: 'Sam Reviewer' });
  });

  it.skipIf(process.platform === 'win32')('is readable by this user only', () => {
    createPreferencesPort(openPreferencesStore(ipcMain)).saveRecentPaths(['/r/A.review']);
    expect(statSync(file()).mode & 0o077).toBe(0);
  });

  it("stops electron-store telling pages where the profile folder is", () => {
    ipcMain.removeAllListeners.mockClear();
    openPreferencesStore(ipcMain);
    expect(ipcMain.removeAllListeners).toHaveBeenCalledWith('electron-store-get-data');
  });
});
