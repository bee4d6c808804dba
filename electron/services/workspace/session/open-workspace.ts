/**
 * An unlocked workspace: its folder, the open database, the data key and the single-writer lock.
 * Built only by unlock or create; closed only by close(), which drops the key from memory.
 */
import path from 'node:path';
import type { Db } from '../../sqlite';
import type { KeyFile } from '../keys';
import type { LockHandle } from '../lock';
import type { WorkspaceMeta } from '../db/meta';
import { workspaceExtension } from '../../../../shared/workspace';

export interface OpenWorkspace {
  dir: string;
  name: string;
  db: Db;
  dataKey: Buffer;
  keyFile: KeyFile;
  lock: LockHandle;
  meta: WorkspaceMeta;
  lastBackupAt: string | null;
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
