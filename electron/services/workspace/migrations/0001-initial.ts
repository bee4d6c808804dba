/**
 * 0001: the workspace's identity (meta) and the append-only, hash-chained audit log.
 * The audit log's rules live in the database as well as in audit/: rows cannot be updated or
 * deleted, and a new row must extend the chain (next seq, previous row's hash).
 */
import { randomUUID } from 'node:crypto';
import type { Migration } from './types';

export const metaKeys = {
  workspaceId: 'workspace.id',
  createdAt: 'workspace.created_at',
  createdByAppVersion: 'workspace.created_by_app_version',
} as const;

export const genesisHash = '0'.repeat(64);

/**
 * The audit log's rules in the database. `audit verify` checks they are all still there, as
 * written: dropping them is the first step of rewriting the log.
 */
export const auditTriggers: ReadonlyArray<{ name: string; sql: string }> = [
  {
    name: 'audit_log_no_update',
    sql: `CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`,
  },
  {
    name: 'audit_log_no_delete',
    sql: `CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`,
  },
  {
    name: 'audit_log_extends_chain',
    sql: `CREATE TRIGGER audit_log_extends_chain BEFORE INSERT ON audit_log
      WHEN NEW.seq IS NOT coalesce((SELECT max(seq) FROM audit_log), 0) + 1
        OR NEW.prev_hash IS NOT coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '${genesisHash}')
      BEGIN SELECT RAISE(ABORT, 'audit_log rows must extend the chain'); END`,
  },
];

const migration: Migration = {
  version: 1,
  name: 'initial',
  up(db, context) {
    db.exec(`
      CREATE TABLE meta (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY CHECK (seq >= 1),
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        entity_type TEXT NOT NULL,
        entity_id TEXT,
        prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
        hash TEXT NOT NULL CHECK (length(hash) = 64)
      ) STRICT;

      ${auditTriggers.map((trigger) => `${trigger.sql};`).join('\n\n      ')}
    `);
    const insert = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
    insert.run(metaKeys.workspaceId, (context.newId ?? randomUUID)());
    insert.run(metaKeys.createdAt, context.now().toISOString());
    insert.run(metaKeys.createdByAppVersion, context.appVersion);
  },
};

export default migration;
