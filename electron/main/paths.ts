/**
 * Files the main process loads, relative to the app root: the project folder in development
 * (`electron .`), resources/app.asar when packaged. scripts/build.mjs writes them.
 */
import path from 'node:path';

export interface AppPaths {
  /** The built renderer: the only folder app:// serves. */
  renderer: string;
  preload: string;
  /** The core's worker thread (Electron loads worker scripts from inside app.asar since v18). */
  coreWorker: string;
}

export function appPaths(appRoot: string): AppPaths {
  return {
    renderer: path.join(appRoot, 'dist', 'renderer'),
    preload: path.join(appRoot, 'dist', 'preload', 'preload.cjs'),
    coreWorker: path.join(appRoot, 'dist', 'main', 'core-worker.cjs'),
  };
}
