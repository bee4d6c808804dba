import { createHash } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../../../electron/services/sqlite';
import { appendAudit, verifyAudit, type AuditEntry } from '../../../../../electron/services/workspace/audit';
import { openWorkspaceDb } from '../../../../../electron/services/workspace/db/open';
import { genesisHash, migrate } from '../../../../../electron/services/workspace/migrations';
import { context, newKey, rawConnection, steppingClock, tempDir } from '../db/helpers';

const actor = 'Ottoline Marchbanks-Fairweather';

function workspace() {
  const file = path.join(tempDir(), 'workspace.db');
  const key = newKey();
  const db = openWorkspaceDb(file, key, { create: true });
  migrate(db, context());
  return { db, file, key };
}

function appendMany(db: Db, count: number, clock = steppingClock()) {
  const actions = ['workspace.created', 'workspace.unlocked', 'review.updated', 'passphrase.changed', 'workspace.locked'] as const;
  for (let i = 0; i < count; i++) {
    appendAudit(db, { actor, action: actions[i % actions.length]!, entityType: i % 2 ? 'review' : 'workspace', entityId: i % 3 ? `id-${i}` : null }, clock);
  }
}

/** Outside the app: a keyed connection that removes the append-only triggers, as a tamperer would. */
function tamper(file: string, key: Buffer, sql: string) {
  const raw = rawConnection(file, key);
  raw.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; DROP TRIGGER audit_log_extends_chain;');
  raw.exec(sql);
  raw.close();
}

/** An independent implementation of the documented canonical form. */
function expectedHash(row: { seq: number; at: string; actor: string; action: string; entity_type: string; entity_id: string | null; prev_hash: string }) {
  const canonical = JSON.stringify(['prw-audit/1', row.seq, row.at, row.actor, row.action, row.entity_type, row.entity_id, row.prev_hash]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

describe('appendAudit', () => {
  it('chains rows: seq 1, 2, 3…, the first prev_hash is 64 zeros, each hash is SHA-256 of the canonical form', () => {
    const { db } = workspace();
    const first = appendAudit(db, { actor, action: 'workspace.created', entityType: 'workspace', entityId: 'ws-1' }, () => new Date('2026-11-26T16:30:00.000Z'));
    const second = appendAudit(db, { actor, action: 'workspace.unlocked', entityType: 'workspace' }, () => new Date('2026-11-26T16:31:00.000Z'));
    expect(first).toMatchObject({ seq: 1, at: '2026-11-26T16:30:00.000Z', prevHash: genesisHash, entityId: 'ws-1' });
    expect(second).toMatchObject({ seq: 2, at: '2026-11-26T16:31:00.000Z', prevHash: first.hash, entityId: null });
    const rows = db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as Array<Parameters<typeof expectedHash>[0] & { hash: string }>;
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.hash).toBe(expectedHash(row));
    db.close();
  });

  it('takes no content: unknown fields, free text as ids and malformed actions are refused without echoing them', () => {
    const { db } = workspace();
    const clock = steppingClock();
    const attempts: unknown[] = [
      { actor, action: 'review.updated', entityType: 'review', entityId: 'r-1', details: 'Child disclosed to teacher' },
      { actor, action: 'review.updated', entityType: 'review', entityId: 'Hartwell family review' },
      { actor, action: 'Updated the Hartwell review', entityType: 'review' },
      { actor, action: 'review.updated', entityType: 'Hartwell' },
      { actor: '', action: 'review.updated', entityType: 'review' },
      { actor: 'bad\u0000actor', action: 'review.updated', entityType: 'review' },
    ];
    for (const attempt of attempts) {
      let message = '';
      try {
        appendAudit(db, attempt as AuditEntry, clock);
      } catch (error) {
        expect(error).toMatchObject({ code: 'validation' });
        message = (error as Error).message;
      }
      expect(message).not.toBe('');
      expect(message).not.toMatch(/Hartwell|disclosed|Ottoline/);
    }
    expect(db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 0 });
    db.close();
  });

  it('commits with the caller\'s transaction, and rolls back with it', () => {
    const { db } = workspace();
    const clock = steppingClock();
    appendAudit(db, { actor, action: 'workspace.created', entityType: 'workspace' }, clock);
    expect(() =>
      db.transaction(() => {
        appendAudit(db, { actor, action: 'review.updated', entityType: 'review', entityId: 'r-1' }, clock);
        throw new Error('the change itself failed');
      })(),
    ).toThrow('the change itself failed');
    appendAudit(db, { actor, action: 'review.updated', entityType: 'review', entityId: 'r-1' }, clock);
    expect(db.prepare('SELECT seq FROM audit_log ORDER BY seq').all()).toEqual([{ seq: 1 }, { seq: 2 }]);
    expect(verifyAudit(db)).toMatchObject({ ok: true, count: 2 });
    db.close();
  });
});

