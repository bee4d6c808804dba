/**
 * The ports the test host gives the application core: the one place they are built, so each
 * port a later issue adds is wired here once and every e2e test and `npm run dev:browser` get it.
 *
 *   dialogs      scripted by the test (../dialogs.ts), or the terminal for dev:browser
 *   preferences  a JSON file in the data directory (paths and settings only)
 *   power        scripted: the test fires 'suspend' / 'lock-screen'
 *   timers       real
 *   keychain     a TEST keychain (./keychain.ts): real AES-GCM, key in memory, backend "test"
 *   emit         the host's event stream to the page
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Ports } from '../../../electron/services';
import { systemTimers, type DialogsPort } from '../../../electron/services/ports';
import { productName } from '../../../shared/product';
import { createTestKeychain, type TestKeychain } from './keychain';
import { createScriptedPower, type ScriptedPower } from './power';
import { createFilePreferences } from './preferences';

export const repoRoot = path.resolve(__dirname, '..', '..', '..');

/** The preferences file's name inside the data directory. */
export const preferencesFileName = 'preferences.json';

export interface TestPortsOptions {
  /** A fresh directory this host owns: app data (settings, recent workspaces) and workspaces. */
  dataDir: string;
  dialogs: DialogsPort;
  /** Where the core's events go: the host pushes them to the page. */
  emit: Ports['emit'];
}

export interface TestPorts {
  ports: Ports;
  /** The test's handle on the scripted power port. */
  power: ScriptedPower;
  keychain: TestKeychain;
  preferencesFile: string;
}

export function createTestPorts({ dataDir, dialogs, emit }: TestPortsOptions): TestPorts {
  const power = createScriptedPower();
  const keychain = createTestKeychain();
  const preferencesFile = path.join(dataDir, preferencesFileName);
  const ports: Ports = {
    // What Electron's app.getName()/getVersion() report: the product name and package.json version.
    app: { name: productName, version: packageVersion(), platform: process.platform },
    // Node's build of the native module (the default), as in the unit tests.
    sqliteNativeBinding: undefined,
    dialogs,
    preferences: createFilePreferences(preferencesFile),
    power,
    timers: systemTimers,
    keychain,
    dataDir,
    emit,
  };
  return { ports, power, keychain, preferencesFile };
}

export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version?: unknown };
  if (typeof manifest.version !== 'string') throw new Error('package.json has no "version".');
  return manifest.version;
}
