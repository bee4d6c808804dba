import type { AppInfo } from '../../shared/ipc/contract';
import type { Ports } from './ports';
import { engineVersions, openDatabase } from './sqlite';

/** What the About line and `prw --version --json` show, read from the engine actually loaded. */
export function readAppInfo(ports: Ports): AppInfo {
  const db = openDatabase(':memory:', { nativeBinding: ports.sqliteNativeBinding });
  try {
    return { ...ports.app, sqlite: engineVersions(db) };
  } finally {
    db.close();
  }
}
