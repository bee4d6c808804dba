/**
 * Applies pending migrations in order, each in its own IMMEDIATE transaction that also sets
 * `PRAGMA user_version` — so a failure rolls back both the schema change and the version.
 * A database newer than this app is refused before anything is written.
 */
import type { Db } from '../../sqlite';
import { createLogger } from '../../log';
import { newerVersionError } from '../db/errors';
import { migrations as knownMigrations } from './list';
import type { Migration, MigrationContext } from './types';

const log = createLogger('workspace.migrations');

export interface MigrationResult {
  from: number;
  to: number;
  applied: number[];
}

export function readSchemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Throws `newer-version` (having written nothing) when the database is ahead of `list`. */
export function assertKnownSchemaVersion(db: Db, list: readonly Migration[] = knownMigrations): number {
  const version = readSchemaVersion(db);
  if (version > latestOf(list)) {
    log.warn('refused a database from a newer app', { version, latest: latestOf(list) });
    throw newerVersionError();
  }
  return version;
}

export function pendingMigrations(db: Db, list: readonly Migration[] = knownMigrations): Migration[] {
  checkList(list);
  const version = assertKnownSchemaVersion(db, list);
  return list.filter((migration) => migration.version > version);
}

export function migrate(db: Db, context: MigrationContext, list: readonly Migration[] = knownMigrations): MigrationResult {
  const pending = pendingMigrations(db, list);
  const from = readSchemaVersion(db);
  for (const migration of pending) apply(db, migration, context);
  const to = readSchemaVersion(db);
  if (pending.length > 0) log.info('migrated', { from, to, steps: pending.length });
  return { from, to, applied: pending.map((migration) => migration.version) };
}

function apply(db: Db, migration: Migration, context: MigrationContext): void {
  // foreign_keys is a no-op inside a transaction, so it is switched around it.
  const restoreForeignKeys = migration.foreignKeysOff && (db.pragma('foreign_keys', { simple: true }) as number) === 1;
  if (migration.foreignKeysOff) db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      migration.up(db, context);
      if (migration.foreignKeysOff) {
        const violations = db.pragma('foreign_key_check') as unknown[];
        if (violations.length > 0) throw new Error(`migration ${migration.version} left ${violations.length} foreign key violations`);
      }
      // Integer from our own list (checked in checkList): safe to interpolate; PRAGMA takes no parameters.
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  } catch (error) {
    log.error('migration failed and was rolled back', { version: migration.version, name: migration.name });
    throw error;
  } finally {
    if (restoreForeignKeys) db.pragma('foreign_keys = ON');
  }
}

function latestOf(list: readonly Migration[]): number {
  return list.length === 0 ? 0 : list[list.length - 1]!.version;
}

/** The list must be 1, 2, 3, … with no gaps or repeats: user_version alone records progress. */
function checkList(list: readonly Migration[]): void {
  list.forEach((migration, index) => {
    if (!Number.isSafeInteger(migration.version) || migration.version !== index + 1) {
      throw new Error(`migration list is out of order at position ${index + 1} (version ${migration.version})`);
    }
  });
}
