/** Names of the database files inside a workspace folder (`Name.review/`). */
import path from 'node:path';

export const workspaceDbName = 'workspace.db';

/** SQLite keeps a WAL-mode database in up to three files; copy, move or scan them together. */
export const sqliteSidecarSuffixes = ['-wal', '-shm'] as const;

export function workspaceDbPath(workspaceDir: string): string {
  return path.join(workspaceDir, workspaceDbName);
}

/** The database file and its -wal/-shm companions, whether or not they exist right now. */
export function sqliteFiles(dbFile: string): string[] {
  return [dbFile, ...sqliteSidecarSuffixes.map((suffix) => dbFile + suffix)];
}

/** The first 16 bytes of every unencrypted SQLite database. An encrypted file must never start with them. */
export const plaintextSqliteHeader = Buffer.from('SQLite format 3\0', 'latin1');
