/**
 * The workspace store's part after a recovery-code unlock: the forgotten passphrase is replaced
 * (and the used recovery code with a new one, shown once by the screen, never kept here), or the
 * user keeps the old one and is told it still applies.
 */
import type { WorkspaceStatus } from '../../../shared/workspace';
import { call } from '../../lib/api';
import { attempt, type Outcome } from '../../lib/outcome';
import { passphraseKeptNotice, passphraseReplacedNotice } from './notices';

export interface RecoveryState {
  /**
   * Unlocked with the recovery code: the unlock screen asks for a new passphrase (and then shows
   * the new recovery code) before the workspace shows, unless the user keeps the old one.
   */
  replacingPassphrase: boolean;
  /** The new passphrase; resolves to the new recovery code, for the screen to show once. */
  resetPassphrase: (next: string) => Promise<Outcome<string>>;
  /** Keep the old passphrase, and say that it still applies. */
  keepPassphrase: () => Promise<Outcome<void>>;
  /** The new recovery code is stored: on to the workspace. */
  passphraseReplaced: () => void;
}

interface Host {
  status: WorkspaceStatus | null;
  replacingPassphrase: boolean;
  notice: string | null;
  statusChanged: (status: WorkspaceStatus) => void;
}

export function recoveryActions(set: (patch: Partial<Host>) => void, get: () => Host): RecoveryState {
  /** Leaves the step for the workspace (or the name question), with what the user must know above it. */
  const leave = (status: WorkspaceStatus | null, notice: string) => {
    set({ replacingPassphrase: false });
    if (status) get().statusChanged(status);
    set({ notice });
  };
  return {
    replacingPassphrase: false,
    resetPassphrase: (next) =>
      attempt(async () => {
        const { status, recoveryCode } = await call('workspace:reset-passphrase', { next });
        // The screen stays until the user has stored the new code (passphraseReplaced).
        set({ status });
        return recoveryCode;
      }),
    keepPassphrase: () => attempt(async () => leave(await call('workspace:keep-passphrase', {}), passphraseKeptNotice)),
    passphraseReplaced: () => leave(get().status, passphraseReplacedNotice),
  };
}
