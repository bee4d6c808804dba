/**
 * The ports the test host gives the application core: the one place they are built, so each
 * port a later issue adds (clock, keychain, paths, power events) is wired here once and every
 * e2e test and `npm run dev:browser` get it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Ports } from '../../../electron/services';
import { productName } from '../../../shared/product';
import type { DialogsPort } from '../dialogs';

export const repoRoot = path.resolve(__dirname, '..', '..', '..');

export interface TestPortsOptions {
  /** A fresh directory this host owns: app data (settings, recent workspaces) and workspaces. */
  dataDir: string;
  dialogs: DialogsPort;
}

/**
 * `Ports` plus the ports services do not declare yet. Once electron/services/ports.ts declares
 * `dialogs` (and the data directory), the compiler checks these against the real interface.
 */
export type TestPorts = Ports & { dialogs: DialogsPort; dataDir: string };

export function createTestPorts({ dataDir, dialogs }: TestPortsOptions): TestPorts {
  return {
    // What Electron's app.getName()/getVersion() report: the product name and package.json version.
    app: { name: productName, version: packageVersion(), platform: process.platform },
    // Node's build of the native module (the default), as in the unit tests.
    sqliteNativeBinding: undefined,
    dialogs,
    dataDir,
  };
}

export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version?: unknown };
  if (typeof manifest.version !== 'string') throw new Error('package.json has no "version".');
  return manifest.version;
}
