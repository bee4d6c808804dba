/** What the workspace screens tell the user about why it locked, and about its passphrase after a recovery-code unlock. */
import { defaultSettings, type LockReason } from '../../../shared/workspace';
import { call } from '../../lib/api';

export const lockNotices: Record<LockReason, string | null> = {
  user: null,
  idle: 'The workspace was locked because the app was not used for a while.',
  suspend: 'The workspace was locked because the computer went to sleep.',
  'screen-lock': 'The workspace was locked because the screen was locked.',
  restore: 'The workspace was locked to restore a backup.',
  damaged:
    'Part of this workspace is damaged, so it was locked. Nothing was changed. Unlock it again: you will be offered the newest backup to restore.',
  stopped:
    'The workspace closed unexpectedly. Everything you had saved is safe; anything you were in the middle of (an import or an export) did not finish. Unlock the workspace to carry on.',
};

export const passphraseReplacedNotice =
  'The passphrase has been replaced. Unlock with the new one from now on: the old passphrase and the recovery code you used no longer open this workspace.';

export const passphraseKeptNotice =
  'The old passphrase still unlocks this workspace, and so does the recovery code you used. ' +
  'To change the passphrase later, use Settings (it asks for the current passphrase); if you cannot remember it, lock the workspace and unlock it with the recovery code again.';

/** True when this computer's name for the user is still the placeholder; false if it cannot tell (never blocks the way in). */
export async function stillUnnamed(): Promise<boolean> {
  try {
    return (await call('settings:get', {})).displayName === defaultSettings.displayName;
  } catch {
    return false;
  }
}
