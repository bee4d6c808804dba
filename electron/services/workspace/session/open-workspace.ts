/**
 * An unlocked workspace: its folder, the open database, the data key and the single-writer lock.
 * Built only by unlock or create; closed only by close(), which drops the key from memory.
 */
import path from 'node:path';
import { workspaceExtension, type WorkspaceEncryption, type WorkspaceStatus } from '../../../../shared/workspace';
import type { Db } from '../../sqlite';
import { rekeyTarget, type CipherChoice } from '../db/cipher-choice';
import type { WorkspaceMeta } from '../db/meta';
import type { WorkspaceCipher } from '../db/open';
import { auditHead } from '../audit/anchor';
import { describeSlots, keyFileName, recordAuditAnchor, writeKeyFileAtomic, type KeyFile } from '../keys';
import type { LockHandle } from '../lock';

export interface OpenWorkspace {
  dir: string;
  name: string;
  db: Db;
  dataKey: Buffer;
  keyFile: KeyFile;
  lock: LockHandle;
  meta: WorkspaceMeta;
  lastBackupAt: string | null;
  /**
   * Opened with the recovery code, and no new passphrase chosen or declined yet. Only then may the
   * passphrase be replaced without the old one (recovery.ts): the window closes with the session.
   */
  newPassphraseDue: boolean;
  /** Why the newest backup's second copy was not written (backup/second-copy.ts); null otherwise. */
  secondCopyProblem?: string | null;
}

export function workspaceName(dir: string): string {
  const base = path.basename(dir);
  return base.endsWith(workspaceExtension) ? base.slice(0, -workspaceExtension.length) : base;
}

export function closeWorkspace(open: OpenWorkspace): void {
  try {
    // A clean close checkpoints the WAL into workspace.db, so a copied folder is self-contained.
    open.db.close();
  } finally {
    open.dataKey.fill(0);
    open.lock.release();
  }
}

/**
 * Records the audit log's head in keys.json (audit/anchor.ts), as the last step before locking,
 * so a log rewritten later no longer passes through it. Written only when the head moved.
 */
export async function anchorInKeyFile(open: OpenWorkspace): Promise<void> {
  const head = auditHead(open.db);
  const recorded = open.keyFile.auditAnchor;
  if (!head || (recorded?.seq === head.seq && recorded.hash === head.hash)) return;
  const next = recordAuditAnchor(open.keyFile, open.dataKey, head);
  await writeKeyFileAtomic(path.join(open.dir, keyFileName), next);
  open.keyFile = next;
}

export function statusOf(open: OpenWorkspace, choice: CipherChoice): WorkspaceStatus {
  return {
    state: 'open',
    path: open.dir,
    name: open.name,
    slots: describeSlots(open.keyFile).map(({ kind, createdAt, backend }) => ({ kind, createdAt, ...(backend ? { backend } : {}) })),
    schemaVersion: open.db.pragma('user_version', { simple: true }) as number,
    createdAt: open.meta.createdAt,
    lastBackupAt: open.lastBackupAt,
    secondCopyProblem: open.secondCopyProblem ?? null,
    encryption: describeEncryption(open, choice),
    newPassphraseDue: open.newPassphraseDue,
  };
}

/** The workspace's cipher (it opened with it, so it is one this app knows) and what re-encrypting would change. */
export function describeEncryption(open: OpenWorkspace, choice: CipherChoice): WorkspaceEncryption {
  const cipher = open.keyFile.cipher as WorkspaceCipher;
  return { cipher, aes: choice.aes, rekeyTo: rekeyTarget(cipher, choice) };
}
