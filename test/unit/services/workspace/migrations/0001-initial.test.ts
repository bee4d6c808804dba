import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../../../electron/services/sqlite';
import { openWorkspaceDb } from '../../../../../electron/services/workspace/db/open';
import { readWorkspaceMeta } from '../../../../../electron/services/workspace/db/meta';
import { genesisHash, migrate, migrations } from '../../../../../electron/services/workspace/migrations';
import { context, fixedClock, newKey, tempDir } from '../db/helpers';

function migratedTo1(): Db {
  const db = openWorkspaceDb(path.join(tempDir(), 'workspace.db'), newKey(), { create: true });
  migrate(db, context({ appVersion: '1.2.3', now: fixedClock('2026-11-26T16:30:00.000Z'), newId: () => 'ws-1234' }), migrations.slice(0, 1));
  return db;
}

const columns = (db: Db, table: string) =>
  (db.pragma(`table_info(${table})`) as Array<{ name: string; type: string; notnull: number; pk: number }>).map(({ name, type, notnull, pk }) => ({ name, type, notnull, pk }));

describe('migration 0001-initial', () => {
  it('creates meta and audit_log as STRICT tables, and nothing else', () => {
    const db = migratedTo1();
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const list = (db.pragma('table_list') as Array<{ name: string; strict: number; schema: string }>).filter((table) => table.schema === 'main' && !table.name.startsWith('sqlite_'));
    expect(list.map(({ name, strict }) => ({ name, strict })).sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: 'audit_log', strict: 1 },
      { name: 'meta', strict: 1 },
    ]);
    expect(columns(db, 'meta')).toEqual([
      { name: 'key', type: 'TEXT', notnull: 1, pk: 1 },
      { name: 'value', type: 'TEXT', notnull: 1, pk: 0 },
    ]);
    expect(columns(db, 'audit_log')).toEqual([
      { name: 'seq', type: 'INTEGER', notnull: 0, pk: 1 },
      { name: 'at', type: 'TEXT', notnull: 1, pk: 0 },
      { name: 'actor', type: 'TEXT', notnull: 1, pk: 0 },
      { name: 'action', type: 'TEXT', notnull: 1, pk: 0 },
      { name: 'entity_type', type: 'TEXT', notnull: 1, pk: 0 },
      { name: 'entity_id', type: 'TEXT', notnull: 0, pk: 0 },
      { name: 'prev_hash', type: 'TEXT', notnull: 1, pk: 0 },
      { name: 'hash', type: 'TEXT', notnull: 1, pk: 0 },
    ]);
    db.close();
  });

  it('records the workspace id, creation time and creating app version in meta', () => {
    const db = migratedTo1();
    expect(readWorkspaceMeta(db)).toEqual({ workspaceId: 'ws-1234', createdAt: '2026-11-26T16:30:00.000Z', createdByAppVersion: '1.2.3' });
    db.close();
  });

  it('makes audit_log append-only in the database: UPDATE and DELETE raise', () => {
    const db = migratedTo1();
    db.prepare('INSERT INTO audit_log VALUES (1, ?, ?, ?, ?, NULL, ?, ?)').run('2026-11-26T16:30:00.000Z', 'A. Reviewer', 'workspace.created', 'workspace', genesisHash, 'a'.repeat(64));
    expect(() => db.exec("UPDATE audit_log SET actor = 'someone else'")).toThrow(/append-only/);
    expect(() => db.exec('DELETE FROM audit_log')).toThrow(/append-only/);
    expect(() => db.exec("INSERT OR REPLACE INTO audit_log VALUES (1, 'x', 'x', 'x.y', 'x', NULL, '" + genesisHash + "', '" + 'b'.repeat(64) + "')")).toThrow(/extend the chain/);
    expect(db.prepare('SELECT actor FROM audit_log').all()).toEqual([{ actor: 'A. Reviewer' }]);
    db.close();
  });

  it('only accepts an audit row that extends the chain (next seq, previous hash)', () => {
    const db = migratedTo1();
    const insert = db.prepare('INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, NULL, ?, ?)');
    const row = (seq: number, prev: string, hash: string) => insert.run(seq, '2026-11-26T16:30:00.000Z', 'A. Reviewer', 'workspace.unlocked', 'workspace', prev, hash);
    expect(() => row(2, genesisHash, 'a'.repeat(64))).toThrow(/extend the chain/); // wrong first seq
    expect(() => row(1, 'f'.repeat(64), 'a'.repeat(64))).toThrow(/extend the chain/); // wrong genesis
    row(1, genesisHash, 'a'.repeat(64));
    expect(() => row(2, 'c'.repeat(64), 'b'.repeat(64))).toThrow(/extend the chain/); // does not follow row 1
    expect(() => row(3, 'a'.repeat(64), 'b'.repeat(64))).toThrow(/extend the chain/); // skips a seq
    row(2, 'a'.repeat(64), 'b'.repeat(64));
    expect(() => row(3, 'b'.repeat(64), 'short')).toThrow(/CHECK/);
    expect(db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 2 });
    db.close();
  });
});
