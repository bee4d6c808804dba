/**
 * Changes that reached the disk without their audit entry. Each of these is written in two steps
 * (the change, then its entry), so an app stopped between them (a crash, a kill, a power cut)
 * leaves a change the log does not mention: the kill loop found each one. The next unlock looks
 * for them and records each with an action ending "-found-at-unlock", so the log is complete and
 * says honestly that the entry was written later than the change.
 */
import path from 'node:path';
import type { Db } from '../../sqlite';
import { auditHead, liesOn } from '../audit';
import { backupsDir, listBackups } from '../backup';
import type { KeyFile } from '../keys';
import { backupHead, type BackupKey } from './backup-log';

export interface LateRecord {
  action: `${string}.${string}`;
  entityType: string;
  entityId: string;
}

/** What the log is missing, oldest first. Read-only: the caller appends them. */
export async function lateRecords(db: Db, dir: string, keyFile: KeyFile, workspaceId: string, key: BackupKey): Promise<LateRecord[]> {
  const last = db.prepare('SELECT at FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { at: string } | undefined;
  if (!last) return [];
  // Backup names carry whole seconds: compare at that precision.
  const lastAt = Math.floor(Date.parse(last.at) / 1000) * 1000;
  const records: LateRecord[] = [];
  const latest = (action: string) => (db.prepare('SELECT max(at) AS at FROM audit_log WHERE action IN (?, ?)').get(action, `${action}-found-at-unlock`) as { at: string | null }).at;

  for (const [kind, action] of [
    ['passphrase', 'passphrase.changed'],
    ['recovery', 'recovery-code.replaced'],
  ] as const) {
    const slot = keyFile.slots.find((candidate) => candidate.kind === kind);
    const recorded = latest(action) ?? (db.prepare("SELECT min(at) AS at FROM audit_log WHERE action = 'workspace.created'").get() as { at: string | null }).at;
    // A slot made after everything the log knows, and after its own last entry: the change was not recorded.
    if (slot && recorded && slot.createdAt > recorded && Date.parse(slot.createdAt) > lastAt) {
      records.push({ action: `${action}-found-at-unlock`, entityType: 'workspace', entityId: workspaceId });
    }
  }

  const backups = (await listBackups(dir)).slice().reverse();
  const restoredAt = (db.prepare("SELECT at FROM audit_log WHERE action IN ('backup.restored', 'backup.restored-found-at-unlock')").all() as Array<{ at: string }>).map(
    (row) => Math.floor(Date.parse(row.at) / 1000) * 1000,
  );
  // A restore sets the old database aside, then records itself: a set-aside file newer than every
  // restore the log knows is a restore that was not recorded.
  for (const setAside of backups.filter((backup) => backup.kind === 'pre-restore')) {
    const time = Date.parse(setAside.createdAt);
    if (restoredAt.some((at) => at >= time)) continue;
    records.push({ action: 'backup.restored-found-at-unlock', entityType: 'backup', entityId: setAside.name });
  }
  // A backup no entry names, whose own log ends on this one: taken from this history and not
  // recorded. (One whose log ends elsewhere belongs to a history a restore replaced.)
  const named = new Set((db.prepare("SELECT entity_id AS id FROM audit_log WHERE entity_type = 'backup'").all() as Array<{ id: string | null }>).map((row) => row.id));
  // After an unrecorded restore the log is the restored backup's own, ending where it ends: that
  // backup was recorded in the history it came from.
  const current = records.some((record) => record.action === 'backup.restored-found-at-unlock') ? auditHead(db) : null;
  for (const backup of backups.filter((candidate) => candidate.kind === 'backup' && !named.has(candidate.name))) {
    const head = backupHead(path.join(backupsDir(dir), backup.name), key);
    if (!head || head === 'unreadable' || !liesOn(db, head)) continue;
    if (current && head.seq === current.seq && head.hash === current.hash) continue;
    records.push({ action: 'backup.created-found-at-unlock', entityType: 'backup', entityId: backup.name });
  }
  return records;
}
