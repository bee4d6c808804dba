/** The workspace as the renderer and CLI see it: what is open, its key slots, backups, settings. */
import { z } from 'zod';
import type { WorkspaceEncryption } from './cipher';
import { compositeColumnsSchema } from '../chronology/columns';

export * from './cipher';
export * from './audit-words';
export * from './audit-list';

export const workspaceExtension = '.review';

export type SlotKind = 'passphrase' | 'recovery' | 'keychain';

/** Why the workspace closed; 'stopped' is the core ending unexpectedly (a crash, out of memory), 'damaged' a page that failed the check after unlocking. */
export type LockReason = 'user' | 'idle' | 'suspend' | 'screen-lock' | 'restore' | 'stopped' | 'damaged';

export interface WorkspaceSummary {
  path: string;
  /** The folder name without ".review". */
  name: string;
}

export type WorkspaceStatus =
  | { state: 'closed' }
  | (WorkspaceSummary & {
      state: 'open';
      slots: { kind: SlotKind; createdAt: string; backend?: string }[];
      schemaVersion: number;
      createdAt: string;
      lastBackupAt: string | null;
      /** Why the newest backup's second copy (Settings → Backups) could not be written, in words; null when it was, or none is wanted. */
      secondCopyProblem: string | null;
      /** Which cipher the workspace uses, and whether re-encrypting it would help on this computer. */
      encryption: WorkspaceEncryption;
      /**
       * Unlocked with the recovery code, and the user has neither chosen a new passphrase nor
       * said they are keeping the old one: the app asks for a new one before the workspace shows.
       */
      newPassphraseDue: boolean;
    });

/** What the unlock screen may offer for a workspace, read from its keys.json without any secret. */
export interface UnlockOptions {
  /** The workspace has a keychain slot (it may still fail on a computer whose keychain did not seal it). */
  keychain: boolean;
}

/** What re-encrypting did: nothing when the workspace already used the right cipher. */
export interface RekeyResult {
  changed: boolean;
  from: WorkspaceEncryption['cipher'];
  to: WorkspaceEncryption['cipher'];
  /** The backup taken first, in the old cipher (a name in the backups folder), or null when nothing changed. */
  backup: string | null;
}

export interface RecentWorkspace extends WorkspaceSummary {
  /** False when the folder is no longer there (moved, deleted, an unplugged drive). */
  available: boolean;
}

export interface BackupInfo {
  name: string;
  takenAt: string;
  bytes: number;
  /** In the workspace's own backups folder, or in the second backup folder chosen in Settings. */
  location: BackupLocation;
}

export type BackupLocation = 'workspace' | 'second';

/** A backup just taken, and what happened to its second copy. */
export interface BackupTaken extends BackupInfo {
  /** 'off' when no second folder is chosen; the problem says what happened and what to do. */
  secondCopy: 'written' | 'failed' | 'off';
  secondCopyProblem: string | null;
}

/** An absolute folder path on any platform: /…, C:\…, or \\server\share. */
const absoluteFolder = z
  .string()
  .min(1)
  .max(4096)
  .regex(/^(\/|[A-Za-z]:[\\/]|\\\\)/, 'Choose the folder with the Choose a folder button.')
  .refine((folder) => !folder.includes('\0'));

/** Where an audit anchor was found (the log's head recorded outside the log), and whether it lies on the log as it is now. */
export interface AnchorFinding {
  source: 'key-file' | 'backup' | 'pdf';
  /** As a user names it: "the backup taken on Monday 7 December 2026 at 09:12". */
  label: string;
  seq: number | null;
  /**
   * on-chain: the log passes through it; before-restore: it belongs to the log a restore set aside
   * (kept in the backups folder); not-on-chain: the log was rewritten or cut; unreadable: the
   * backup could not be opened; none: the file carries no anchor.
   */
  status: 'on-chain' | 'before-restore' | 'not-on-chain' | 'unreadable' | 'none';
}

export type AuditCheck =
  | { ok: true; count: number; anchors: AnchorFinding[] }
  | { ok: false; count: number; firstBrokenSeq: number | null; reason: string; message: string; anchors: AnchorFinding[] };

/**
 * Preferences: interface settings only. Never workspace content, names or secrets; the recent
 * list holds paths only.
 */
export const settingsSchema = z.object({
  /** Who the audit log records as acting on this computer. */
  displayName: z.string().trim().min(1).max(120),
  /**
   * The capacity the user acts in ("Independent reviewer", "PRG member", "Independent chair");
   * optional. With the name it is who the audit log records (auditActor in ./audit-words).
   */
  role: z
    .string()
    .trim()
    .max(60)
    .regex(/^\P{Cc}*$/u)
    .optional(),
  /** 0 turns idle locking off. */
  autoLockMinutes: z.number().int().min(0).max(240),
  backupEveryMinutes: z.number().int().min(0).max(24 * 60),
  backupsToKeep: z.number().int().min(1).max(100),
  /** The composite chronology's hidden columns and widths, as the reviewer last left them. */
  compositeColumns: compositeColumnsSchema.optional(),
  /**
   * A second folder (a network or removable drive) every backup is also copied to, still
   * encrypted; absent or null for none. A path only, like the recent list.
   */
  secondBackupFolder: absoluteFolder.nullable().optional(),
});

export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = {
  displayName: 'Local user',
  autoLockMinutes: 10,
  backupEveryMinutes: 30,
  backupsToKeep: 10,
};

/** The minimum the create wizard and the CLI accept; strength feedback is shown on top. */
export const minimumPassphraseLength = 12;

export const passphraseSchema = z
  .string()
  .min(minimumPassphraseLength, `Use at least ${minimumPassphraseLength} characters: a few unrelated words is easiest to remember.`)
  .max(1024);

/** A folder name the user typed: plain, with no path separators or reserved characters. */
export const workspaceNameSchema = z
  .string()
  .trim()
  .min(1, 'Give the workspace a name.')
  .max(80, 'Use a name of at most 80 characters.')
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
  .regex(/^[^\\/:*?"<>|\u0000-\u001f]+$/, 'A workspace name cannot contain \\ / : * ? " < > or |.')
  .refine((name) => !/^\.+$/.test(name), 'A workspace name cannot be only dots.');

export const unlockMethodSchema = z.enum(['passphrase', 'recovery-code', 'keychain']);
export type UnlockMethod = z.infer<typeof unlockMethodSchema>;

/**
 * The demo workspace offered on first run holds fictional data only, so its passphrase is public:
 * it is shown on the welcome screen and in the README.
 */
export const demoWorkspaceName = 'Demo (fictional)';
export const demoPassphrase = 'fictional demo workspace';
