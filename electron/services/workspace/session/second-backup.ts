/**
 * The session's side of the second backup folder: a backup is taken in the workspace folder
 * first, then copied to the chosen folder; a restore finds a backup there by name.
 */
import { AppError } from '../../../../shared/errors';
import type { BackupLocation, Settings } from '../../../../shared/workspace';
import type { Job } from '../../jobs';
import { backupsDir, copyToSecondFolder, createBackup, listSecondBackups, type BackupInfo, type SecondCopy } from '../backup';
import type { Clock } from '../db/clock';
import { workspaceName, type OpenWorkspace } from './open-workspace';
import path from 'node:path';

export interface TakenBackup extends BackupInfo {
  /** Null when no second folder is chosen. */
  secondCopy: SecondCopy | null;
}

type BackupSettings = Pick<Settings, 'backupsToKeep' | 'secondBackupFolder'>;

/** The backup in the workspace folder, then its copy; the copy failing leaves the backup as it is. */
export async function backupToBothFolders(open: OpenWorkspace, settings: BackupSettings, job: Job, clock: Clock): Promise<TakenBackup> {
  const info = await createBackup(open.db, open.dir, { keep: settings.backupsToKeep, clock, job });
  open.lastBackupAt = info.createdAt;
  const folder = settings.secondBackupFolder;
  if (!folder) {
    open.secondCopyProblem = null;
    return { ...info, secondCopy: null };
  }
  const secondCopy = await copyToSecondFolder({
    source: path.join(backupsDir(open.dir), info.name),
    name: info.name,
    folder,
    workspaceName: open.name,
    workspaceId: open.meta.workspaceId,
    keep: settings.backupsToKeep,
  });
  open.secondCopyProblem = secondCopy.written ? null : secondCopy.message;
  return { ...info, secondCopy };
}

/** Where the backup to restore lives: undefined for the workspace's own folder. */
export async function restoreSource(dir: string, backup: string, from: BackupLocation, settings: BackupSettings): Promise<string | undefined> {
  if (from === 'workspace') return undefined;
  const found = (await listSecondBackups(settings.secondBackupFolder ?? null, workspaceName(dir))).find((candidate) => candidate.name === backup);
  if (!found) {
    throw new AppError(
      'not-found',
      'That backup is no longer in the second backup folder, or the folder cannot be reached. Check that the drive is plugged in, then choose the backup again.',
    );
  }
  return found.dir;
}
