/**
 * Writing a re-encrypted copy of a database. `VACUUM INTO` writes a compact, consistent copy that
 * SQLite3MultipleCiphers encrypts with the source's cipher and key, not in WAL mode; that copy is
 * then rekeyed to the new cipher. SQLite3MC's rekey corrupts databases in WAL mode, so it only ever
 * runs on this fresh copy, never on workspace.db, which is only read.
 */
import { writeFileSync } from 'node:fs';
import type { Db } from '../../sqlite';
import { openDatabase } from '../../sqlite';
import { keyConnection, rekeyConnection, type WorkspaceCipher } from '../db/open';
import { fsyncFile } from '../db/sync';
import { tableCounts, type TableCounts } from './verify';

export interface CopyRequest {
  /** An open connection to the database to copy (the workspace, or a backup being restored). */
  source: Db;
  from: WorkspaceCipher;
  to: WorkspaceCipher;
  /** Where the copy goes: a new file in the workspace folder. */
  target: string;
  dataKey: Buffer;
  nativeBinding?: string | undefined;
  /** Called between the copy and the re-encryption: progress, and the chance to cancel. */
  between: () => Promise<void>;
}

/** Writes the copy and returns the source's row counts, taken from the snapshot that was copied. */
export type WriteCopy = (request: CopyRequest) => Promise<TableCounts>;

export const writeReencryptedCopy: WriteCopy = async (request) => {
  // Created empty and private first: VACUUM INTO accepts an empty file and keeps its mode, and
  // SQLite gives the copy's journal the same mode.
  writeFileSync(request.target, '', { mode: 0o600, flag: 'wx' });
  // Counted and copied in the same tick: nothing can commit in between.
  const counts = tableCounts(request.source);
  request.source.prepare('VACUUM INTO ?').run(request.target);
  await request.between();
  if (request.from !== request.to) {
    const copy = openDatabase(request.target, { nativeBinding: request.nativeBinding });
    try {
      keyConnection(copy, request.dataKey, request.from);
      // No journal and no syncs while rekeying the copy (about 40% faster here): a copy interrupted
      // part way is never used — it is checked before the swap, and deleted at the next unlock — and
      // it is fsynced once, below, before anything depends on it.
      copy.pragma('journal_mode = OFF');
      copy.pragma('synchronous = OFF');
      rekeyConnection(copy, request.dataKey, request.to);
    } finally {
      copy.close();
    }
  }
  await fsyncFile(request.target);
  return counts;
};
