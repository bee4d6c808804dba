import type { HandlersOf } from './types';
import type { BackupInfo } from '../../../shared/workspace';
import type { Jobs } from '../jobs';
import { listBackups, type BackupInfo as StoredBackup } from '../workspace';
import type { WorkspaceSession } from '../kernel';

type BackupChannels = 'backup:create' | 'backup:list' | 'backup:restore';

/** Backup and restore run as jobs that exclude each other and a re-encryption: they all replace or copy workspace.db. */
export function backupHandlers(session: WorkspaceSession, jobs: Jobs): HandlersOf<BackupChannels> {
  return {
    'backup:create': async ({ jobId }) =>
      toInfo(await jobs.run({ id: jobId, kind: 'backup', exclusive: 'workspace', describes: 'A backup of this workspace' }, (job) => session.backupNow(job))),
    'backup:list': async ({ path }) => (await listBackups(path)).map(toInfo),
    'backup:restore': ({ path, backup, method, secret, jobId, breakStaleLock }) =>
      jobs.run({ id: jobId, kind: 'restore', exclusive: 'workspace', describes: 'A restore of this workspace' }, (job) =>
        session.restore(path, backup, method, secret, job, breakStaleLock ?? false),
      ),
  };
}

function toInfo(backup: StoredBackup): BackupInfo {
  return { name: backup.name, takenAt: backup.createdAt, bytes: backup.size };
}
