/**
 * The workspace: whether one is open, which screen shows while none is (welcome, create,
 * unlock), and the recent list. Passphrases and recovery codes pass through the actions to the
 * core and are never kept here.
 */
import { create } from 'zustand';
import { type BackupLocation, type LockReason, type RecentWorkspace, type UnlockMethod, type WorkspaceStatus, type WorkspaceSummary } from '../../../shared/workspace';
import { AppError } from '../../../shared/errors';
import { call } from '../../lib/api';
import { notifyError } from '../../lib/notify';
import { attempt, type Outcome } from '../../lib/outcome';
import { dropWorkspaceData } from '../../lib/reset-on-lock';
import { lockNotices, stillUnnamed } from './notices';
import { recoveryActions, type RecoveryState } from './recovery-actions';
import { summaryFromPath } from './paths';

/** What the app shows: the open workspace, or the screen that leads to one. */
export type Flow = 'starting' | 'welcome' | 'create' | 'unlock' | 'workspace';
export type WorkspaceBusy = 'creating' | 'unlocking' | 'locking' | 'restoring' | null;
export type OpenWorkspace = Extract<WorkspaceStatus, { state: 'open' }>;

export interface WorkspaceState extends RecoveryState {
  status: WorkspaceStatus | null;
  flow: Flow;
  recent: RecentWorkspace[];
  /** The workspace the unlock screen is for. */
  target: WorkspaceSummary | null;
  /** Why the workspace was locked, for the unlock screen. */
  lockNotice: string | null;
  /** A confirmation shown above the open workspace (e.g. a restored backup) until dismissed or locked. */
  notice: string | null;
  busy: WorkspaceBusy;
  /**
   * Unlocked, but this computer has no name for the user yet: the unlock screen asks for one
   * before the workspace shows, so the audit log names a person from here on.
   */
  askName: boolean;
  /** The unlock screen offers the keychain: the core found a keychain slot in the workspace's keys.json. */
  keychainOffered: boolean;

  load: () => Promise<void>;
  showWelcome: () => void;
  startCreate: () => void;
  chooseFolder: () => Promise<string | null>;
  /** Creates and opens the workspace; resolves to the recovery code, for the wizard to show once. */
  create: (input: { parentDir: string; name: string; passphrase: string }) => Promise<Outcome<string>>;
  /** The user has stored the recovery code: leave the wizard for the workspace. */
  finishCreate: () => void;
  chooseExisting: () => Promise<void>;
  /** Opens the fictional demo workspace (made the first time). */
  openDemo: () => Promise<void>;
  openRecent: (workspace: WorkspaceSummary) => void;
  forgetRecent: (path: string) => Promise<void>;
  unlock: (method: UnlockMethod, secret?: string, breakStaleLock?: boolean) => Promise<Outcome<void>>;
  /** Restores a backup over the workspace at `path` (open or not) and opens it. */
  restore: (input: RestoreInput) => Promise<Outcome<void>>;
  lock: () => Promise<void>;
  /** The core locked the workspace (its `workspace:locked` event). */
  locked: (reason: LockReason) => Promise<void>;
  /** A backup's second copy was or was not written (the core's `backup:second-copy` event). */
  secondCopyReported: (problem: string | null) => Promise<void>;
  /** A call returned a new status (unlock, restore, a key-slot change). */
  statusChanged: (status: WorkspaceStatus) => void;
  /** Keyboard or pointer activity: keeps the idle auto-lock away, at most one call per 30 s. */
  noteActivity: () => void;
  announce: (notice: string) => void;
  dismissNotice: () => void;
  /** The user gave their name after unlocking: show the workspace. */
  nameGiven: () => void;
}

export interface RestoreInput {
  path: string;
  backup: string;
  /** Where the backup is: the workspace's own backups folder (when absent) or the second backup folder. */
  from?: BackupLocation;
  method: UnlockMethod;
  secret?: string;
}

const closed: WorkspaceStatus = { state: 'closed' };
const activityIntervalMs = 30_000;
let lastActivityReport = 0;
let secondCopyFailing = false;

