/** The workspace's identity, written once by migration 0001. */
import type { Db } from '../../sqlite';
import { metaKeys } from '../migrations/0001-initial';

export interface WorkspaceMeta {
  workspaceId: string;
  createdAt: string;
  createdByAppVersion: string;
}

export function readWorkspaceMeta(db: Db): WorkspaceMeta {
  const rows = db.prepare('SELECT key, value FROM meta').all() as Array<{ key: string; value: string }>;
  const value = (key: string) => rows.find((row) => row.key === key)?.value ?? '';
  return {
    workspaceId: value(metaKeys.workspaceId),
    createdAt: value(metaKeys.createdAt),
    createdByAppVersion: value(metaKeys.createdByAppVersion),
  };
}
