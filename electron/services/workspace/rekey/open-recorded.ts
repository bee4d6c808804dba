/**
 * Opening workspace.db with the cipher keys.json records, and finishing a re-encryption that was
 * killed after the new database was put in place but before keys.json recorded its cipher
 * (rekey.ts, between steps 5 and 6). Every cipher a workspace can use authenticates each page, so
 * a wrong cipher fails on the first page read, before anything is written; only then are the
 * others tried, read-only first. A file no cipher opens is reported as damaged, as before.
 */
import path from 'node:path';
import { AppError } from '../../../../shared/errors';
import { errnoCode } from '../../atomic-file';
import { createLogger } from '../../log';
import type { Db } from '../../sqlite';
import { openWorkspaceDb, workspaceCiphers, type WorkspaceCipher } from '../db/open';
import { changeCipher, keyFileName, writeKeyFileAtomic, type KeyFile } from '../keys';

const log = createLogger('workspace.open-recorded');

export interface OpenedWorkspaceDb {
  db: Db;
  /** The cipher that opened it; differs from the recorded one only after an interrupted re-encryption. */
  cipher: WorkspaceCipher;
}

export function openRecordedCipher(file: string, dataKey: Buffer, recorded: string, nativeBinding?: string): OpenedWorkspaceDb {
  try {
    const db = openWorkspaceDb(file, dataKey, { cipher: recorded, nativeBinding });
    return { db, cipher: recorded as WorkspaceCipher };
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'corrupt')) throw error;
    for (const other of workspaceCiphers.filter((cipher) => cipher !== recorded)) {
      if (!opensWith(file, dataKey, other, nativeBinding)) continue;
      log.warn('workspace.db uses another cipher than keys.json records: an interrupted re-encryption', { recorded, found: other });
      return { db: openWorkspaceDb(file, dataKey, { cipher: other, nativeBinding }), cipher: other };
    }
    throw error;
  }
}

function opensWith(file: string, dataKey: Buffer, cipher: WorkspaceCipher, nativeBinding?: string): boolean {
  try {
    openWorkspaceDb(file, dataKey, { cipher, readonly: true, nativeBinding }).close();
    return true;
  } catch {
    return false;
  }
}

/**
 * Records the cipher that opened workspace.db when keys.json named another. If keys.json cannot be
 * written now, the workspace still opens (the returned copy is used), and the next unlock tries again.
 */
export async function recordFoundCipher(dir: string, keyFile: KeyFile, dataKey: Buffer, cipher: WorkspaceCipher): Promise<KeyFile> {
  const updated = changeCipher(keyFile, dataKey, cipher);
  try {
    await writeKeyFileAtomic(path.join(dir, keyFileName), updated);
  } catch (error) {
    log.warn('keys.json could not record the cipher an interrupted re-encryption left', { errno: errnoCode(error) });
  }
  return updated;
}
