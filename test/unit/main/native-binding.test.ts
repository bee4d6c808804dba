import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sqliteNativeBinding } from '../../../electron/main/native-binding';

const root = path.resolve(import.meta.dirname, '../../..');

describe('Electron build of SQLite', () => {
  it('is left to the module in a packaged app, where electron-builder rebuilt it', () => {
    expect(sqliteNativeBinding({ isPackaged: true, appRoot: '/opt/prw/resources/app.asar', electronVersion: '45.5.0', platform: 'linux', arch: 'x64' })).toBeUndefined();
  });

  it('is the per-version, per-platform build under native/ in development', () => {
    expect(sqliteNativeBinding({ isPackaged: false, appRoot: '/src/prw', electronVersion: '45.5.0', platform: 'darwin', arch: 'arm64' })).toBe(
      path.join('/src/prw', 'native', 'electron-v45.5.0-darwin-arm64', 'better_sqlite3.node'),
    );
  });

  it('is where scripts/electron-native.mjs puts it', async () => {
    // A variable specifier: the script is plain JavaScript with no type declarations.
    const scriptUrl = pathToFileURL(path.join(root, 'scripts', 'electron-native.mjs')).href;
    const script = (await import(scriptUrl)) as { electronNativeBindingPath(root: string, version: string, platform: string, arch: string): string };
    expect(script.electronNativeBindingPath(root, '45.5.0', 'win32', 'x64')).toBe(
      sqliteNativeBinding({ isPackaged: false, appRoot: root, electronVersion: '45.5.0', platform: 'win32', arch: 'x64' }),
    );
  });
});
