/**
 * Reading the audit log a backup (or a database a restore set aside) carries, read-only. A backup
 * opens with the workspace's cipher, or the one it had before a re-encryption.
 */
import type { Db } from '../../sqlite';
import { auditHead, type AuditAnchor } from '../audit';
import { openWorkspaceDb, workspaceCiphers } from '../db';

export interface BackupKey {
  dataKey: Buffer;
  /** The cipher keys.json records; the others are tried after it. */
  cipher: string;
  nativeBinding?: string | undefined;
}

export function openBackupLog(file: string, key: BackupKey): Db | null {
  for (const cipher of [key.cipher, ...workspaceCiphers.filter((other) => other !== key.cipher)]) {
    try {
      const db = openWorkspaceDb(file, key.dataKey, { readonly: true, cipher, nativeBinding: key.nativeBinding });
      try {
        db.prepare('SELECT 1 FROM audit_log LIMIT 1').get();
        return db;
      } catch {
        db.close();
      }
    } catch {
      continue;
    }
  }
  return null;
}

/** The last entry of the log in `file`; 'unreadable' when it cannot be opened. */
export function backupHead(file: string, key: BackupKey): AuditAnchor | null | 'unreadable' {
  const db = openBackupLog(file, key);
  if (!db) return 'unreadable';
  try {
    return auditHead(db);
  } catch {
    return 'unreadable';
  } finally {
    db.close();
  }
}
