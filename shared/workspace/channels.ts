/** The encrypted workspace: create, unlock, lock, keys, backups and the audit log. */
import { z } from 'zod';
import { channel, noInput } from '../ipc/channel';
import { jobIdField } from '../jobs';
import {
  auditExportInput,
  auditListInput,
  type AuditExportResult,
  passphraseSchema,
  unlockMethodSchema,
  workspaceNameSchema,
  type AuditCheck,
  type AuditPage,
  type BackupInfo,
  type BackupTaken,
  type RecentWorkspace,
  type RekeyResult,
  type UnlockOptions,
  type WorkspaceStatus,
} from '.';

const absolutePath = z.string().min(1).max(4096);
const secret = z.string().min(1).max(1024);

const createInput = z.object({ parentDir: absolutePath, name: workspaceNameSchema, passphrase: passphraseSchema }).strict();
const unlockInput = z
  .object({
    path: absolutePath,
    method: unlockMethodSchema,
    /** The passphrase or recovery code; absent for the keychain. */
    secret: secret.optional(),
    /** The user chose to break a lock left by an app that is no longer running. */
    breakStaleLock: z.boolean().optional(),
  })
  .strict();
const changePassphraseInput = z.object({ current: secret, next: passphraseSchema }).strict();
const newPassphraseInput = z.object({ next: passphraseSchema }).strict();
const confirmPassphraseInput = z.object({ passphrase: secret }).strict();
const rekeyInput = z.object({ passphrase: secret, ...jobIdField }).strict();
const pathInput = z.object({ path: absolutePath }).strict();
const backupInput = z.object({ ...jobIdField }).strict();
const restoreInput = unlockInput
  .extend({ backup: z.string().min(1).max(255), from: z.enum(['workspace', 'second']).optional(), ...jobIdField })
  .strict();

export const workspaceChannels = {
  'workspace:status': channel<typeof noInput, WorkspaceStatus>(noInput),
  /** Asks the user for the folder to create a workspace in; null when they cancel. */
  'workspace:choose-folder': channel<typeof noInput, { dir: string } | null>(noInput),
  /** Asks the user for an existing .review folder; null when they cancel. */
  'workspace:choose-existing': channel<typeof noInput, { path: string } | null>(noInput),
  /** Creates and opens a workspace; the recovery code is shown once and never stored in the clear. */
  'workspace:create': channel<typeof createInput, { path: string; recoveryCode: string }>(createInput),
  /** Which ways in the unlock screen offers for the workspace at `path` (no secret needed). */
  'workspace:unlock-options': channel<typeof pathInput, UnlockOptions>(pathInput),
  'workspace:unlock': channel<typeof unlockInput, WorkspaceStatus>(unlockInput),
  'workspace:lock': channel<typeof noInput, WorkspaceStatus>(noInput),
  'workspace:recent': channel<typeof noInput, RecentWorkspace[]>(noInput),
  /** Opens the fictional demo workspace, creating it in the app's data folder the first time. */
  'workspace:open-demo': channel<typeof noInput, WorkspaceStatus>(noInput),
  'workspace:forget-recent': channel<typeof pathInput, RecentWorkspace[]>(pathInput),
  'workspace:change-passphrase': channel<typeof changePassphraseInput, WorkspaceStatus>(changePassphraseInput),
  /**
   * Straight after a recovery-code unlock only: replaces the forgotten passphrase without asking
   * for it, and the used recovery code with a new one, shown once.
   */
  'workspace:reset-passphrase': channel<typeof newPassphraseInput, { status: WorkspaceStatus; recoveryCode: string }>(newPassphraseInput),
  /** After a recovery-code unlock: the user keeps the old passphrase (and the code they used). */
  'workspace:keep-passphrase': channel<typeof noInput, WorkspaceStatus>(noInput),
  'workspace:new-recovery-code': channel<typeof confirmPassphraseInput, { recoveryCode: string }>(confirmPassphraseInput),
  'workspace:keychain-add': channel<typeof confirmPassphraseInput, WorkspaceStatus>(confirmPassphraseInput),
  'workspace:keychain-remove': channel<typeof noInput, WorkspaceStatus>(noInput),
  /** Re-encrypts the open workspace with the cipher this computer should use (a job: progress and cancel). */
  'workspace:rekey': channel<typeof rekeyInput, RekeyResult>(rekeyInput),
  /** The renderer saw keyboard or pointer activity: resets the idle auto-lock timer. */
  'workspace:activity': channel<typeof noInput, null>(noInput),

  /** Takes a backup in the workspace folder, and copies it to the second backup folder when one is chosen. */
  'backup:create': channel<typeof backupInput, BackupTaken>(backupInput),
  /** Backups of a workspace, open or not (restoring is how a damaged workspace is recovered). */
  'backup:list': channel<typeof pathInput, BackupInfo[]>(pathInput),
  /** Restores a backup over the workspace (the current file is kept aside), then opens it. */
  'backup:restore': channel<typeof restoreInput, WorkspaceStatus>(restoreInput),
  /** Asks the user for a second folder for backups (a network or removable drive); null when they cancel. */
  'backup:choose-folder': channel<typeof noInput, { dir: string } | null>(noInput),

  'audit:verify': channel<typeof noInput, AuditCheck>(noInput),
  /** The audit log in words, newest first, filtered and a page at a time. */
  'audit:list': channel<typeof auditListInput, AuditPage>(auditListInput),
  /** Saves what the viewer's filters show as CSV or PDF (asks where; null when the user cancels). A job: progress and cancel. */
  'audit:export': channel<typeof auditExportInput, AuditExportResult | null>(auditExportInput),
};
