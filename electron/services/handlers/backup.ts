import path from 'node:path';
import type { HandlersOf } from './types';
import type { BackupInfo, BackupLocation, BackupTaken } from '../../../shared/workspace';
import type { Jobs } from '../jobs';
import type { Ports } from '../ports';
import { listBackups, listSecondBackups, workspaceName, type BackupInfo as StoredBackup, type TakenBackup } from '../workspace';
import type { WorkspaceSession } from '../kernel';

type BackupChannels = 'backup:create' | 'backup:list' | 'backup:restore' | 'backup:choose-folder';

/** Backup and restore run as jobs that exclude each other and a re-encryption: they all replace or copy workspace.db. */
export function backupHandlers(ports: Ports, session: WorkspaceSession, jobs: Jobs): HandlersOf<BackupChannels> {
  return {
    'backup:create': async ({ jobId }) =>
      toTaken(await jobs.run({ id: jobId, kind: 'backup', exclusive: 'workspace', describes: 'A backup of this workspace' }, (job) => session.backupNow(job))),
    // The workspace's own backups first; the second folder's after them (an unreachable one adds none).
    'backup:list': async ({ path: dir }) => [
      ...(await listBackups(dir)).map((backup) => toInfo(backup, 'workspace')),
      ...(await listSecondBackups(ports.preferences.settings().secondBackupFolder ?? null, workspaceName(dir))).map((backup) => toInfo(backup, 'second')),
    ],
    'backup:restore': ({ path: dir, backup, from, method, secret, jobId, breakStaleLock }) =>
      jobs.run({ id: jobId, kind: 'restore', exclusive: 'workspace', describes: 'A restore of this workspace' }, (job) =>
        session.restore(dir, backup, method, secret, job, breakStaleLock ?? false, from ?? 'workspace'),
      ),
    'backup:choose-folder': async () => {
      const chosen = await ports.dialogs.showOpen({ title: 'Choose a second folder for backups', directory: true });
      return chosen?.[0] ? { dir: path.resolve(chosen[0]) } : null;
    },
  };
}

function toInfo(backup: StoredBackup, location: BackupLocation): BackupInfo {
  return { name: backup.name, takenAt: backup.createdAt, bytes: backup.size, location };
}

function toTaken(taken: TakenBackup): BackupTaken {
  const second = taken.secondCopy;
  return {
    ...toInfo(taken, 'workspace'),
    secondCopy: second === null ? 'off' : second.written ? 'written' : 'failed',
    secondCopyProblem: second && !second.written ? second.message : null,
  };
}
