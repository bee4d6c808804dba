import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../../../electron/services/sqlite';
import { openWorkspaceDb } from '../../../../../electron/services/workspace/db/open';
import { latestSchemaVersion, migrate, migrations, pendingMigrations, readSchemaVersion, type Migration } from '../../../../../electron/services/workspace/migrations';
import { context, newKey, readIfExists, tempDir } from '../db/helpers';

function freshDb(): { db: Db; file: string } {
  const file = path.join(tempDir(), 'workspace.db');
  return { db: openWorkspaceDb(file, newKey(), { create: true }), file };
}

const tables = (db: Db) => (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>).map((row) => row.name);

describe('the migration list', () => {
  it('is numbered 1, 2, 3… with no gaps, and each file is NNNN-name.ts', () => {
    expect(migrations.map((migration) => migration.version)).toEqual(migrations.map((_, index) => index + 1));
    expect(latestSchemaVersion).toBe(migrations.length);
    const files = readdirSync(path.resolve(__dirname, '../../../../../electron/services/workspace/migrations')).filter((name) => /^\d{4}-/.test(name));
    expect(files.sort()).toEqual(migrations.map((migration) => `${String(migration.version).padStart(4, '0')}-${migration.name}.ts`));
  });

  it('has a test file for every migration', () => {
    const tests = readdirSync(__dirname);
    for (const migration of migrations) expect(tests).toContain(`${String(migration.version).padStart(4, '0')}-${migration.name}.test.ts`);
  });
});

describe('migrate', () => {
  it('brings a fresh database to the latest version', () => {
    const { db } = freshDb();
    expect(readSchemaVersion(db)).toBe(0);
    const result = migrate(db, context());
    expect(result).toEqual({ from: 0, to: latestSchemaVersion, applied: migrations.map((migration) => migration.version) });
    expect(readSchemaVersion(db)).toBe(latestSchemaVersion);
    db.close();
  });

  it('leaves an already-current database untouched (no bytes written)', () => {
    const { db, file } = freshDb();
    migrate(db, context());
    db.pragma('wal_checkpoint(TRUNCATE)');
    const before = [readIfExists(file), readIfExists(file + '-wal')];
    const changes = db.prepare('SELECT total_changes() AS n').get();
    expect(migrate(db, context())).toEqual({ from: latestSchemaVersion, to: latestSchemaVersion, applied: [] });
    expect(db.prepare('SELECT total_changes() AS n').get()).toEqual(changes);
    expect(readIfExists(file).equals(before[0]!)).toBe(true);
    expect(readIfExists(file + '-wal').equals(before[1]!)).toBe(true);
    db.close();
  });

  it('refuses a database newer than the app, writing nothing', () => {
    const { db, file } = freshDb();
    migrate(db, context());
    db.pragma(`user_version = ${latestSchemaVersion + 1}`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const before = [readIfExists(file), readIfExists(file + '-wal')];
    expect(() => migrate(db, context())).toThrow(expect.objectContaining({ code: 'newer-version' }));
    expect(() => pendingMigrations(db)).toThrow(expect.objectContaining({ code: 'newer-version' }));
    expect(readIfExists(file).equals(before[0]!)).toBe(true);
    expect(readIfExists(file + '-wal').equals(before[1]!)).toBe(true);
    db.close();
  });

  it('rolls a failing migration back completely: its schema changes are gone and user_version is unchanged', () => {
    const { db } = freshDb();
    const failing: Migration = {
      version: migrations.length + 1,
      name: 'fails-halfway',
      up(target) {
        target.exec('CREATE TABLE half_done (id INTEGER PRIMARY KEY) STRICT');
        target.exec('INSERT INTO meta (key, value) VALUES (\'half\', \'done\')');
        throw new Error('boom');
      },
    };
    migrate(db, context());
    expect(() => migrate(db, context(), [...migrations, failing])).toThrow('boom');
    expect(readSchemaVersion(db)).toBe(latestSchemaVersion);
    expect(tables(db)).not.toContain('half_done');
    expect(db.prepare("SELECT count(*) AS n FROM meta WHERE key = 'half'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('applies each pending migration in its own transaction: an earlier success survives a later failure', () => {
    const { db } = freshDb();
    const ok: Migration = { version: migrations.length + 1, name: 'ok', up: (target) => target.exec('CREATE TABLE later_ok (id INTEGER PRIMARY KEY) STRICT') };
    const bad: Migration = { version: migrations.length + 2, name: 'bad', up: () => { throw new Error('no'); } };
    expect(() => migrate(db, context(), [...migrations, ok, bad])).toThrow('no');
    expect(readSchemaVersion(db)).toBe(migrations.length + 1);
    expect(tables(db)).toContain('later_ok');
    db.close();
  });

  it('runs a foreignKeysOff migration with foreign keys off, checks them before committing, and turns them back on', () => {
    const { db } = freshDb();
    migrate(db, context());
    const seen: number[] = [];
    const rebuild: Migration = {
      version: migrations.length + 1,
      name: 'rebuild',
      foreignKeysOff: true,
      up(target) {
        seen.push(target.pragma('foreign_keys', { simple: true }) as number);
        target.exec('CREATE TABLE parent (id INTEGER PRIMARY KEY) STRICT; CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent(id)) STRICT');
        target.exec('INSERT INTO child (parent_id) VALUES (42)'); // dangling
      },
    };
    expect(() => migrate(db, context(), [...migrations, rebuild])).toThrow(/foreign key/);
    expect(seen).toEqual([0]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(tables(db)).not.toContain('child');
    db.close();
  });

  it('refuses a migration list with a gap', () => {
    const { db } = freshDb();
    const gap: Migration = { version: migrations.length + 2, name: 'gap', up: () => undefined };
    expect(() => migrate(db, context(), [...migrations, gap])).toThrow(/out of order/);
    expect(readSchemaVersion(db)).toBe(0);
    db.close();
  });
});
