import type { HandlersOf } from './types';
import type { BackupInfo } from '../../../shared/workspace';
import { listBackups, type BackupInfo as StoredBackup } from '../workspace';
import type { WorkspaceSession } from '../kernel';

type BackupChannels = 'backup:create' | 'backup:list' | 'backup:restore';

export function backupHandlers(session: WorkspaceSession): HandlersOf<BackupChannels> {
  return {
    'backup:create': async () => toInfo(await session.backupNow()),
    'backup:list': async ({ path }) => (await listBackups(path)).map(toInfo),
    'backup:restore': ({ path, backup, method, secret }) => session.restore(path, backup, method, secret),
  };
}

function toInfo(backup: StoredBackup): BackupInfo {
  return { name: backup.name, takenAt: backup.createdAt, bytes: backup.size };
}
