import type { AppInfo } from '../../shared/ipc/contract';
import type { Ports } from './ports';
import { engineVersions, openDatabase } from './sqlite';

/** What the About line and `prw --version --json` show, read from the engine actually loaded. */
export function readAppInfo(ports: Ports): AppInfo {
  const db = openDatabase(':memory:', { nativeBinding: ports.sqliteNativeBinding });
  try {
    return { ...ports.app, sqlite: engineVersions(db), runtime: runtimeVersions() };
  } finally {
    db.close();
  }
}

/** Electron and its Chromium are in process.versions wherever the core runs inside the app (main or its worker). */
function runtimeVersions(): AppInfo['runtime'] {
  const versions = process.versions as NodeJS.ProcessVersions & { electron?: string; chrome?: string };
  return { electron: versions.electron ?? null, chromium: versions.chrome ?? null, node: versions.node };
}
