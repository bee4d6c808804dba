/** Names of the database files inside a workspace folder (`Name.review/`). */
import { closeSync, openSync, readSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
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

/** True when the file on disk starts as an unencrypted SQLite database would. */
export function isPlaintextSqlite(file: string): boolean {
  const head = Buffer.alloc(plaintextSqliteHeader.length);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return head.equals(plaintextSqliteHeader);
}

/**
 * Copies built beside workspace.db and renamed over it only once checked: a re-encryption's and a
 * restore's. Until that rename they are nobody's data, so one left by a killed app is deleted.
 */
export const interimCopyNames = { rekey: `${workspaceDbName}.rekeying`, restore: `${workspaceDbName}.restoring` } as const;

const interimPattern = new RegExp(`^${workspaceDbName.replace('.', '\\.')}\\.(rekeying|restoring)(-journal|-wal|-shm)?$`);

/**
 * Deletes interim copies (and their journals) a killed re-encryption or restore left behind. The
 * caller holds the workspace lock, so no live process is building one. Returns how many it removed.
 */
export async function removeInterimCopies(workspaceDir: string): Promise<number> {
  let removed = 0;
  for (const name of await readdir(workspaceDir)) {
    if (!interimPattern.test(name)) continue;
    await rm(path.join(workspaceDir, name), { force: true });
    removed++;
  }
  return removed;
}
