/**
 * After a recovery-code unlock: the passphrase the user forgot is replaced without being asked
 * for, and the recovery code they used with a new one. The code has left wherever it was kept
 * and been typed on this computer, so it is treated as spent, as FileVault and 1Password treat
 * theirs. Both slots change in one write of keys.json, so a crash leaves the old pair or the new
 * pair, never a passphrase nobody knows beside a code nobody was shown.
 */
import { AppError } from '../../../../shared/errors';
import { changePassphrase, replaceRecoveryCode, type KeyFile, type ScryptCost } from '../keys';
import type { OpenWorkspace } from './open-workspace';

export const resetClosedMessage =
  'A new passphrase can be chosen without the old one only straight after unlocking with the recovery code. ' +
  'Change the passphrase in Settings (it asks for the current one), or lock the workspace and unlock it with the recovery code again.';

export interface ResetPorts {
  kdfParams: ScryptCost | undefined;
  now: () => Date;
  /** Writes keys.json and makes it the open workspace's (session.saveKeyFile). */
  save: (file: KeyFile) => Promise<void>;
}

/** Returns the new recovery code, to be shown once. Refused unless the workspace was just opened with the recovery code. */
export async function resetAfterRecovery(open: OpenWorkspace, next: string, ports: ResetPorts): Promise<string> {
  if (!open.newPassphraseDue) throw new AppError('forbidden', resetClosedMessage);
  // Closed before the first await, so a second call cannot slip in while this one derives keys.
  open.newPassphraseDue = false;
  try {
    const withPassphrase = await changePassphrase(open.keyFile, open.dataKey, next, { kdfParams: ports.kdfParams, now: ports.now });
    const { file, recoveryCode } = await replaceRecoveryCode(withPassphrase, open.dataKey, { now: ports.now });
    await ports.save(file);
    return recoveryCode;
  } catch (error) {
    // Nothing was written: the user may try again (a full disk, say).
    open.newPassphraseDue = true;
    throw error;
  }
}
