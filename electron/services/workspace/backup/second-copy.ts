/**
 * A second copy of every backup in a folder the user chose (a network or removable drive), so one
 * failed disk does not take the workspace and all its backups with it.
 *
 * The copy is the backup file itself, byte for byte: it is already encrypted with the workspace's
 * data key, so nothing readable ever reaches the second folder. It is written the way backups are
 * (a hidden `.partial` file, flushed, checked, then renamed), so an unplugged drive or a killed
 * app leaves either a whole backup or a leftover `.partial` the next copy removes.
 *
 * Each workspace gets its own folder inside the chosen one, named after the workspace and the
 * start of its id: two workspaces sharing a drive never rotate each other's backups away.
 *
 * A failure here never fails the backup: the copy in the workspace folder is already complete.
 * The caller is told in words what happened and what to do.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createLogger } from '../../log';
import { fsyncDir, fsyncFile } from '../db/sync';
import { assertEncrypted, errorCode, listBackupsIn, removeLeftoverPartials, rotate, type BackupInfo } from './backup';

const log = createLogger('workspace.second-backup');

export type SecondCopy = { written: true; dir: string } | { written: false; message: string };

export interface SecondCopyInput {
  /** The finished backup in the workspace's backups folder. */
  source: string;
  /** Its name, kept in the second folder. */
  name: string;
  /** The folder the user chose. */
  folder: string;
  workspaceName: string;
  workspaceId: string;
  keep: number;
}

/** Where this workspace's copies go inside the chosen folder. */
export function secondBackupDir(folder: string, workspaceName: string, workspaceId: string): string {
  return path.join(folder, `${folderPrefix(workspaceName)}${workspaceId.slice(0, 8)})`);
}

function folderPrefix(workspaceName: string): string {
  return `${workspaceName} backups (`;
}

export function secondCopyFailedMessage(folder: string): string {
  return (
    `The backup is safe in the workspace folder, but the second copy could not be written to “${folder}”. ` +
    'Check that the drive is plugged in or the network folder is reachable, then choose Back up now. ' +
    'If the folder has moved, choose it again in Settings, under Backups.'
  );
}

export async function copyToSecondFolder(input: SecondCopyInput): Promise<SecondCopy> {
  const dir = secondBackupDir(input.folder, input.workspaceName, input.workspaceId);
  const partial = path.join(dir, `.${input.name}.partial`);
  try {
    // The chosen folder itself is never created: on an unplugged drive its path is an empty
    // mount point on the local disk, and writing there would be a copy on the same disk.
    if (!(await stat(input.folder)).isDirectory()) throw new Error('not a folder');
    await mkdir(dir, { mode: 0o700 }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
    await removeLeftoverPartials(dir);
    await pipeline(createReadStream(input.source), createWriteStream(partial, { flags: 'wx', mode: 0o600 }));
    await fsyncFile(partial);
    assertEncrypted(partial);
    if ((await stat(partial)).size !== (await stat(input.source)).size) throw new Error('short copy');
    await rename(partial, path.join(dir, input.name));
    await fsyncDir(dir);
  } catch (error) {
    await rm(partial, { force: true }).catch(() => undefined);
    log.warn('second copy of a backup not written', { code: errorCode(error) });
    return { written: false, message: secondCopyFailedMessage(input.folder) };
  }
  try {
    await rotate(dir, input.keep);
  } catch (error) {
    // The new copy is in place; older ones are removed next time.
    log.warn('second backup folder not rotated', { code: errorCode(error) });
  }
  return { written: true, dir };
}

export interface SecondBackupInfo extends BackupInfo {
  /** The folder holding it, inside the chosen one. */
  dir: string;
}

/**
 * Backups of a workspace (by its folder name) in the chosen folder, newest first; none when the
 * folder cannot be read. Read without the workspace's id, so it works on a workspace that will
 * not open: a backup of another workspace with the same name is refused by the restore (its key
 * does not match), never put in place.
 */
export async function listSecondBackups(folder: string | null, workspaceName: string): Promise<SecondBackupInfo[]> {
  if (!folder) return [];
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const prefix = folderPrefix(workspaceName);
  const found: SecondBackupInfo[] = [];
  for (const name of names.filter((candidate) => candidate.startsWith(prefix) && candidate.endsWith(')'))) {
    const dir = path.join(folder, name);
    try {
      for (const info of await listBackupsIn(dir)) if (info.kind === 'backup') found.push({ ...info, dir });
    } catch {
      // A folder that vanished while we looked has nothing to restore from.
    }
  }
  return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}
