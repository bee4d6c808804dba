/**
 * `audit verify` for a whole workspace: the hash chain, the triggers that keep it append-only,
 * and every anchor it can find (audit/anchor.ts) — keys.json's, each backup's own log head, and
 * any PDF the user gives. An anchor that is not on the current log means the log was rewritten
 * or cut after it was recorded; one that lies on a log a restore set aside is expected (the
 * restore replaced that history) and is listed as such.
 */
import path from 'node:path';
import { formatMoment } from '../../../../shared/dates/moment';
import type { AnchorFinding, AuditCheck } from '../../../../shared/workspace';
import type { Db } from '../../sqlite';
import { liesOn, missingTriggers, verifyAudit, type AuditAnchor } from '../audit';
import { backupsDir, listBackups } from '../backup';
import { backupHead, openBackupLog, type BackupKey } from './backup-log';
import type { OpenWorkspace } from './open-workspace';

/** A PDF given with --against: its name and the anchor in its metadata (null when it has none). */
export interface GivenAnchor {
  label: string;
  anchor: AuditAnchor | null;
}

export async function verifyWorkspaceAudit(open: OpenWorkspace, given: GivenAnchor[] = [], nativeBinding?: string): Promise<AuditCheck> {
  const chain = verifyAudit(open.db);
  const branches = await setAsideLogs(open, nativeBinding);
  try {
    const judge = (source: AnchorFinding['source'], label: string, anchor: AuditAnchor | null): AnchorFinding => ({
      source,
      label,
      seq: anchor?.seq ?? null,
      status: !anchor ? 'none' : liesOn(open.db, anchor) ? 'on-chain' : branches.some((db) => liesOn(db, anchor)) ? 'before-restore' : 'not-on-chain',
    });
    // Backups first, newest first: the message names the first anchor the log misses.
    const anchors: AnchorFinding[] = [];
    for (const backup of (await listBackups(open.dir)).filter((info) => info.kind === 'backup')) {
      const label = `the backup taken on ${formatMoment(backup.createdAt) ?? backup.createdAt}`;
      const head = backupHead(path.join(backupsDir(open.dir), backup.name), keyOf(open, nativeBinding));
      anchors.push(head === 'unreadable' ? { source: 'backup', label, seq: null, status: 'unreadable' } : judge('backup', label, head));
    }
    if (open.keyFile.auditAnchor) anchors.push(judge('key-file', "the workspace's key file (keys.json)", open.keyFile.auditAnchor));
    for (const pdf of given) anchors.push(judge('pdf', pdf.label, pdf.anchor));

    if (!chain.ok) return { ok: false, count: chain.count, firstBrokenSeq: chain.firstBrokenSeq, reason: chain.reason, message: chain.message, anchors };
    const missing = missingTriggers(open.db);
    if (missing.length > 0) {
      const message = `The rules that keep the audit log append-only were removed or changed (${missing.length} of 3), so entries could have been rewritten without a trace in the chain itself.`;
      return { ok: false, count: chain.count, firstBrokenSeq: null, reason: 'triggers-missing', message, anchors };
    }
    const off = anchors.find((finding) => finding.status === 'not-on-chain');
    if (off) {
      const message = `The audit log does not match ${off.label}: entry ${off.seq} recorded there is not entry ${off.seq} of the log now. The log was rewritten or cut after that point.`;
      return { ok: false, count: chain.count, firstBrokenSeq: off.seq, reason: 'anchor-mismatch', message, anchors };
    }
    return { ok: true, count: chain.count, anchors };
  } finally {
    for (const db of branches) db.close();
  }
}

/** The logs a restore set aside (pre-restore files), opened read-only; those that cannot be opened are left out. */
async function setAsideLogs(open: OpenWorkspace, nativeBinding?: string): Promise<Db[]> {
  const logs: Db[] = [];
  for (const info of (await listBackups(open.dir)).filter((backup) => backup.kind === 'pre-restore')) {
    const db = openBackupLog(path.join(backupsDir(open.dir), info.name), keyOf(open, nativeBinding));
    if (db) logs.push(db);
  }
  return logs;
}

function keyOf(open: OpenWorkspace, nativeBinding?: string): BackupKey {
  return { dataKey: open.dataKey, cipher: open.keyFile.cipher, nativeBinding };
}