export const useWorkspace = create<WorkspaceState>()((set, get) => {
  const refreshRecent = async () => {
    try {
      set({ recent: await call('workspace:recent', {}) });
    } catch (error) {
      notifyError(error);
    }
  };

  /** Whether the unlock screen shows the keychain button: only for a workspace that has a keychain slot. */
  const offerKeychain = async (path: string) => {
    const options = await attempt(() => call('workspace:unlock-options', { path }));
    if (get().target?.path === path) set({ keychainOffered: options.ok && options.value.keychain });
  };

  /** Everything the renderer holds of the workspace goes, and the unlock screen takes its place. */
  const close = (reason: LockReason) => {
    const { status, target, flow } = get();
    const was = status?.state === 'open' ? { path: status.path, name: status.name } : target;
    dropWorkspaceData();
    // After the next unlock, a copy that still fails is told again.
    secondCopyFailing = false;
    const midCreate = flow === 'create' && reason !== 'user';
    set({
      status: closed,
      flow: was ? 'unlock' : 'welcome',
      target: was,
      lockNotice: midCreate
        ? `${lockNotices[reason] ?? ''} If you had not stored the recovery code yet, unlock the workspace and make a new one in Settings.`.trim()
        : lockNotices[reason],
      notice: null,
      busy: null,
      askName: false,
      replacingPassphrase: false,
      keychainOffered: false,
    });
    if (was) void offerKeychain(was.path);
    void refreshRecent();
  };

  /**
   * A workspace the user has just opened: straight in, unless the audit log would name no one
   * (the name is still the placeholder the app starts with), when the unlock screen asks first.
   */
  const opened = async (status: WorkspaceStatus) => {
    if (status.state === 'open' && (await stillUnnamed())) {
      const target = { path: status.path, name: status.name };
      set({ status, flow: 'unlock', target, lockNotice: null, askName: true, replacingPassphrase: status.newPassphraseDue });
      return;
    }
    get().statusChanged(status);
  };

  return {
    status: null,
    flow: 'starting',
    recent: [],
    target: null,
    lockNotice: null,
    notice: null,
    busy: null,
    askName: false,
    keychainOffered: false,

    load: async () => {
      try {
        const [status, recent] = await Promise.all([call('workspace:status', {}), call('workspace:recent', {})]);
        set({ recent });
        get().statusChanged(status);
        if (status.state === 'closed') set({ flow: 'welcome' });
      } catch (error) {
        notifyError(error);
        set({ status: closed, flow: 'welcome' });
      }
    },
    showWelcome: () => {
      set({ flow: 'welcome', target: null, lockNotice: null });
      void refreshRecent();
    },
    startCreate: () => set({ flow: 'create', lockNotice: null }),
    chooseFolder: async () => {
      try {
        return (await call('workspace:choose-folder', {}))?.dir ?? null;
      } catch (error) {
        notifyError(error);
        return null;
      }
    },
    create: async (input) => {
      set({ busy: 'creating' });
      const outcome = await attempt(async () => {
        const { recoveryCode } = await call('workspace:create', input);
        set({ status: await call('workspace:status', {}) });
        return recoveryCode;
      });
      set({ busy: null });
      void refreshRecent();
      return outcome;
    },
    finishCreate: () => set({ flow: get().status?.state === 'open' ? 'workspace' : 'welcome' }),
    chooseExisting: async () => {
      try {
        const chosen = await call('workspace:choose-existing', {});
        if (chosen) get().openRecent(summaryFromPath(chosen.path));
      } catch (error) {
        notifyError(error);
      }
    },
    openDemo: async () => {
      set({ busy: 'unlocking' });
      try {
        await opened(await call('workspace:open-demo', {}));
      } catch (error) {
        notifyError(error);
      } finally {
        set({ busy: null });
        void refreshRecent();
      }
    },
    openRecent: (workspace) => {
      set({ flow: 'unlock', target: { path: workspace.path, name: workspace.name }, lockNotice: null, keychainOffered: false });
      void offerKeychain(workspace.path);
    },
    forgetRecent: async (path) => {
      try {
        set({ recent: await call('workspace:forget-recent', { path }) });
      } catch (error) {
        notifyError(error);
      }
    },
    unlock: async (method, secret, breakStaleLock) => {
      const target = get().target;
      if (!target) return { ok: true, value: undefined };
      set({ busy: 'unlocking' });
      const outcome = await attempt(() => call('workspace:unlock', { path: target.path, method, secret, breakStaleLock }));
      set({ busy: null });
      if (!outcome.ok) return outcome;
      await opened(outcome.value);
      return { ok: true, value: undefined };
    },
    restore: async (input) => {
      set({ busy: 'restoring' });
      const outcome = await attempt(() => call('backup:restore', input));
      set({ busy: null });
      if (outcome.ok) {
        get().statusChanged(outcome.value);
        return { ok: true, value: undefined };
      }
      // The core may have locked the open workspace before the restore failed: follow it.
      const now = await attempt(() => call('workspace:status', {}));
      if (now.ok && now.value.state === 'closed' && get().status?.state === 'open') {
        close('restore');
        set({ lockNotice: `The backup was not restored. ${outcome.error.message} Unlock the workspace to carry on.` });
      }
      return outcome;
    },
    lock: async () => {
      set({ busy: 'locking' });
      try {
        await call('workspace:lock', {});
        close('user');
      } catch (error) {
        set({ busy: null });
        notifyError(error);
      }
    },
    locked: async (reason) => {
      if (reason !== 'restore') return close(reason);
      // A restore closes and reopens the workspace: drop what was read from the old copy at once.
      // Our own restore's answer says what is open next; otherwise ask the core.
      dropWorkspaceData();
      if (get().busy === 'restoring') return;
      try {
        get().statusChanged(await call('workspace:status', {}));
      } catch (error) {
        notifyError(error);
      }
    },
    secondCopyReported: async (problem) => {
      // Told once when copies start failing, not at every scheduled backup while the drive is away;
      // the Backups settings keep saying it until a copy is written again.
      if (problem && !secondCopyFailing) notifyError(new AppError('unavailable', problem));
      secondCopyFailing = problem !== null;
      const now = await attempt(() => call('workspace:status', {}));
      if (now.ok && now.value.state === 'open') get().statusChanged(now.value);
    },
    statusChanged: (status) => {
      if (status.state === 'closed') {
        if (get().status?.state === 'open') close('user');
        else set({ status });
        return;
      }
      lastActivityReport = Date.now();
      // Still asking for the user's name, or a new passphrase after a recovery-code unlock (the
      // core says it is due, also after a reload): the workspace shows once that is done.
      const replacingPassphrase = get().replacingPassphrase || status.newPassphraseDue;
      const flow = get().flow === 'create' ? 'create' : get().askName || replacingPassphrase ? 'unlock' : 'workspace';
      set({ status, flow, target: { path: status.path, name: status.name }, lockNotice: null, replacingPassphrase });
    },
    noteActivity: () => {
      if (get().status?.state !== 'open') return;
      const now = Date.now();
      if (now - lastActivityReport < activityIntervalMs) return;
      lastActivityReport = now;
      // Best effort: if it fails, the worst case is an early auto-lock, which is the safe side.
      void attempt(() => call('workspace:activity', {}));
    },
    announce: (notice) => set({ notice }),
    dismissNotice: () => set({ notice: null }),
    nameGiven: () => {
      const status = get().status;
      set({ askName: false });
      if (status) get().statusChanged(status);
    },
    ...recoveryActions(set, get),
  };
});

export const selectStatus = (state: WorkspaceState) => state.status;
export const selectOpenWorkspace = (state: WorkspaceState): OpenWorkspace | null => (state.status?.state === 'open' ? state.status : null);
export const selectFlow = (state: WorkspaceState) => state.flow;
export const selectRecent = (state: WorkspaceState) => state.recent;
export const selectTarget = (state: WorkspaceState) => state.target;
export const selectLockNotice = (state: WorkspaceState) => state.lockNotice;
export const selectNotice = (state: WorkspaceState) => state.notice;
export const selectBusy = (state: WorkspaceState) => state.busy;
export const selectAskName = (state: WorkspaceState) => state.askName;
export const selectKeychainOffered = (state: WorkspaceState) => state.keychainOffered;
export const selectReplacingPassphrase = (state: WorkspaceState) => state.replacingPassphrase;
export const selectHasKeychainSlot = (state: WorkspaceState) =>
  state.status?.state === 'open' && state.status.slots.some((slot) => slot.kind === 'keychain');
