/**
 * Where the Electron build of better-sqlite3-multiple-ciphers lives.
 *
 * Electron and Node have different native ABIs, so one .node file cannot serve both. In
 * development node_modules keeps the Node build (vitest and the CLI need it) and
 * scripts/electron-native.mjs puts the Electron build beside it under native/; a packaged app
 * has its native modules rebuilt for Electron by electron-builder, so the module's default
 * lookup is right there.
 */
import path from 'node:path';

export interface NativeBindingContext {
  isPackaged: boolean;
  /** The project root in development (app.getAppPath()). */
  appRoot: string;
  electronVersion: string;
  platform: string;
  arch: string;
}

/** Keep this layout in step with scripts/electron-native.mjs, which creates the file. */
export function nativeBindingDir(electronVersion: string, platform: string, arch: string): string {
  return `electron-v${electronVersion}-${platform}-${arch}`;
}

export function sqliteNativeBinding(context: NativeBindingContext): string | undefined {
  if (context.isPackaged) return undefined;
  return path.join(
    context.appRoot,
    'native',
    nativeBindingDir(context.electronVersion, context.platform, context.arch),
    'better_sqlite3.node',
  );
}
