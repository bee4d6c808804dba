/**
 * Audit anchors (issue #14): the log's head (its last entry's number and hash) recorded outside
 * the log, where rewriting the log does not reach: in keys.json's MAC'd area, in every backup
 * (its own copy of the log ends there) and in every exported PDF's metadata. Someone with the
 * passphrase can rebuild a consistent chain, but not one that still passes through every anchor
 * kept elsewhere; `audit verify` checks that they all lie on the current chain.
 */
import type { Db } from '../../sqlite';
import { auditTriggers } from '../migrations/0001-initial';

export interface AuditAnchor {
  seq: number;
  hash: string;
}

const anchorText = /^(\d{1,15}):([0-9a-f]{64})$/;

/** The log's last entry, or null for an empty log. */
export function auditHead(db: Db): AuditAnchor | null {
  const row = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as AuditAnchor | undefined;
  return row ? { seq: row.seq, hash: row.hash } : null;
}

/** "1234:<64 hex>", as a PDF's metadata carries it. */
export function formatAnchor(anchor: AuditAnchor): string {
  return `${anchor.seq}:${anchor.hash}`;
}

export function parseAnchor(text: string): AuditAnchor | null {
  const match = anchorText.exec(text.trim());
  return match ? { seq: Number(match[1]), hash: match[2]! } : null;
}

/** True when the log holds the anchor's entry with the anchor's hash. */
export function liesOn(db: Db, anchor: AuditAnchor): boolean {
  const row = db.prepare('SELECT hash FROM audit_log WHERE seq = ?').get(anchor.seq) as { hash: string } | undefined;
  return row?.hash === anchor.hash;
}

/** The audit log's triggers that are missing or no longer as written (by name). */
export function missingTriggers(db: Db): string[] {
  const present = new Map(
    (db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'").all() as Array<{ name: string; sql: string }>).map(
      (row) => [row.name, normalise(row.sql)],
    ),
  );
  return auditTriggers.filter((trigger) => present.get(trigger.name) !== normalise(trigger.sql)).map((trigger) => trigger.name);
}

function normalise(sql: string): string {
  return sql.replace(/\s+/g, ' ').trim();
}