describe('verifyAudit', () => {
  it('accepts an empty log and an intact one, and reports the head', () => {
    const { db } = workspace();
    expect(verifyAudit(db)).toEqual({ ok: true, count: 0, head: null });
    appendMany(db, 25);
    const last = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get();
    expect(verifyAudit(db)).toEqual({ ok: true, count: 25, head: last });
    db.close();
  });

  it('names an edited row (hash mismatch)', () => {
    const { db, file, key } = workspace();
    appendMany(db, 10);
    db.close();
    tamper(file, key, "UPDATE audit_log SET actor = 'Someone Else' WHERE seq = 4");
    const reopened = openWorkspaceDb(file, key);
    const result = verifyAudit(reopened);
    expect(result).toMatchObject({ ok: false, count: 10, verifiedCount: 3, firstBrokenSeq: 4, reason: 'hash-mismatch' });
    expect(JSON.stringify(result)).not.toMatch(/Someone|Ottoline/);
    reopened.close();
  });

  it('names the row after an edited row whose hash was recomputed (its prev_hash no longer matches)', () => {
    const { db, file, key } = workspace();
    appendMany(db, 10);
    const row = db.prepare('SELECT * FROM audit_log WHERE seq = 6').get() as Parameters<typeof expectedHash>[0];
    db.close();
    const forged = { ...row, action: 'workspace.exported' };
    tamper(file, key, `UPDATE audit_log SET action = 'workspace.exported', hash = '${expectedHash(forged)}' WHERE seq = 6`);
    const reopened = openWorkspaceDb(file, key);
    expect(verifyAudit(reopened)).toMatchObject({ ok: false, firstBrokenSeq: 7, reason: 'prev-hash-mismatch' });
    reopened.close();
  });

  it('names a deleted row (seq gap)', () => {
    const { db, file, key } = workspace();
    appendMany(db, 10);
    db.close();
    tamper(file, key, 'DELETE FROM audit_log WHERE seq = 5');
    const reopened = openWorkspaceDb(file, key);
    expect(verifyAudit(reopened)).toMatchObject({ ok: false, count: 9, verifiedCount: 4, firstBrokenSeq: 5, reason: 'missing-rows' });
    reopened.close();
  });

  it('names the first row after a deletion that renumbered the rest (prev_hash mismatch)', () => {
    const { db, file, key } = workspace();
    appendMany(db, 10);
    db.close();
    tamper(file, key, 'DELETE FROM audit_log WHERE seq = 5; UPDATE audit_log SET seq = seq - 1 WHERE seq > 5');
    const reopened = openWorkspaceDb(file, key);
    expect(verifyAudit(reopened)).toMatchObject({ ok: false, firstBrokenSeq: 5, reason: 'prev-hash-mismatch' });
    reopened.close();
  });

  it('names reordered rows', () => {
    const { db, file, key } = workspace();
    appendMany(db, 10);
    db.close();
    tamper(file, key, 'UPDATE audit_log SET seq = 100 WHERE seq = 3; UPDATE audit_log SET seq = 3 WHERE seq = 4; UPDATE audit_log SET seq = 4 WHERE seq = 100');
    const reopened = openWorkspaceDb(file, key);
    expect(verifyAudit(reopened)).toMatchObject({ ok: false, firstBrokenSeq: 3, reason: 'prev-hash-mismatch' });
    reopened.close();
  });

  it('catches rows removed from the end when given an anchor recorded earlier', () => {
    const { db, file, key } = workspace();
    appendMany(db, 10);
    const result = verifyAudit(db);
    if (!result.ok || !result.head) throw new Error('expected an intact log');
    const anchor = result.head;
    db.close();
    tamper(file, key, 'DELETE FROM audit_log WHERE seq >= 9');
    const reopened = openWorkspaceDb(file, key);
    expect(verifyAudit(reopened)).toMatchObject({ ok: true, count: 8 }); // the chain alone cannot tell
    expect(verifyAudit(reopened, anchor)).toMatchObject({ ok: false, firstBrokenSeq: 9, reason: 'anchor-mismatch' });
    reopened.close();
  });
});
