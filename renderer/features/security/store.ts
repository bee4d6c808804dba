/**
 * The workspace's key slots: change the passphrase, replace the recovery code, keychain
 * unlocking on or off. Secrets go straight to the core; a new recovery code is handed back to
 * the screen that shows it once, never kept here.
 */
import { create } from 'zustand';
import type { WorkspaceStatus } from '../../../shared/workspace';
import { call } from '../../lib/api';
import { attempt, type Outcome } from '../../lib/outcome';
import { resetOnLock } from '../../lib/reset-on-lock';
import { useWorkspace } from '../workspace/store';

export type SecurityTask = 'passphrase' | 'recovery-code' | 'keychain';

interface SecurityState {
  busy: SecurityTask | null;

  changePassphrase: (current: string, next: string) => Promise<Outcome<void>>;
  newRecoveryCode: (passphrase: string) => Promise<Outcome<string>>;
  addKeychain: (passphrase: string) => Promise<Outcome<void>>;
  removeKeychain: () => Promise<Outcome<void>>;
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
  };
});

resetOnLock(useSecurity);

export const selectSecurityBusy = (state: SecurityState) => state.busy;
