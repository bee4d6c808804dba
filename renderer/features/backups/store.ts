/**
 * A workspace's backups: listed for the open workspace (Settings) or for a damaged one that
 * will not open (the unlock screen), and taken on demand. Restoring opens a workspace, so it is
 * the workspace store's (`restore`).
 */
import { create } from 'zustand';
import type { BackupInfo, BackupTaken } from '../../../shared/workspace';
import { call } from '../../lib/api';
import { attempt, type Outcome } from '../../lib/outcome';
import { resetOnLock } from '../../lib/reset-on-lock';
import { useWorkspace } from '../workspace/store';

export type BackupsBusy = 'listing' | 'creating' | null;

interface BackupsState {
  /** The workspace `list` belongs to. */
  path: string | null;
  list: BackupInfo[] | null;
  busy: BackupsBusy;

  load: (path: string) => Promise<Outcome<BackupInfo[]>>;
  create: () => Promise<Outcome<BackupTaken>>;
  /** Asks for a second folder for backups; null when the user cancels. Saving it is the settings store's. */
  chooseSecondFolder: () => Promise<Outcome<string | null>>;
}

export const useBackups = create<BackupsState>()((set, get) => ({
  path: null,
  list: null,
  busy: null,

  load: async (path) => {
    set({ busy: 'listing', ...(get().path === path ? {} : { path, list: null }) });
    const outcome = await attempt(() => call('backup:list', { path }));
    set({ busy: null, list: outcome.ok ? newestFirst(outcome.value) : get().list });
    return outcome;
  },
  create: async () => {
    set({ busy: 'creating' });
    const outcome = await attempt(async () => {
      // A job: the progress panel shows it, with Cancel, from this id.
      const taken = await call('backup:create', { jobId: crypto.randomUUID() });
      // The status carries the time of the last backup, shown beside the button.
      useWorkspace.getState().statusChanged(await call('workspace:status', {}));
      return taken;
    });
    set({ busy: null });
    const path = get().path;
    if (outcome.ok && path) await get().load(path);
    return outcome;
  },
  chooseSecondFolder: () => attempt(async () => (await call('backup:choose-folder', {}))?.dir ?? null),
}));

resetOnLock(useBackups);

function newestFirst(list: BackupInfo[]): BackupInfo[] {
  return [...list].sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

export const selectBackups = (state: BackupsState) => state.list;
export const selectBackupsPath = (state: BackupsState) => state.path;
export const selectBackupsBusy = (state: BackupsState) => state.busy;
