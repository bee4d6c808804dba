/**
 * The workspace's key slots: change the passphrase, replace the recovery code, keychain
 * unlocking on or off; and re-encrypting it with the cipher this computer should use. Secrets go
 * straight to the core; a new recovery code is handed back to the screen that shows it once,
 * never kept here.
 */
import { create } from 'zustand';
import type { RekeyResult, WorkspaceStatus } from '../../../shared/workspace';
import { call } from '../../lib/api';
import { attempt, type Outcome } from '../../lib/outcome';
import { resetOnLock } from '../../lib/reset-on-lock';
import { useBackups } from '../backups/store';
import { useWorkspace } from '../workspace/store';

export type SecurityTask = 'passphrase' | 'recovery-code' | 'keychain' | 'rekey';

interface SecurityState {
  busy: SecurityTask | null;

  changePassphrase: (current: string, next: string) => Promise<Outcome<void>>;
  newRecoveryCode: (passphrase: string) => Promise<Outcome<string>>;
  addKeychain: (passphrase: string) => Promise<Outcome<void>>;
  removeKeychain: () => Promise<Outcome<void>>;
  /** A job: the progress panel shows it (and its Cancel button) from the id passed here. */
  rekey: (passphrase: string) => Promise<Outcome<RekeyResult>>;
}

export const useSecurity = create<SecurityState>()((set) => {
  async function run<T>(task: SecurityTask, work: () => Promise<T>): Promise<Outcome<T>> {
    set({ busy: task });
    const outcome = await attempt(work);
    set({ busy: null });
    return outcome;
  }
  const applied = (status: WorkspaceStatus) => useWorkspace.getState().statusChanged(status);

  return {
    busy: null,

    changePassphrase: (current, next) => run('passphrase', async () => applied(await call('workspace:change-passphrase', { current, next }))),
    newRecoveryCode: (passphrase) =>
      run('recovery-code', async () => (await call('workspace:new-recovery-code', { passphrase })).recoveryCode),
    addKeychain: (passphrase) => run('keychain', async () => applied(await call('workspace:keychain-add', { passphrase }))),
    removeKeychain: () => run('keychain', async () => applied(await call('workspace:keychain-remove', {}))),
    rekey: (passphrase) =>
      run('rekey', async () => {
        try {
          return await call('workspace:rekey', { passphrase, jobId: crypto.randomUUID() });
        } finally {
          // Whatever happened, show the cipher the workspace has now, and the backup it took first.
          const status = await call('workspace:status', {}).catch(() => null);
          if (status) applied(status);
          if (status?.state === 'open') void useBackups.getState().load(status.path);
        }
      }),
  };
});

resetOnLock(useSecurity);

export const selectSecurityBusy = (state: SecurityState) => state.busy;
