/**
 * Backup file names: `workspace-2026-11-26T16-30-00Z.db` (a sortable UTC time, colons replaced so
 * the name is valid on Windows), `-2`, `-3`… when two land in the same second, and
 * `pre-restore-<time>.db` for a workspace.db set aside by a restore.
 */
export type BackupKind = 'backup' | 'pre-restore';

const prefixes: Record<BackupKind, string> = { backup: 'workspace', 'pre-restore': 'pre-restore' };

const namePattern = /^(workspace|pre-restore)-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})Z(?:-(\d{1,4}))?\.db$/;

export interface ParsedBackupName {
  kind: BackupKind;
  time: Date;
  /** 1 for the first backup in a given second, 2, 3… after it. */
  ordinal: number;
}

export function backupName(kind: BackupKind, time: Date, ordinal = 1): string {
  const stamp = time.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-');
  return `${prefixes[kind]}-${stamp}${ordinal > 1 ? `-${ordinal}` : ''}.db`;
}

/** Undefined for anything that is not exactly a name this module makes (so never a path). */
export function parseBackupName(name: string): ParsedBackupName | undefined {
  const match = namePattern.exec(name);
  if (!match) return undefined;
  const [, prefix, year, month, day, hour, minute, second, ordinal] = match;
  const time = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}Z`);
  if (Number.isNaN(time.getTime())) return undefined;
  return { kind: prefix === 'workspace' ? 'backup' : 'pre-restore', time, ordinal: ordinal ? Number(ordinal) : 1 };
}

/** Newest first: by time, then by ordinal within the same second. */
export function compareNewestFirst(a: ParsedBackupName, b: ParsedBackupName): number {
  return b.time.getTime() - a.time.getTime() || b.ordinal - a.ordinal;
}
