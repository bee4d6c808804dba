import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../shared/errors';

export type Db = Database.Database;

export interface OpenOptions {
  nativeBinding?: string;
  readonly?: boolean;
}

/** Opens a database with the native build chosen by the host (Node's or Electron's). */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  try {
    return new Database(file, { nativeBinding: options.nativeBinding, readonly: options.readonly ?? false });
  } catch (error) {
    if (isMissingBinding(error)) {
      throw new AppError(
        'unavailable',
        'The encrypted database engine is missing for this runtime. Reinstall the app; in a development copy, run "npm install" (tests and prw) or "npm start" (the app) again.',
      );
    }
    throw error;
  }
}

function isMissingBinding(error: unknown): boolean {
  const message = error instanceof Error ? error.message : '';
  return /could not locate the bindings|Cannot find module|was compiled against a different Node\.js version|invalid ELF|not a valid Win32/i.test(
    message,
  );
}

export function engineVersions(db: Db): { version: string; cipher: string } {
  const row = db.prepare('select sqlite_version() as version, sqlite3mc_version() as cipher').get() as {
    version: string;
    cipher: string;
  };
  return row;
}
