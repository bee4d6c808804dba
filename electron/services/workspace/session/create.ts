/**
 * Making a new workspace folder: keys, lock, encrypted database, schema. A failure part way
 * removes the folder again, so nothing half-made is left that looks like a workspace.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../../shared/errors';
import type { Ports } from '../../ports';
import { workspaceDbPath } from '../db/files';
import { readWorkspaceMeta } from '../db/meta';
import { openWorkspaceDb, type WorkspaceCipher } from '../db/open';
import { createKeyFile, generateRecoveryCode, keyFileName, writeKeyFileAtomic, type ScryptCost } from '../keys';
import { acquireLock } from '../lock';
import { migrate } from '../migrations';
import { workspaceName, type OpenWorkspace } from './open-workspace';

export interface NewWorkspace {
  dir: string;
  passphrase: string;
  cipher: WorkspaceCipher;
  kdfParams?: ScryptCost | undefined;
}

export async function createWorkspace(request: NewWorkspace, ports: Ports): Promise<{ open: OpenWorkspace; recoveryCode: string }> {
  const { dir, cipher } = request;
  try {
    await mkdir(dir, { recursive: false, mode: 0o700 });
  } catch (error) {
    throw (error as NodeJS.ErrnoException).code === 'EEXIST'
      ? new AppError('validation', `There is already a folder called "${path.basename(dir)}" there. Choose another name or folder.`)
      : new AppError('unavailable', 'The workspace folder could not be created. Check that you can save files in the folder you chose.');
  }
  const dataKey = randomBytes(32);
  const recoveryCode = generateRecoveryCode();
  try {
    const keyFile = await createKeyFile({ dataKey, passphrase: request.passphrase, recoveryCode, cipher, kdfParams: request.kdfParams, now: () => ports.timers.now() });
    const lock = await acquireLock(dir, { app: ports.app.name });
    try {
      // Created empty and private first: SQLite gives -wal and -shm the database file's permissions.
      await writeFile(workspaceDbPath(dir), '', { mode: 0o600, flag: 'wx' });
      const db = openWorkspaceDb(workspaceDbPath(dir), dataKey, { nativeBinding: ports.sqliteNativeBinding, create: true, cipher });
      migrate(db, { appVersion: ports.app.version, now: () => ports.timers.now() });
      // keys.json last: a folder without it is visibly unfinished, never a workspace nobody can open.
      await writeKeyFileAtomic(path.join(dir, keyFileName), keyFile);
      return { open: { dir, name: workspaceName(dir), db, dataKey, keyFile, lock, meta: readWorkspaceMeta(db), lastBackupAt: null, newPassphraseDue: false }, recoveryCode };
    } catch (error) {
      lock.release();
      throw error;
    }
  } catch (error) {
    dataKey.fill(0);
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
