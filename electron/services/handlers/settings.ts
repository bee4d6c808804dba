import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { HandlersOf } from './types';
import { AppError } from '../../../shared/errors';
import { settingsSchema } from '../../../shared/workspace';
import type { Ports } from '../ports';
import type { WorkspaceSession } from '../kernel';

export function settingsHandlers(ports: Ports, session: WorkspaceSession): HandlersOf<'settings:get' | 'settings:set'> {
  return {
    'settings:get': () => ports.preferences.settings(),
    'settings:set': async (patch) => {
      const before = ports.preferences.settings();
      const next = settingsSchema.parse({ ...before, ...patch });
      const folderChanged = (next.secondBackupFolder ?? null) !== (before.secondBackupFolder ?? null);
      if (folderChanged && next.secondBackupFolder) await checkSecondFolder(next.secondBackupFolder, session);
      ports.preferences.saveSettings(next);
      // Where copies of the workspace go is a security decision: the open workspace's log records
      // it. The log holds ids only, never a path, so the entry says that it changed, not to where.
      if (folderChanged && session.status().state === 'open') {
        session.audit(next.secondBackupFolder ? 'backup.second-folder-chosen' : 'backup.second-folder-removed', 'backup-folder');
      }
      await session.settingsChanged();
      return next;
    },
  };
}

/** The folder must be there now, and outside the workspace: a copy beside it protects against nothing. */
async function checkSecondFolder(folder: string, session: WorkspaceSession): Promise<void> {
  const found = await stat(folder).catch(() => null);
  if (!found?.isDirectory()) {
    throw new AppError('validation', `The folder “${folder}” could not be found. Check that the drive is plugged in or the network folder is reachable, then choose it again.`);
  }
  const status = session.status();
  if (status.state !== 'open') return;
  const relative = path.relative(path.resolve(status.path), path.resolve(folder));
  if (relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))) {
    throw new AppError('validation', 'Choose a folder outside the workspace folder, preferably on another drive: a second copy beside the workspace does not protect it if that disk fails.');
  }
}
