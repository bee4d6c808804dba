/**
 * Changes to the key slots. Each asks for the current passphrase again: an unlocked but
 * unattended computer must not be enough to replace the ways in. The one exception is the reset
 * straight after a recovery-code unlock, when the code just typed is the proof instead.
 */
import type { HandlersOf } from './types';
import { AppError } from '../../../shared/errors';
import type { Ports } from '../ports';
import { addKeychainSlot, changePassphrase, removeKeychainSlot, replaceRecoveryCode, resetAfterRecovery, unlockWithPassphrase } from '../workspace';
import type { WorkspaceSession } from '../kernel';

type SecretChannels =
  | 'workspace:change-passphrase'
  | 'workspace:reset-passphrase'
  | 'workspace:keep-passphrase'
  | 'workspace:new-recovery-code'
  | 'workspace:keychain-add'
  | 'workspace:keychain-remove';

/** The open workspace, once the user has typed its passphrase again (a wrong one is refused with the usual message). */
export async function confirmPassphrase(session: WorkspaceSession, passphrase: string) {
  const open = session.require();
  (await unlockWithPassphrase(open.keyFile, passphrase)).fill(0);
  return open;
}

export function secretHandlers(session: WorkspaceSession, ports: Ports): HandlersOf<SecretChannels> {
  // Slots carry the audit log's clock: the next unlock compares them (session/late-records.ts).
  const slotClock = () => ports.timers.now();
  return {
    'workspace:change-passphrase': async ({ current, next }) => {
      const open = await confirmPassphrase(session, current);
      await session.saveKeyFile(await changePassphrase(open.keyFile, open.dataKey, next, { kdfParams: session.kdfParams, now: slotClock }));
      session.audit('passphrase.changed', 'workspace', open.meta.workspaceId);
      return session.status();
    },
    // The recovery code just unlocked the workspace: that stands in for the passphrase the user forgot (session/recovery.ts).
    'workspace:reset-passphrase': async ({ next }) => {
      const open = session.require();
      const recoveryCode = await resetAfterRecovery(open, next, { kdfParams: session.kdfParams, now: slotClock, save: (file) => session.saveKeyFile(file) });
      session.audit('passphrase.changed', 'workspace', open.meta.workspaceId);
      session.audit('recovery-code.replaced', 'workspace', open.meta.workspaceId);
      return { status: session.status(), recoveryCode };
    },
    'workspace:keep-passphrase': () => {
      session.require().newPassphraseDue = false;
      return session.status();
    },
    'workspace:new-recovery-code': async ({ passphrase }) => {
      const open = await confirmPassphrase(session, passphrase);
      const { file, recoveryCode } = await replaceRecoveryCode(open.keyFile, open.dataKey, { now: slotClock });
      await session.saveKeyFile(file);
      session.audit('recovery-code.replaced', 'workspace', open.meta.workspaceId);
      return { recoveryCode };
    },
    'workspace:keychain-add': async ({ passphrase }) => {
      const open = await confirmPassphrase(session, passphrase);
      if (!ports.keychain) throw new AppError('unavailable', "This computer's keychain cannot be used from here.");
      await session.saveKeyFile(await addKeychainSlot(open.keyFile, open.dataKey, ports.keychain, { now: slotClock }));
      session.audit('keychain.added', 'workspace', open.meta.workspaceId);
      return session.status();
    },
    'workspace:keychain-remove': async () => {
      const open = session.require();
      await session.saveKeyFile(removeKeychainSlot(open.keyFile, open.dataKey));
      session.audit('keychain.removed', 'workspace', open.meta.workspaceId);
      return session.status();
    },
  };
}
