/**
 * The append-only, hash-chained audit log: who did what to which entity, and when — never what
 * the entity contains. Each row's hash covers its own fields and the previous row's hash, so an
 * edited, removed, inserted or reordered row breaks the chain at a point verifyAudit names.
 *
 * Canonical form (for anyone re-implementing the check): the SHA-256, as lowercase hex, of the
 * UTF-8 bytes of JSON.stringify(["prw-audit/1", seq, at, actor, action, entity_type, entity_id, prev_hash])
 * with entity_id null when absent. The first row's prev_hash is 64 zeros.
 *
 * The database enforces the same rules (migration 0001): UPDATE and DELETE raise, and an INSERT
 * must carry the next seq and the previous hash. The limit of any hash chain applies: removing
 * rows from the END leaves a shorter valid chain; pass an anchor (a seq and hash recorded
 * elsewhere, e.g. in an export) to verifyAudit to catch that.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../../../shared/errors';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../../sqlite';
import type { Clock } from '../db/clock';
import { genesisHash } from '../migrations/0001-initial';

const canonicalTag = 'prw-audit/1';

/** `area.verb`, e.g. workspace.created, workspace.unlocked, passphrase.changed, backup.restored. */
export type AuditAction = `${string}.${string}`;

/** Everything a caller may record. There is deliberately no field for content, notes or values. */
export interface AuditEntry {
  /** The local user's display name, from preferences. */
  actor: string;
  action: AuditAction;
  /** e.g. 'workspace', 'review', 'chronology-entry'. */
  entityType: string;
  /** An opaque identifier (UUID, number, slug) — never a name or a title. */
  entityId?: string | null;
}

export interface AuditRecord {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string | null;
  prevHash: string;
  hash: string;
}

export type AuditBreak =
  | 'missing-rows' // a seq is skipped: rows were deleted
  | 'prev-hash-mismatch' // the row does not follow the one before it: rows removed, inserted or reordered
  | 'hash-mismatch' // the row's fields no longer match its hash: it was edited
  | 'anchor-mismatch'; // the log does not contain the row an anchor recorded: rows removed from the end

export type AuditVerification =
  | { ok: true; count: number; head: { seq: number; hash: string } | null }
  | { ok: false; count: number; verifiedCount: number; firstBrokenSeq: number; reason: AuditBreak; message: string };

const identifier = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

const entrySchema = z.strictObject({
  actor: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .refine((value) => !/\p{Cc}/u.test(value)),
  action: z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/).max(80),
  entityType: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/),
  entityId: z.string().regex(identifier).nullish(),
});

export function auditHash(fields: Omit<AuditRecord, 'hash'>): string {
  const canonical = JSON.stringify([
    canonicalTag,
    fields.seq,
    fields.at,
    fields.actor,
    fields.action,
    fields.entityType,
    fields.entityId,
    fields.prevHash,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/**
 * Appends one row, atomically with whatever transaction the caller is in (a savepoint inside one,
 * its own IMMEDIATE transaction otherwise), so a change and its audit row commit together.
 */
export function appendAudit(db: Db, entry: AuditEntry, clock: Clock): AuditRecord {
  const parsed = entrySchema.safeParse(entry);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join('.') || 'entry';
    // Names the field, never its value.
    throw new AppError('validation', `The audit record could not be written: its ${field} is not in the expected form.`);
  }
  const { actor, action, entityType } = parsed.data;
  const entityId = parsed.data.entityId ?? null;
  const statements = statementsFor(db);
  return db
    .transaction((): AuditRecord => {
      const last = statements.last.get();
      const fields = {
        seq: (last?.seq ?? 0) + 1,
        at: clock().toISOString(),
        actor,
        action,
        entityType,
        entityId,
        prevHash: last?.hash ?? genesisHash,
      };
      const record = { ...fields, hash: auditHash(fields) };
      statements.insert.run(record);
      return record;
    })
    .immediate();
}

interface AuditStatements {
  last: Database.Statement<[], { seq: number; hash: string }>;
  insert: Database.Statement<[AuditRecord]>;
}

const statementCache = new WeakMap<Db, AuditStatements>();

function statementsFor(db: Db): AuditStatements {
  let statements = statementCache.get(db);
  if (!statements) {
    statements = {
      last: db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1'),
      insert: db.prepare<[AuditRecord]>(
        `INSERT INTO audit_log (seq, at, actor, action, entity_type, entity_id, prev_hash, hash)
         VALUES (@seq, @at, @actor, @action, @entityType, @entityId, @prevHash, @hash)`,
      ),
    };
    statementCache.set(db, statements);
  }
  return statements;
}

interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  prev_hash: string;
  hash: string;
}

/**
 * Walks the whole chain in seq order (streaming: constant memory) and names the first broken
 * link. Messages carry sequence numbers only, never row contents.
 */
export function verifyAudit(db: Db, anchor?: { seq: number; hash: string }): AuditVerification {
  const count = (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
  let expectedSeq = 1;
  let prevHash = genesisHash;
  let anchorSeen = false;
  const broken = (firstBrokenSeq: number, reason: AuditBreak, message: string): AuditVerification => ({
    ok: false,
    count,
    verifiedCount: expectedSeq - 1,
    firstBrokenSeq,
    reason,
    message,
  });

  const rows = db.prepare('SELECT seq, at, actor, action, entity_type, entity_id, prev_hash, hash FROM audit_log ORDER BY seq').iterate() as IterableIterator<AuditRow>;
  for (const row of rows) {
    if (row.seq !== expectedSeq) {
      return broken(expectedSeq, 'missing-rows', `Audit entry ${expectedSeq} is missing: the log jumps from entry ${expectedSeq - 1} to ${row.seq}.`);
    }
    if (row.prev_hash !== prevHash) {
      return broken(row.seq, 'prev-hash-mismatch', `Audit entry ${row.seq} does not follow entry ${row.seq - 1}: entries were removed, inserted or reordered.`);
    }
    const hash = auditHash({
      seq: row.seq,
      at: row.at,
      actor: row.actor,
      action: row.action,
      entityType: row.entity_type,
      entityId: row.entity_id,
      prevHash: row.prev_hash,
    });
    if (hash !== row.hash) {
      return broken(row.seq, 'hash-mismatch', `Audit entry ${row.seq} was changed after it was written.`);
    }
    if (anchor && anchor.seq === row.seq) anchorSeen = anchor.hash === row.hash;
    prevHash = row.hash;
    expectedSeq++;
  }
  if (anchor && !anchorSeen) {
    const first = Math.min(anchor.seq, expectedSeq);
    return broken(first, 'anchor-mismatch', `The audit log does not contain entry ${anchor.seq} as it was recorded: entries were removed from its end or replaced.`);
  }
  return { ok: true, count, head: expectedSeq > 1 ? { seq: expectedSeq - 1, hash: prevHash } : null };
}
